/**
 * The story KPIs' monthly counts over the year and the year before in one pass over the
 * stories: published stories, those with a confirmed domestic delivery, those with a
 * foreign-language headline. The two sets are joined as distinct id lists (hash joins), not
 * probed story by story, so 50,000 stories cost one scan of each table.
 */
import {
  domesticDeliverySql,
  foreignLocales,
  once,
  realForeignHeadlineSql,
  storyScope,
  type KpiContext,
} from '../context'
import { twoYearRange } from '../period'
import { num, placeholders, queryRows, vietnamMonthSql } from '../sql'

export type StoryCounts = {
  total: Map<string, number>
  domestic: Map<string, number>
  foreign: Map<string, number>
}

async function load(ctx: KpiContext): Promise<StoryCounts> {
  const { from, to } = twoYearRange(ctx.year)
  const scope = storyScope(ctx, from, to)
  const month = vietnamMonthSql(ctx.dialect, 's.published_at')
  const locales = foreignLocales(ctx)
  const delivered = domesticDeliverySql('d')
  const foreign = locales.length
    ? `SELECT DISTINCT f._parent_id AS id FROM stories_locales f
        WHERE f._locale IN ${placeholders(locales.length)} AND ${realForeignHeadlineSql('f')}`
    : 'SELECT CAST(NULL AS integer) AS id WHERE 1 = 0'
  const rows = await queryRows(
    ctx.payload,
    `SELECT ${month} AS month, count(*) AS n, count(dd.id) AS domestic, count(ff.id) AS foreign_n
       FROM stories s
       LEFT JOIN (SELECT DISTINCT d.story_id AS id FROM deliveries d WHERE ${delivered.where}) dd
              ON dd.id = s.id
       LEFT JOIN (${foreign}) ff ON ff.id = s.id
      WHERE ${scope.where}
      GROUP BY ${month}`,
    [...delivered.params, ...locales, ...scope.params],
  )
  const counts: StoryCounts = { total: new Map(), domestic: new Map(), foreign: new Map() }
  for (const row of rows) {
    const key = String(row.month)
    counts.total.set(key, num(row.n))
    counts.domestic.set(key, num(row.domestic))
    counts.foreign.set(key, num(row.foreign_n))
  }
  return counts
}

/** Loaded once per computation, whichever story KPI asks first. */
export function loadStoryCounts(ctx: KpiContext): Promise<StoryCounts> {
  return once(ctx, 'storyCounts', () => load(ctx))
}
