/**
 * Audience on domestic platforms and on mobile devices, from the audience plugin's per-day
 * rollups (the table its report, loadAudienceSummary, sums too): one GROUP BY by month and
 * platform over the year and the year before gives both figures, both years and the series.
 * The report's top-story ranking, which these figures do not need, is left out of the way.
 */
import { isDomesticPlatform, platformOf } from '../../../audience/lib/platforms'
import { once, scopeWords, type KpiContext, type KpiResult } from '../context'
import { formatNumberVi, formatPercentVi, percentOf, roundTo } from '../numbers'
import { percentSeries, sumYear } from '../period'
import { num, queryRows, type SqlValue } from '../sql'

export type PlatformViews = {
  platform: string
  domestic: boolean
  views: number
  mobileViews: number
  uniques: number
}

export type AudienceYears = {
  views: Map<string, number>
  domestic: Map<string, number>
  mobile: Map<string, number>
  /** This year's views per platform, most first. */
  platforms: PlatformViews[]
}

async function load(ctx: KpiContext): Promise<AudienceYears> {
  const parts = ['r.month >= ?', 'r.month <= ?']
  const params: SqlValue[] = [`${ctx.year - 1}-01`, `${ctx.year}-12`]
  if (ctx.desk) {
    parts.push('r.desk_id = ?')
    params.push(Number(ctx.desk.id))
  }
  if (ctx.publication) {
    parts.push('r.publication_id = ?')
    params.push(Number(ctx.publication.id))
  }
  const rows = await queryRows(
    ctx.payload,
    `SELECT r.month, r.platform, sum(r.views) AS views, sum(r.mobile_views) AS mobile, sum(r.uniques) AS uniques
       FROM audience_rollups r WHERE ${parts.join(' AND ')} GROUP BY r.month, r.platform`,
    params,
  )
  const years: AudienceYears = { views: new Map(), domestic: new Map(), mobile: new Map(), platforms: [] }
  const add = (map: Map<string, number>, key: string, value: number) =>
    map.set(key, (map.get(key) ?? 0) + value)
  const platforms = new Map<string, PlatformViews>()
  for (const row of rows) {
    const month = String(row.month)
    const platform = String(row.platform)
    const domestic = isDomesticPlatform(platform)
    add(years.views, month, num(row.views))
    add(years.mobile, month, num(row.mobile))
    if (domestic) add(years.domestic, month, num(row.views))
    if (!month.startsWith(`${ctx.year}-`)) continue
    const entry = platforms.get(platform) ?? { platform, domestic, views: 0, mobileViews: 0, uniques: 0 }
    entry.views += num(row.views)
    entry.mobileViews += num(row.mobile)
    entry.uniques += num(row.uniques)
    platforms.set(platform, entry)
  }
  years.platforms = [...platforms.values()].sort(
    (a, b) => b.views - a.views || a.platform.localeCompare(b.platform),
  )
  return years
}

/** Both years' sums, read once for the two audience KPIs. */
export function loadAudienceYears(ctx: KpiContext): Promise<AudienceYears> {
  return once(ctx, 'audience', () => load(ctx))
}

const pct = (value: number | null) => formatPercentVi(value === null ? null : roundTo(value, 1))
const labelOf = (platform: string) => platformOf(platform)?.label.vi ?? platform

function share(ctx: KpiContext, years: AudienceYears, part: Map<string, number>) {
  const views = sumYear(ctx.year, years.views)
  const numerator = sumYear(ctx.year, part)
  const previousViews = sumYear(ctx.year - 1, years.views)
  return {
    views,
    numerator,
    exact: views > 0 ? percentOf(numerator, views) : null,
    previousExact: previousViews > 0 ? percentOf(sumYear(ctx.year - 1, part), previousViews) : null,
  }
}

export function domesticAudienceResult(ctx: KpiContext, years: AudienceYears): KpiResult {
  const { views, numerator, exact, previousExact } = share(ctx, years, years.domestic)
  const platforms = years.platforms
    .filter((p) => p.views > 0)
    .map((p) => `${labelOf(p.platform)}${p.domestic ? '' : ' (nước ngoài)'}: ${formatNumberVi(p.views, 0)}`)
  return {
    exact,
    previousExact,
    numerator,
    denominator: views,
    series: percentSeries(ctx.year, ctx.now, years.domestic, years.views),
    detail:
      views === 0
        ? `Chưa có số liệu khán giả năm ${ctx.year}${scopeWords(ctx)}.`
        : `${formatNumberVi(numerator, 0)}/${formatNumberVi(views, 0)} lượt xem năm ${ctx.year}${scopeWords(ctx)} trên nền tảng trong nước = ${pct(exact)}; theo nền tảng — ${platforms.join('; ')}.`,
  }
}

export function mobileAudienceResult(ctx: KpiContext, years: AudienceYears): KpiResult {
  const { views, numerator, exact, previousExact } = share(ctx, years, years.mobile)
  return {
    exact,
    previousExact,
    numerator,
    denominator: views,
    series: percentSeries(ctx.year, ctx.now, years.mobile, years.views),
    detail:
      views === 0
        ? `Chưa có số liệu khán giả năm ${ctx.year}${scopeWords(ctx)}.`
        : `${formatNumberVi(numerator, 0)}/${formatNumberVi(views, 0)} lượt xem năm ${ctx.year}${scopeWords(ctx)} từ điện thoại, máy tính bảng = ${pct(exact)} (beacon: theo trình duyệt; nền tảng khác: cột di động trong tệp xuất).`,
  }
}
