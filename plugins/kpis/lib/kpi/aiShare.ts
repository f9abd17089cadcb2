/**
 * AI share of published stories, by the same provenance logic as `GET /api/ai/share`
 * (classOf over the measures each story's last save recorded, with the thresholds in force).
 * The figure is counted in SQL (a story's class is the highest of its locale versions', a month's
 * count comes back per class: at most 24 rows); the drill-down reads the stories themselves and
 * classifies them with classOf. Both touch only stories with AI characters or accepted AI tags.
 */
import { classOf, type ShareStory } from '../../../ai/lib/share/computeShare'
import type { Measure } from '../../../ai/lib/provenance/measure'
import { CHANNEL_OF_PUBLICATION_KIND, type ChannelKey } from '../../../ai/lib/storyFields'
import { kindWords, scopeWords, storyScope, type KpiContext, type KpiResult } from '../context'
import { formatNumberVi, formatPercentVi, percentOf } from '../numbers'
import { percentSeries, sumYear, twoYearRange } from '../period'
import { isoOf, num, queryRows, vietnamMonthSql } from '../sql'
import { loadStoryCounts } from './storyCounts'

export type AiStory = {
  id: number | string
  publishedAt: string
  month: string
  cls: 'assisted' | 'generated'
  share: number
}

/** Which channel version decides: the publication's own when one is asked for, else the master (web). */
function channelOf(ctx: KpiContext): ChannelKey {
  return ctx.publication ? (CHANNEL_OF_PUBLICATION_KIND[ctx.publication.kind] ?? 'website') : 'website'
}

function parseMeasure(value: unknown): Measure | null {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value
  return parsed && typeof parsed === 'object' ? (parsed as Measure) : null
}

/**
 * The channel's measure out of the stored per-channel JSON, whether it has AI characters, and its
 * AI share as a double (0 without characters), divided as `shareOf` divides in JavaScript so a
 * story exactly on a threshold falls on the same side in both.
 */
function measureSql(ctx: KpiContext, channel: ChannelKey): { measure: string; hasAi: string; share: string } {
  if (ctx.dialect === 'postgres') {
    const field = (name: string) => `(l.ai_channels -> '${channel}' ->> '${name}')::float8`
    return {
      measure: `l.ai_channels -> '${channel}'`,
      hasAi: `(l.ai_channels -> '${channel}' ->> 'aiChars')::numeric > 0`,
      share: `COALESCE(${field('aiChars')} / NULLIF(${field('chars')}, 0), 0)`,
    }
  }
  const field = (name: string) => `CAST(json_extract(l.ai_channels, '$.${channel}.${name}') AS REAL)`
  return {
    measure: `json_extract(l.ai_channels, '$.${channel}')`,
    hasAi: `json_extract(l.ai_channels, '$.${channel}.aiChars') > 0`,
    share: `COALESCE(${field('aiChars')} / NULLIF(${field('chars')}, 0), 0)`,
  }
}

export type AiMonthCounts = Map<string, { assisted: number; generated: number }>

/**
 * How many stories published in [from, to) are AI-assisted and AI-generated, per Vietnam month,
 * counted in the database: each locale version ranks 2 (generated), 1 (assisted) or 0 by its
 * share against the thresholds, accepted AI tags rank the story 1 when tags count, and the story
 * takes its highest rank — classOf's rule, without reading the stories into Node.
 */
export async function countAiStories(ctx: KpiContext, from: Date, to: Date): Promise<AiMonthCounts> {
  const scope = storyScope(ctx, from, to)
  const month = vietnamMonthSql(ctx.dialect, 's.published_at')
  const { hasAi, share } = measureSql(ctx, channelOf(ctx))
  const { assistedMinShare, generatedMinShare, taggingCountsAsAssisted: tagged } = ctx.options.ai
  const rows = await queryRows(
    ctx.payload,
    `SELECT month, sum(CASE WHEN r = 2 THEN 1 ELSE 0 END) AS generated,
            sum(CASE WHEN r = 1 THEN 1 ELSE 0 END) AS assisted
       FROM (SELECT id, month, max(r) AS r
               FROM (SELECT s.id AS id, ${month} AS month,
                            CASE WHEN ${share} >= ? THEN 2 WHEN ${share} >= ? THEN 1 ELSE 0 END AS r
                       FROM stories_locales l JOIN stories s ON s.id = l._parent_id
                      WHERE l.ai_channels IS NOT NULL AND ${hasAi} AND ${scope.where}` +
      (tagged
        ? ` UNION ALL
                     SELECT s.id AS id, ${month} AS month, 1 AS r
                       FROM stories s WHERE s.ai_tagged = ? AND ${scope.where}`
        : '') +
      `) ranked
              GROUP BY id, month) stories_ranked
      WHERE r > 0
      GROUP BY month`,
    [generatedMinShare, assistedMinShare, ...scope.params, ...(tagged ? [true, ...scope.params] : [])],
  )
  const counts: AiMonthCounts = new Map()
  for (const row of rows)
    counts.set(String(row.month), { assisted: num(row.assisted), generated: num(row.generated) })
  return counts
}

