/**
 * Moves beacon counts from Redis into `audience-daily` and the rollups, never counting an
 * increment twice:
 * 1. the live hash is renamed to a flushing key and stamped with a batch id, atomically (new
 *    beacons start a fresh live hash at once);
 * 2. the batch is added to the day rows, its id recorded and the rollups recomputed, in one
 *    database transaction;
 * 3. only after the commit is the flushing key deleted (if it still holds that batch).
 * A flush that dies between 2 and 3 leaves the key: the next one finds the batch id already
 * recorded and just deletes it. A flush that dies before the commit leaves the key too: the next
 * one applies that same batch (and only then takes the live hash).
 */
import { randomUUID } from 'node:crypto'

import type { Redis } from 'ioredis'
import type { Payload } from 'payload'

import { jobsRegistry } from '../../jobs/lib/registry'
import { AUDIENCE_DAILY_SLUG } from '../collections/AudienceDaily'
import { AUDIENCE_FLUSHES_SLUG } from '../collections/AudienceFlushes'
import { MEASURE_COLUMNS, MEASURES, roundMinutes, zeroMeasures, type Measures } from './measures'
import { audienceKeys, parseCounterField } from './redisCounts'
import { lockAudienceWrites, recomputeDays, recomputeStoryMonths } from './rollups'
import { idOrNull, num, sqlFor, text, type Sql } from './sql'
import { creditedPublication, loadStoryFacts } from './stories'

const BATCH_FIELD = '#batch'
const UPSERT_CHUNK = 500
const KEEP_FLUSH_RECORDS_DAYS = 7

/** Takes the pending batch (left by a failed flush) or turns the live hash into a new one. */
const TAKE_BATCH = `
if redis.call('EXISTS', KEYS[2]) == 1 then return redis.call('HGET', KEYS[2], ARGV[2]) end
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
redis.call('RENAME', KEYS[1], KEYS[2])
redis.call('HSET', KEYS[2], ARGV[2], ARGV[1])
return ARGV[1]`

const DROP_BATCH = `
if redis.call('HGET', KEYS[1], ARGV[2]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`

