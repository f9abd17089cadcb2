/**
 * Keeping the pre-aggregated tables current. Each is recomputed (DELETE, then INSERT … SELECT …
 * GROUP BY from the raw rows) for exactly what a write touched, inside the writer's transaction:
 * never an increment that could drift, never a report that sees half a write.
 */
import { AUDIENCE_DAILY_SLUG } from '../collections/AudienceDaily'
import { AUDIENCE_ROLLUPS_SLUG } from '../collections/AudienceRollups'
import { AUDIENCE_STORY_MONTHS_SLUG } from '../collections/AudienceStoryMonths'
import { AUDIENCE_STORY_PLATFORM_MONTHS_SLUG } from '../collections/AudienceStoryPlatformMonths'
import { MEASURES, MEASURE_COLUMNS } from './measures'
import { num, text, type Sql } from './sql'

const DAY_BATCH = 400
const ID_BATCH = 1000
/** Past this many (story, month) pairs, recomputing whole months is cheaper than picking stories. */
const WHOLE_MONTHS_FROM = 20_000

const COLUMNS = MEASURES.map((measure) => MEASURE_COLUMNS[measure])
const SUMS = COLUMNS.map((column) => `SUM(${column})`).join(', ')

/**
 * Imports and flushes take turns on PostgreSQL (READ COMMITTED would let two recomputations of
 * one day both delete and both insert). SQLite needs no lock: a process's transactions take turns
 * (src/config/sqliteTransactions.ts), and the flush runs in the worker, another process, where
 * SQLite's single writer keeps them apart: in WAL mode a deferred transaction that read a snapshot
 * before another writer committed cannot write on it, it fails with SQLITE_BUSY_SNAPSHOT (rolled
 * back whole) instead of recomputing from stale rows.
 */
export async function lockAudienceWrites(sql: Sql): Promise<void> {
  if (sql.postgres) await sql.run(`SELECT pg_advisory_xact_lock(hashtext('audience-figures'))`)
}

export async function recomputeDays(sql: Sql, days: Iterable<string>): Promise<void> {
  const all = [...new Set(days)].sort()
  const daily = sql.table(AUDIENCE_DAILY_SLUG)
  const rollups = sql.table(AUDIENCE_ROLLUPS_SLUG)
  for (let start = 0; start < all.length; start += DAY_BATCH) {
    const list = all
      .slice(start, start + DAY_BATCH)
      .map(text)
      .join(', ')
    await sql.run(`DELETE FROM ${rollups} WHERE day IN (${list})`)
    await sql.run(
      `INSERT INTO ${rollups} (day, month, platform, desk_id, publication_id, ${COLUMNS.join(', ')})
       SELECT day, substr(day, 1, 7), platform, desk_id, publication_id, ${SUMS}
       FROM ${daily} WHERE day IN (${list})
       GROUP BY day, platform, desk_id, publication_id`,
    )
  }
}

async function recomputeStoryScope(sql: Sql, months: readonly string[], stories?: readonly number[]) {
  const daily = sql.table(AUDIENCE_DAILY_SLUG)
  const platformMonths = sql.table(AUDIENCE_STORY_PLATFORM_MONTHS_SLUG)
  const storyMonths = sql.table(AUDIENCE_STORY_MONTHS_SLUG)
  const ids = stories ? ` AND story_id IN (${stories.map(num).join(', ')})` : ''
  const monthList = months.map(text).join(', ')
  const scope = `month IN (${monthList})${ids}`
  // One pass over the day rows of all the months (by the day index), not one per month.
  const days = `day >= ${text(`${months[0]}-01`)} AND day <= ${text(`${months[months.length - 1]}-31`)}`
  const dailyScope = months.length > 1 ? `${days} AND substr(day, 1, 7) IN (${monthList})` : days
  await sql.run(`DELETE FROM ${platformMonths} WHERE ${scope}`)
  await sql.run(
    `INSERT INTO ${platformMonths} (month, story_id, platform, desk_id, publication_id, ${COLUMNS.join(', ')})
     SELECT substr(day, 1, 7), story_id, platform, desk_id, publication_id, ${SUMS}
     FROM ${daily} WHERE ${dailyScope}${ids}
     GROUP BY substr(day, 1, 7), story_id, platform, desk_id, publication_id`,
  )
  // The all-platform totals from the per-platform rows just written: a third of the rows to read.
  await sql.run(`DELETE FROM ${storyMonths} WHERE ${scope}`)
  await sql.run(
    `INSERT INTO ${storyMonths} (month, story_id, desk_id, ${COLUMNS.join(', ')})
     SELECT month, story_id, desk_id, ${SUMS}
     FROM ${platformMonths} WHERE ${scope}
     GROUP BY month, story_id, desk_id`,
  )
}

/** `pairs`: month → the stories whose figures changed in it. */
export async function recomputeStoryMonths(sql: Sql, pairs: ReadonlyMap<string, ReadonlySet<number>>) {
  const months = [...pairs.keys()].sort()
  if (!months.length) return
  let total = 0
  for (const stories of pairs.values()) total += stories.size
  if (total > WHOLE_MONTHS_FROM) return recomputeStoryScope(sql, months)
  for (const month of months) {
    const stories = [...pairs.get(month)!].sort((a, b) => a - b)
    for (let start = 0; start < stories.length; start += ID_BATCH)
      await recomputeStoryScope(sql, [month], stories.slice(start, start + ID_BATCH))
  }
}
