import type { Payload } from 'payload'

type SqlClient = { execute(sql: string): Promise<{ rows: ArrayLike<Record<string, unknown>> }> }

/**
 * SQLite syncs the file to disk after every committed write, which more than doubles the
 * seed's time. Durability buys nothing while seeding,
 * since an interrupted seed has to be redone from an empty database anyway, so syncing is
 * switched off for the seed's own connection and put back afterwards. Other databases are
 * left alone.
 */
export async function withRelaxedSync<T>(payload: Payload, run: () => Promise<T>): Promise<T> {
  const client =
    payload.db.name === 'sqlite' ? (payload.db as unknown as { client?: SqlClient }).client : undefined
  if (!client) return run()
  const before = Number((await client.execute('PRAGMA synchronous')).rows[0]?.synchronous ?? 2)
  await client.execute('PRAGMA synchronous = OFF')
  try {
    return await run()
  } finally {
    await client.execute(`PRAGMA synchronous = ${Number.isInteger(before) ? before : 2}`)
  }
}
