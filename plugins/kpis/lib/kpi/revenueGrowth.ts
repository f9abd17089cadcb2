/**
 * Revenue growth against the baseline year, from the revenue ledger (loadRevenueYear), like for
 * like: the months that have actuals against the same months of the baseline year (the whole
 * year once all twelve have them). Set against the whole baseline year, a year in progress would
 * read −70 % in March. The year before's figure is its own growth against the same baseline; the
 * series compares each month with the same month of the baseline year. Desks have no revenue of
 * their own: ignored.
 */
import { loadRevenueYear } from '../../../revenue/lib/loadRevenueYear'
import type { RevenueYear } from '../../../revenue/types'
import type { KpiContext, KpiResult } from '../context'
import { formatNumberVi, formatPercentVi, percentOf, roundTo } from '../numbers'
import { isFutureMonth } from '../period'

const dong = (amount: number) => `${formatNumberVi(amount, 0)} đồng`

const signed = (value: number | null) =>
  value === null ? '—' : `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatPercentVi(Math.abs(value))}`

export async function loadRevenueYears(ctx: KpiContext): Promise<{
  current: RevenueYear
  previous: RevenueYear
  baseline: RevenueYear
}> {
  // No baseline named for this year and the one before: a year before the baseline is then
  // measured against nothing (growth null, with the ledger's note), as the revenue report says.
  const filter = { publication: ctx.publication?.id }
  const [current, previous, baseline] = await Promise.all([
    loadRevenueYear(ctx.payload, { ...filter, year: ctx.year }),
    loadRevenueYear(ctx.payload, { ...filter, year: ctx.year - 1 }),
    loadRevenueYear(ctx.payload, { ...filter, year: ctx.options.baselineYear }),
  ])
  return { current, previous, baseline }
}

/** Growth of each month against the same month of the baseline year (null without both). */
export function monthlyGrowth(
  current: RevenueYear,
  baseline: RevenueYear,
  now: Date,
): Array<{ month: string; value: number | null }> {
  return current.months.map((month, index) => {
    const base = baseline.months[index]?.actual ?? 0
    if (isFutureMonth(month.month, now) || month.actual <= 0 || base <= 0)
      return { month: month.month, value: null }
    const growth = percentOf(month.actual - base, base)
    return { month: month.month, value: growth === null ? null : roundTo(growth, 1) }
  })
}

export async function computeRevenueGrowth(ctx: KpiContext): Promise<KpiResult> {
  const { current, previous, baseline } = await loadRevenueYears(ctx)
  const hasActuals = current.monthsWithActuals > 0
  const exact = hasActuals ? current.growthVsBaselineSamePeriodPct : null
  const previousExact = previous.monthsWithActuals > 0 ? previous.growthVsBaselineSamePeriodPct : null
  const partial = current.monthsWithActuals < 12
  const scope = ctx.publication ? ` của ${ctx.publication.name}` : ''
  const ignored = ctx.desk ? ' Bộ lọc ban không áp dụng cho doanh thu.' : ''
  const share = (amount: number) => {
    const pct = percentOf(amount, current.actual)
    return formatPercentVi(pct === null ? null : roundTo(pct, 1))
  }
  let detail: string
  if (!hasActuals) detail = `Chưa có số liệu doanh thu thực hiện năm ${ctx.year}${scope}.${ignored}`
  else if (current.baselineNote)
    detail = `Doanh thu thực hiện năm ${ctx.year}${scope}: ${dong(current.actual)}. ${current.baselineNote}${ignored}`
  else if (current.baselineSamePeriod <= 0)
    detail = `Doanh thu thực hiện năm ${ctx.year}${scope}: ${dong(current.actual)}; năm gốc ${current.baselineYear} chưa có số liệu${partial ? ' cho cùng các tháng' : ''} nên chưa tính được tăng trưởng.${ignored}`
  else
    detail =
      `Doanh thu thực hiện năm ${ctx.year}${scope} (${current.monthsWithActuals} tháng có số liệu): ${dong(current.actual)}; ` +
      (partial
        ? `cùng kỳ năm gốc ${current.baselineYear}: ${dong(current.baselineSamePeriod)} → ${signed(current.growthVsBaselineSamePeriodPct)} (cả năm gốc: ${dong(current.baselineActual)}); `
        : `năm gốc ${current.baselineYear}: ${dong(current.baselineActual)} → ${signed(current.growthVsBaselinePct)}; `) +
      `so với cùng kỳ năm trước: ${signed(current.growthVsPreviousYearPct)}; ` +
      `kế hoạch năm: ${dong(current.plan)}; nguồn nhà nước đặt hàng, giao nhiệm vụ ${share(current.stateFunded)}, thị trường ${share(current.market)}.${ignored}`
  return {
    exact,
    previousExact,
    numerator: current.actual,
    denominator: current.baselineSamePeriod,
    series: current.baselineNote
      ? current.months.map((month) => ({ month: month.month, value: null }))
      : monthlyGrowth(current, baseline, ctx.now),
    detail,
  }
}
