/**
 * Foreign-language output: published stories of the period with a headline of their own (not
 * empty, not the Vietnamese one copied by the locale fallback) in a content locale other than Vietnamese (en, zh and the configured extra ones). The figure is a
 * count of stories (a story in English and Chinese counts once); the detail gives each locale.
 */
import {
  foreignLocales,
  realForeignHeadlineSql,
  scopeWords,
  storyScope,
  type KpiContext,
  type KpiResult,
} from '../context'
import { formatNumberVi } from '../numbers'
import { countSeries, sumYear, twoYearRange, yearNotStarted } from '../period'
import { num, placeholders, queryRows, type SqlValue } from '../sql'
import { loadStoryCounts } from './storyCounts'

export const LOCALE_NAMES: Record<string, string> = { en: 'tiếng Anh', zh: 'tiếng Trung' }

/** Stories with a foreign-language headline: `s` filtered by the scope and the locales. */
export function foreignStoriesWhere(
  ctx: KpiContext,
  from: Date,
  to: Date,
): { where: string; params: SqlValue[] } {
  const scope = storyScope(ctx, from, to)
  const locales = foreignLocales(ctx)
  return {
    where: `${scope.where} AND EXISTS (SELECT 1 FROM stories_locales f WHERE f._parent_id = s.id
      AND f._locale IN ${placeholders(locales.length)} AND ${realForeignHeadlineSql('f')})`,
    params: [...scope.params, ...locales],
  }
}

export async function computeForeignLanguage(ctx: KpiContext): Promise<KpiResult> {
  const locales = foreignLocales(ctx)
  if (!locales.length) {
    return {
      exact: null,
      previousExact: null,
      series: countSeries(ctx.year, ctx.now, new Map()),
      detail: 'Hệ thống chưa cấu hình ngôn ngữ nội dung nào ngoài tiếng Việt.',
    }
  }
  const { to, split } = twoYearRange(ctx.year)
  const scope = storyScope(ctx, split, to)
  const [{ foreign: byMonth, total }, perLocale] = await Promise.all([
    loadStoryCounts(ctx),
    queryRows(
      ctx.payload,
      `SELECT f._locale AS locale, count(*) AS n FROM stories s
         JOIN stories_locales f ON f._parent_id = s.id
        WHERE ${scope.where} AND f._locale IN ${placeholders(locales.length)} AND ${realForeignHeadlineSql('f')}
        GROUP BY f._locale`,
      [...scope.params, ...locales],
    ),
  ])
  const counts = new Map(perLocale.map((row) => [String(row.locale), num(row.n)]))
  // As every other KPI: a year without published stories (or not begun) has no figure, not 0.
  const countOf = (year: number) =>
    yearNotStarted(year, ctx.now) || sumYear(year, total) === 0 ? null : sumYear(year, byMonth)
  const value = countOf(ctx.year)
  const previous = countOf(ctx.year - 1)
  if (value === null)
    return {
      exact: null,
      previousExact: previous,
      series: countSeries(ctx.year, ctx.now, byMonth),
      detail: yearNotStarted(ctx.year, ctx.now)
        ? `Năm ${ctx.year} chưa bắt đầu nên chưa có số liệu.`
        : `Chưa có tin bài nào được xuất bản năm ${ctx.year}${scopeWords(ctx)}.`,
    }
  const parts = locales.map(
    (locale) =>
      `${LOCALE_NAMES[locale] ?? locale} (${locale}): ${formatNumberVi(counts.get(locale) ?? 0, 0)}`,
  )
  return {
    exact: value,
    previousExact: previous,
    numerator: value,
    series: countSeries(ctx.year, ctx.now, byMonth),
    detail: `${formatNumberVi(value, 0)} tin bài xuất bản năm ${ctx.year}${scopeWords(ctx)} có tít bằng tiếng nước ngoài — ${parts.join('; ')} (một tin có nhiều ngôn ngữ được tính một lần).`,
  }
}