const RELEASE_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`

export type FlushResult =
  | { status: 'empty' }
  | { status: 'busy' }
  | {
      status: 'flushed' | 'alreadyApplied'
      batch: string
      rows: number
      days: string[]
      skippedStories: number
    }

/** One story's beacon counts on one platform and day; `uniques` is the day's count so far, not an increment. */
export type BeaconEntry = {
  story: number
  platform: string
  day: string
  measures: Measures
  uniques: number
}
type Entry = BeaconEntry

function entriesOf(hash: Record<string, string>): Entry[] {
  const entries = new Map<string, Entry>()
  for (const [field, value] of Object.entries(hash)) {
    const parsed = parseCounterField(field)
    const amount = Number(value)
    if (!parsed || !Number.isFinite(amount)) continue
    const key = `${parsed.story}|${parsed.platform}|${parsed.day}`
    let entry = entries.get(key)
    if (!entry) {
      entry = {
        story: parsed.story,
        platform: parsed.platform,
        day: parsed.day,
        measures: zeroMeasures(),
        uniques: 0,
      }
      entries.set(key, entry)
    }
    if (parsed.measure === 'v') entry.measures.views += amount
    else if (parsed.measure === 'l') entry.measures.listens += amount
    else if (parsed.measure === 'w') entry.measures.watchMinutes += amount / 60
    else if (parsed.measure === 's') entry.measures.shares += amount
    else entry.measures.mobileViews += amount
  }
  return [...entries.values()]
}

async function upsertBeaconRows(
  sql: Sql,
  rows: ReadonlyArray<Entry & { desk: number | null; publication: number | null }>,
) {
  const daily = sql.table(AUDIENCE_DAILY_SLUG)
  const columns = MEASURES.map((measure) => MEASURE_COLUMNS[measure])
  const added = columns
    .filter((column) => column !== 'uniques')
    .map((column) => `${column} = ${daily}.${column} + excluded.${column}`)
  for (let start = 0; start < rows.length; start += UPSERT_CHUNK) {
    const values = rows.slice(start, start + UPSERT_CHUNK).map((row) => {
      const measures = {
        ...row.measures,
        uniques: row.uniques,
        watchMinutes: roundMinutes(row.measures.watchMinutes),
      }
      return `(${num(row.story)}, ${text(row.platform)}, ${text(row.day)}, 'beacon', ${idOrNull(row.desk)}, ${idOrNull(row.publication)}, ${MEASURES.map((m) => num(measures[m])).join(', ')})`
    })
    await sql.run(
      `INSERT INTO ${daily} (story_id, platform, day, source, desk_id, publication_id, ${columns.join(', ')})
       VALUES ${values.join(',\n')}
       ON CONFLICT (story_id, platform, day, source) DO UPDATE SET ${added.join(', ')},
         uniques = CASE WHEN excluded.uniques > ${daily}.uniques THEN excluded.uniques ELSE ${daily}.uniques END,
         desk_id = excluded.desk_id, publication_id = excluded.publication_id`,
    )
  }
}

/**
 * Adds a batch of beacon counts to the day rows and recomputes the rollups they touch, in one
 * transaction, once per batch id (a batch already recorded is skipped). The flush's database
 * half; the demo seed replays beacon history through it too.
 */
export async function writeBeaconCounts(payload: Payload, batch: string, entries: BeaconEntry[]) {
  const transactionID = await payload.db.beginTransaction()
  if (transactionID === null || transactionID === undefined)
    throw new Error('flushBeacons: the database adapter gave no transaction')
  try {
    const sql = await sqlFor(payload, { transactionID })
    await lockAudienceWrites(sql)
    const flushes = sql.table(AUDIENCE_FLUSHES_SLUG)
    const done = await sql.rows(`SELECT id FROM ${flushes} WHERE batch = ${text(batch)}`)
    const days = [...new Set(entries.map((entry) => entry.day))].sort()
    if (done.length > 0) {
      await payload.db.commitTransaction(transactionID)
      return { status: 'alreadyApplied' as const, rows: 0, days, skippedStories: 0 }
    }
    const facts = await loadStoryFacts(
      sql,
      entries.map((entry) => entry.story),
    )
    const rows = entries.flatMap((entry) => {
      const story = facts.get(entry.story)
      // Deleted since it was read: its counts have no row to go to.
      if (!story) return []
      return [
        { ...entry, desk: story.desk, publication: creditedPublication(entry.platform, story.channels) },
      ]
    })
    await upsertBeaconRows(sql, rows)
    const now = text(new Date().toISOString())
    await sql.run(
      `INSERT INTO ${flushes} (batch, entries, created_at, updated_at) VALUES (${text(batch)}, ${num(rows.length)}, ${now}, ${now})`,
    )
    const cutoff = new Date(Date.now() - KEEP_FLUSH_RECORDS_DAYS * 86_400_000).toISOString()
    await sql.run(`DELETE FROM ${flushes} WHERE created_at < ${text(cutoff)}`)
    await recomputeDays(sql, days)
    const pairs = new Map<string, Set<number>>()
    for (const row of rows) {
      const month = row.day.slice(0, 7)
      if (!pairs.has(month)) pairs.set(month, new Set())
      pairs.get(month)!.add(row.story)
    }
    await recomputeStoryMonths(sql, pairs)
    await payload.db.commitTransaction(transactionID)
    const skippedStories = new Set(entries.filter((e) => !facts.has(e.story)).map((e) => e.story)).size
    return { status: 'flushed' as const, rows: rows.length, days, skippedStories }
  } catch (error) {
    await payload.db.rollbackTransaction(transactionID).catch(() => undefined)
    throw error
  }
}

/**
 * One flush. Safe to run from several workers at once (a lock lets one through; the others
 * answer `busy`) and to retry after any failure.
 */
export async function flushBeacons(payload: Payload, redis: Redis): Promise<FlushResult> {
  const keys = audienceKeys(jobsRegistry(payload.config).options.prefix)
  const token = randomUUID()
  if ((await redis.set(keys.lock, token, 'PX', 120_000, 'NX')) !== 'OK') return { status: 'busy' }
  try {
    const batch = (await redis.eval(TAKE_BATCH, 2, keys.live, keys.flushing, randomUUID(), BATCH_FIELD)) as
      | string
      | null
    if (!batch) return { status: 'empty' }
    const hash = await redis.hgetall(keys.flushing)
    delete hash[BATCH_FIELD]
    const entries = entriesOf(hash)
    const pipeline = redis.pipeline()
    for (const entry of entries) pipeline.pfcount(keys.hll(entry.story, entry.platform, entry.day))
    const counts = entries.length ? ((await pipeline.exec()) ?? []) : []
    entries.forEach((entry, index) => {
      const [error, count] = counts[index] ?? [null, 0]
      entry.uniques = error ? 0 : Number(count) || 0
    })
    const outcome = await writeBeaconCounts(payload, batch, entries)
    await redis.eval(DROP_BATCH, 1, keys.flushing, batch, BATCH_FIELD)
    return { ...outcome, batch }
  } finally {
    await redis.eval(RELEASE_LOCK, 1, keys.lock, token).catch(() => undefined)
  }
}
