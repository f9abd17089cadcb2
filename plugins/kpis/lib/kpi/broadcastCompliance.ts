/**
 * Broadcast compliance: of the (channel, day) pairs with an as-run log in the year, the share
 * that meets every airtime rule (24 h on air, domestic ≥ 70 %, new self-produced ≥ 30 % of it,
 * foreign ≤ 30 %, Vietnamese films). Read from the cached verdicts, refreshed first. Only days
 * that are over count: today's as-run log is still being written and would fail the 24-hour rule.
 */
import { RULES, type RuleId } from '../../../airtime/lib/rules'
import { refreshComplianceCache } from '../compliance/refreshCache'
import { vietnamDay } from '../../../../src/lib/vietnamTime'
import { kindWords, type KpiContext, type KpiResult } from '../context'
import { formatNumberVi, formatPercentVi, percentOf, roundTo } from '../numbers'
import { lastEndedDay, percentSeries, sumYear } from '../period'
import { num, queryRows, type SqlValue } from '../sql'

export const BROADCAST_KINDS = ['radio', 'tv']

/** Whether the KPI applies to the publication filter (a radio or TV channel, or none). */
export function appliesToPublication(ctx: KpiContext): boolean {
  return !ctx.publication || BROADCAST_KINDS.includes(ctx.publication.kind)
}

/** Makes the cached verdicts of the year and the year before current, up to the last day that is over. */
export async function refreshForYear(ctx: KpiContext): Promise<void> {
  const from = `${ctx.year - 1}-01-01`
  const to = lastEndedDay(ctx.year, ctx.now)
  if (to < from) return
  await refreshComplianceCache(
    ctx.payload,
    { from, to, channel: ctx.publication?.id },
    ctx.options.airtime,
    ctx.req,
  )
}

/** The cached days of the year that are judged: up to yesterday while the year runs. */
export function judgedDaysWhere(ctx: KpiContext): { where: string; params: SqlValue[] } {
  return cachedDaysWhere(ctx, `${ctx.year}-01-01`, lastEndedDay(ctx.year, ctx.now))
}

/** While the year runs, why today's broadcast day is not in the figure. */
function todayNote(ctx: KpiContext): string {
  const today = vietnamDay(ctx.now)
  if (!today.startsWith(`${ctx.year}-`)) return ''
  const [year, month, day] = today.split('-')
  return ` Ngày hôm nay (${day}/${month}/${year}) chưa kết thúc nên chưa được chấm và chưa tính vào chỉ tiêu.`
}

export function cachedDaysWhere(
  ctx: KpiContext,
  from: string,
  to: string,
): { where: string; params: SqlValue[] } {
  const params: SqlValue[] = [from, to]
  let where = 'c.day >= ? AND c.day <= ?'
  if (ctx.publication) {
    where += ' AND c.channel_id = ?'
    params.push(Number(ctx.publication.id))
  }
  return { where, params }
}

/** The rules a cached day broke (a JSON column: text on SQLite, parsed on PostgreSQL). */
export function parseViolations(value: unknown): string[] {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value
  return Array.isArray(parsed) ? parsed.map(String) : []
}

export async function computeBroadcastCompliance(ctx: KpiContext): Promise<KpiResult> {
  if (!appliesToPublication(ctx)) {
    return {
      exact: null,
      previousExact: null,
      series: percentSeries(ctx.year, ctx.now, new Map(), new Map()),
      detail: `Chỉ tiêu chỉ áp dụng cho kênh phát thanh, truyền hình; "${ctx.publication!.name}" là ${kindWords(ctx.publication!.kind)}.`,
    }
  }
  await refreshForYear(ctx)
  const scope = cachedDaysWhere(ctx, `${ctx.year - 1}-01-01`, lastEndedDay(ctx.year, ctx.now))
  const thisYear = judgedDaysWhere(ctx)
  const month = 'substr(c.day, 1, 7)'
  const [monthly, failing] = await Promise.all([
    queryRows(
      ctx.payload,
      `SELECT ${month} AS month, count(*) AS n, sum(CASE WHEN c.pass = ? THEN 1 ELSE 0 END) AS ok,
              count(DISTINCT c.channel_id) AS channels
         FROM kpi_compliance_days c WHERE ${scope.where} GROUP BY ${month}`,
      [true, ...scope.params],
      ctx.req,
    ),
    queryRows(
      ctx.payload,
      `SELECT c.violations FROM kpi_compliance_days c WHERE ${thisYear.where} AND c.pass = ?`,
      [...thisYear.params, false],
      ctx.req,
    ),
  ])
  const days = new Map(monthly.map((row) => [String(row.month), num(row.n)]))
  const passing = new Map(monthly.map((row) => [String(row.month), num(row.ok)]))
  const numerator = sumYear(ctx.year, passing)
  const denominator = sumYear(ctx.year, days)
  const exact = percentOf(numerator, denominator)
  const broken = new Map<string, number>()
  for (const row of failing)
    for (const rule of parseViolations(row.violations)) broken.set(rule, (broken.get(rule) ?? 0) + 1)
  const worst = [...broken.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([rule, count]) => `${RULES[rule as RuleId]?.label.vi ?? rule}: ${formatNumberVi(count, 0)} ngày`)
  const channelWords = ctx.publication ? ` của kênh ${ctx.publication.name}` : ''
  const notes = `${todayNote(ctx)}${ctx.desk ? ' Bộ lọc ban không áp dụng cho chỉ tiêu này.' : ''}`
  const detail =
    denominator === 0
      ? `Chưa có nhật ký phát sóng thực tế (as-run) nào${channelWords} trong năm ${ctx.year}.${notes}`
      : `${formatNumberVi(numerator, 0)}/${formatNumberVi(denominator, 0)} ngày phát sóng (kênh × ngày có nhật ký thực tế)${channelWords} năm ${ctx.year} đạt mọi quy định thời lượng` +
        ` = ${formatPercentVi(exact === null ? null : roundTo(exact, 1))}` +
        (worst.length ? `; không đạt — ${worst.join('; ')}.` : '.') +
        ` Quảng cáo ${ctx.options.airtime.adsInDenominator ? 'có' : 'không'} tính vào mẫu số; phát lại ${ctx.options.airtime.rerunCountsAsNew ? 'được' : 'không được'} tính là tự sản xuất mới.${notes}`
  return {
    exact,
    previousExact: percentOf(sumYear(ctx.year - 1, passing), sumYear(ctx.year - 1, days)),
    numerator,
    denominator,
    series: percentSeries(ctx.year, ctx.now, passing, days),
    detail,
  }
}
