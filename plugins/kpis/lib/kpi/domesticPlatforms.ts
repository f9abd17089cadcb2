/**
 * Content on domestic platforms: published stories of the period with at least one confirmed
 * delivery (publish or update) to a target flagged domestic, over all published stories of the
 * period; beside it, the share of the period's confirmed deliveries that went to domestic targets.
 */
import { vietnamYearRange } from '../../../../src/lib/vietnamTime'
import { loadStoryCounts } from './storyCounts'
import {
  confirmedDeliverySql,
  domesticDeliverySql,
  scopeWords,
  storyScope,
  type KpiContext,
  type KpiResult,
} from '../context'
import { formatNumberVi, formatPercentVi, percentOf, roundTo } from '../numbers'
import { percentSeries, sumYear } from '../period'
import { num, queryRows, type SqlValue } from '../sql'

/** The scope's stories with at least one delivery that makes them count. */
export function domesticStoriesWhere(
  ctx: KpiContext,
  from: Date,
  to: Date,
): { where: string; params: SqlValue[] } {
  const scope = storyScope(ctx, from, to)
  const delivered = domesticDeliverySql('d')
  return {
    where: `${scope.where} AND EXISTS (SELECT 1 FROM deliveries d WHERE d.story_id = s.id AND ${delivered.where})`,
    params: [...scope.params, ...delivered.params],
  }
}

/** Confirmed deliveries of the year's stories, domestic and all (the platforms' side of the figure). */
async function deliveryShare(ctx: KpiContext): Promise<{ domestic: number; all: number }> {
  const { from, to } = vietnamYearRange(ctx.year)
  const scope = storyScope(ctx, from, to)
  const rows = await queryRows(
    ctx.payload,
    `SELECT count(*) AS total, sum(CASE WHEN d.domestic = ? THEN 1 ELSE 0 END) AS domestic
       FROM deliveries d JOIN stories s ON s.id = d.story_id
      WHERE ${confirmedDeliverySql('d')} AND ${scope.where}`,
    [true, ...scope.params],
  )
  return { domestic: num(rows[0]?.domestic), all: num(rows[0]?.total) }
}

export async function computeDomesticPlatforms(ctx: KpiContext): Promise<KpiResult> {
  const [{ total: totals, domestic }, deliveries] = await Promise.all([
    loadStoryCounts(ctx),
    deliveryShare(ctx),
  ])
  const numerator = sumYear(ctx.year, domestic)
  const denominator = sumYear(ctx.year, totals)
  const exact = percentOf(numerator, denominator)
  const deliveryPct = percentOf(deliveries.domestic, deliveries.all)
  const detail =
    denominator === 0
      ? `Chưa có tin bài nào được xuất bản năm ${ctx.year}${scopeWords(ctx)}.`
      : `${formatNumberVi(numerator, 0)}/${formatNumberVi(denominator, 0)} tin bài xuất bản năm ${ctx.year}${scopeWords(ctx)} đã được xác nhận đăng trên ít nhất một nền tảng trong nước` +
        ` = ${formatPercentVi(exact === null ? null : roundTo(exact, 1))}; ` +
        (deliveries.all === 0
          ? 'chưa có lượt phát hành nào được xác nhận.'
          : `${formatNumberVi(deliveries.domestic, 0)}/${formatNumberVi(deliveries.all, 0)} lượt phát hành đã xác nhận là lên nền tảng trong nước (${formatPercentVi(deliveryPct === null ? null : roundTo(deliveryPct, 1))}).`)
  return {
    exact,
    previousExact: percentOf(sumYear(ctx.year - 1, domestic), sumYear(ctx.year - 1, totals)),
    numerator,
    denominator,
    series: percentSeries(ctx.year, ctx.now, domestic, totals),
    detail,
  }
}