/**
 * The AI-assisted and AI-generated stories published in [from, to), newest first. Only the
 * locales whose version of the channel keeps AI characters are read, and the stories with
 * accepted AI tags when tags count: every other story is human whatever the thresholds (a version
 * without AI characters classifies as human, or as assisted by its tags alone).
 */
export async function loadAiStories(ctx: KpiContext, from: Date, to: Date): Promise<AiStory[]> {
  const scope = storyScope(ctx, from, to)
  const month = vietnamMonthSql(ctx.dialect, 's.published_at')
  const channel = channelOf(ctx)
  const { measure, hasAi } = measureSql(ctx, channel)
  const tagged = ctx.options.ai.taggingCountsAsAssisted
  // Two narrow selections instead of one OR over EXISTS; a story in both is merged below.
  const rows = await queryRows(
    ctx.payload,
    `SELECT s.id, s.published_at, ${month} AS month, s.ai_tagged, ${measure} AS measure
       FROM stories_locales l JOIN stories s ON s.id = l._parent_id
      WHERE l.ai_channels IS NOT NULL AND ${hasAi} AND ${scope.where}` +
      (tagged
        ? ` UNION ALL
     SELECT s.id, s.published_at, ${month} AS month, s.ai_tagged, NULL AS measure
       FROM stories s WHERE s.ai_tagged = ? AND ${scope.where}`
        : ''),
    tagged ? [...scope.params, true, ...scope.params] : scope.params,
  )
  const byId = new Map<string, ShareStory & { month: string }>()
  for (const row of rows) {
    const key = String(row.id)
    let story = byId.get(key)
    if (!story) {
      story = {
        id: num(row.id),
        publishedAt: isoOf(row.published_at),
        month: String(row.month),
        desk: null,
        channels: [],
        measures: [],
        tagged: row.ai_tagged === true || row.ai_tagged === 1,
      }
      byId.set(key, story)
    }
    const own = parseMeasure(row.measure)
    if (own) (story.measures as Array<Partial<Record<ChannelKey, Measure>>>).push({ [channel]: own })
  }
  const out: AiStory[] = []
  for (const story of byId.values()) {
    const { cls, share } = classOf(story, channel, ctx.options.ai)
    if (cls !== 'human')
      out.push({ id: story.id, publishedAt: story.publishedAt, month: story.month, cls, share })
  }
  // Newest first, as the drill-down lists them.
  return out.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || Number(b.id) - Number(a.id))
}

export async function computeAiShare(ctx: KpiContext): Promise<KpiResult> {
  const { from, to } = twoYearRange(ctx.year)
  const [{ total: totals }, aiCounts] = await Promise.all([
    loadStoryCounts(ctx),
    countAiStories(ctx, from, to),
  ])
  const aiByMonth = new Map<string, number>()
  let assisted = 0
  let generated = 0
  for (const [month, count] of aiCounts) {
    aiByMonth.set(month, count.assisted + count.generated)
    if (month.startsWith(`${ctx.year}-`)) {
      assisted += count.assisted
      generated += count.generated
    }
  }
  const numerator = sumYear(ctx.year, aiByMonth)
  const denominator = sumYear(ctx.year, totals)
  const exact = percentOf(numerator, denominator)
  const previousExact = percentOf(sumYear(ctx.year - 1, aiByMonth), sumYear(ctx.year - 1, totals))
  const version = ctx.publication ? ` (tính theo phiên bản ${kindWords(ctx.publication.kind)} của tin)` : ''
  const detail =
    denominator === 0
      ? `Chưa có tin bài nào được xuất bản năm ${ctx.year}${scopeWords(ctx)}.`
      : `${formatNumberVi(numerator, 0)}/${formatNumberVi(denominator, 0)} tin bài xuất bản năm ${ctx.year}${scopeWords(ctx)} có ứng dụng AI (${formatNumberVi(assisted, 0)} có AI hỗ trợ, ${formatNumberVi(generated, 0)} do AI tạo) = ${formatPercentVi(exact === null ? null : Math.round(exact * 10) / 10)}${version}; ngưỡng: AI hỗ trợ từ ${formatPercentVi(ctx.options.ai.assistedMinShare * 100)}, AI tạo từ ${formatPercentVi(ctx.options.ai.generatedMinShare * 100)} số ký tự.`
  return {
    exact,
    previousExact,
    numerator,
    denominator,
    series: percentSeries(ctx.year, ctx.now, aiByMonth, totals),
    detail,
  }
}
