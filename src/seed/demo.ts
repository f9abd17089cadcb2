import type { CollectionSlug, Payload } from 'payload'

import { withRelaxedSync } from './fastWrites'
import { seedImages } from './images'
import { seedAiSuggestions } from './aiSuggestions'
import { seedAirtime } from './airtime'
import { seedAudience } from './audience'
import { seedBroadcast } from './broadcast'
import { seedDistribution } from './distribution'
import { seedEpaper } from './epaper'
import { seedMaturity } from './maturity'
import { seedAgency, seedTaxonomy } from './organisation'
import { seedPlaces } from './places'
import { seedPlanning } from './planning'
import { seedPrint } from './print'
import { seedRevenue } from './revenue'
import { seedStories } from './stories'
import { seedTraining } from './training'
import { seedUsers } from './users'

export { DEMO_LOGINS, type DemoLogin } from './logins'

const SUMMARY_COLLECTIONS: CollectionSlug[] = [
  'agencies',
  'publications',
  'desks',
  'sections',
  'topics',
  'places',
  'users',
  'media',
  'stories',
  'ai-suggestions',
  'ai-provenance',
  'distribution-targets' as CollectionSlug,
  'plan-items',
  'assignments',
  'programmes',
  'rundowns',
  'editions',
  'placements',
  'epaper-pages',
  'subscribers',
  'schedule-items',
  'audit-log',
]

type Step = <T>(name: string, run: () => Promise<T>) => Promise<T>

/**
 * Builds the demo newsroom: a merged provincial agency with its channels, desks, staff of
 * every role, the 34 provinces, illustrated stories in every workflow state. Content is fixed;
 * only times are relative to now, so a fresh seed always looks current.
 */
export async function seedDemoNewsroom(payload: Payload): Promise<void> {
  const started = performance.now()
  const now = new Date()
  const timings: string[] = []
  const step: Step = async (name, run) => {
    const t0 = performance.now()
    const result = await run()
    timings.push(`${name} ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    return result
  }
  try {
    await withRelaxedSync(payload, () => seedAll(payload, now, step))
  } catch (error) {
    // Each record commits on its own, so a failure leaves part of the demo behind and the
    // next start would see users and skip seeding.
    payload.logger.error(
      'seed: failed part-way; delete the database (DATABASE_URL) and the media folder, then run the seed again',
    )
    throw error
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  payload.logger.info(`seed: demo newsroom created in ${seconds} s (${timings.join(', ')})`)
  payload.logger.info(`seed: ${await summary(payload)}`)
}

/** Order matters: each step needs the ids of the ones before it. */
async function seedAll(payload: Payload, now: Date, step: Step): Promise<void> {
  const places = await step('places', () => seedPlaces(payload))
  const { agency, publications } = await step('agency', () => seedAgency(payload, places))
  const { desks, sections, topics } = await step('taxonomy', () => seedTaxonomy(payload, agency))
  const users = await step('users', () => seedUsers(payload, desks))
  await step('distribution', () => seedDistribution(payload, publications, payload.config.serverURL))
  const images = await step('images', () => seedImages(payload, now))
  const refs = { agency, places, publications, desks, sections, topics, users, images }
  const stories = await step('stories', () => seedStories(payload, refs, now))
  await step('ai', () => seedAiSuggestions(payload, stories, users))
  await step('planning', () => seedPlanning(payload, { desks, publications, users }, now))
  await step('broadcast', () => seedBroadcast(payload, publications, stories, now))
  const editionId = await step('print', () => seedPrint(payload, { publications, stories }, now))
  await step('epaper', () => seedEpaper(payload, { editionId, now }))
  await step('airtime', () => seedAirtime(payload, publications, now))
  await step('revenue', () => seedRevenue(payload, publications, now))
  await step('audience', () => seedAudience(payload, stories, now))
  await step('training', () => seedTraining(payload, users, now))
  // Last: its evidence is pre-filled from the KPIs of everything seeded above.
  await step('maturity', () => seedMaturity(payload, now))
}

async function summary(payload: Payload): Promise<string> {
  const parts: string[] = []
  for (const collection of SUMMARY_COLLECTIONS) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    parts.push(`${collection} ${totalDocs}`)
  }
  const states = await payload.find({
    collection: 'stories',
    depth: 0,
    pagination: false,
    select: { workflowState: true },
    overrideAccess: true,
  })
  const byState = new Map<string, number>()
  for (const doc of states.docs) {
    const state = String(doc.workflowState)
    byState.set(state, (byState.get(state) ?? 0) + 1)
  }
  const stateList = [...byState].map(([state, n]) => `${state} ${n}`).join(', ')
  return `${parts.join(', ')}; stories by state: ${stateList}`
}
