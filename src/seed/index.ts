import type { Payload } from 'payload'

/** Seeds the demo newsroom when the database has no users yet (first start only). */
export async function seedIfEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return false
  const { seedDemoNewsroom } = await import('./demo')
  await seedDemoNewsroom(payload)
  return true
}
