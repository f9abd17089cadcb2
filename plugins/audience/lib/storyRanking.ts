/**
 * Stories ranked by a measure over a period: whole months from the per-story-month tables, the odd
 * days at the period's ends from the day rows (by their day index), summed per story in SQL.
 * Serves the summary's top stories and the drill-down's pages.
 */
import type { Payload } from 'payload'

import { AUDIENCE_DAILY_SLUG } from '../collections/AudienceDaily'
import { AUDIENCE_STORY_MONTHS_SLUG } from '../collections/AudienceStoryMonths'
import { AUDIENCE_STORY_PLATFORM_MONTHS_SLUG } from '../collections/AudienceStoryPlatformMonths'
import type { AudienceFilter, AudienceStoryRow } from '../types'
import { MEASURE_COLUMNS, MEASURES, zeroMeasures, type Measure } from './measures'
import { splitPeriod } from './period'
import { idOf, idOrNull, numberOf, text, type Sql } from './sql'

const COLUMNS = MEASURES.map((measure) => MEASURE_COLUMNS[measure])

function filters(filter: AudienceFilter): string {
  return [
    filter.desk !== undefined ? ` AND desk_id = ${idOrNull(filter.desk)}` : '',
    filter.publication !== undefined ? ` AND publication_id = ${idOrNull(filter.publication)}` : '',
    filter.platform !== undefined ? ` AND platform = ${text(filter.platform)}` : '',
  ].join('')
}

/** The per-story sums as a sub-query (story_id and one column per measure). */
function perStory(sql: Sql, filter: AudienceFilter): string | undefined {
  const { months, dayRanges } = splitPeriod(filter.from, filter.to)
  const parts: string[] = []
  const where = filters(filter)
  const columns = COLUMNS.join(', ')
  // All platforms together unless the filter needs the platform or the channel of each figure.
  const monthly =
    filter.platform === undefined && filter.publication === undefined
      ? AUDIENCE_STORY_MONTHS_SLUG
      : AUDIENCE_STORY_PLATFORM_MONTHS_SLUG
  if (months.length)
    parts.push(
      `SELECT story_id, ${columns} FROM ${sql.table(monthly)}
       WHERE month IN (${months.map(text).join(', ')}) AND story_id IS NOT NULL${where}`,
    )
  for (const [from, to] of dayRanges)
    parts.push(
      `SELECT story_id, ${columns} FROM ${sql.table(AUDIENCE_DAILY_SLUG)}
       WHERE day >= ${text(from)} AND day <= ${text(to)} AND story_id IS NOT NULL${where}`,
    )
  if (!parts.length) return undefined
  return `SELECT story_id, ${COLUMNS.map((c) => `SUM(${c}) AS ${c}`).join(', ')}
          FROM (${parts.join('\nUNION ALL\n')}) AS period_rows GROUP BY story_id`
}

export async function rankStories(
  sql: Sql,
  filter: AudienceFilter,
  { sort = 'views', limit, offset = 0 }: { sort?: Measure; limit: number; offset?: number },
): Promise<Array<{ story: number } & Record<Measure, number>>> {
  const inner = perStory(sql, filter)
  if (!inner) return []
  const order = [MEASURE_COLUMNS[sort], ...(sort === 'views' ? ['listens', 'watch_minutes'] : ['views'])]
  const rows = await sql.rows<Record<string, unknown>>(
    `SELECT * FROM (${inner}) AS ranked
     ORDER BY ${order.map((column) => `${column} DESC`).join(', ')}, story_id
     LIMIT ${Math.max(0, Math.floor(limit))} OFFSET ${Math.max(0, Math.floor(offset))}`,
  )
  return rows.map((row) => {
    const measures = zeroMeasures()
    for (const measure of MEASURES) measures[measure] = numberOf(row[MEASURE_COLUMNS[measure]])
    return { story: idOf(row.story_id) ?? 0, ...measures }
  })
}

export async function countRankedStories(sql: Sql, filter: AudienceFilter): Promise<number> {
  const inner = perStory(sql, filter)
  if (!inner) return 0
  const rows = await sql.rows<{ n: unknown }>(`SELECT COUNT(*) AS n FROM (${inner}) AS counted`)
  return numberOf(rows[0]?.n)
}

type StoryDoc = {
  id: number
  headline?: string | null
  slug?: string | null
  publishedAt?: string | null
  desk?: unknown
}

/** Headline (Vietnamese), slug, publication time and desk of ranked stories, in their order. */
export async function withHeadlines(
  payload: Payload,
  ranked: ReadonlyArray<{ story: number } & Record<Measure, number>>,
): Promise<AudienceStoryRow[]> {
  if (!ranked.length) return []
  const { docs } = await payload.find({
    collection: 'stories',
    where: { id: { in: ranked.map((row) => row.story) } },
    select: { headline: true, slug: true, publishedAt: true, desk: true },
    locale: 'vi',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const byId = new Map((docs as unknown as StoryDoc[]).map((doc) => [Number(doc.id), doc]))
  return ranked.map((row) => {
    const doc = byId.get(row.story)
    return {
      ...row,
      headline: doc?.headline ?? `Tin bài #${row.story}`,
      slug: doc?.slug ?? null,
      publishedAt: doc?.publishedAt ?? null,
      desk: doc ? idOf(doc.desk) : null,
    }
  })
}
