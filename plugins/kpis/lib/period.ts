/** The KPI periods: Vietnam calendar years and months (pure). */
import { vietnamDay, vietnamMonth, vietnamYearRange } from '../../../src/lib/vietnamTime'

export const MIN_YEAR = 2000
export const MAX_YEAR = 2100

/** `YYYY-01` … `YYYY-12`. */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
}

/** [from, to) instants of the year and of the year before, for one query covering both. */
export function twoYearRange(year: number): { from: Date; to: Date; split: Date } {
  const previous = vietnamYearRange(year - 1)
  const current = vietnamYearRange(year)
  return { from: previous.from, to: current.to, split: current.from }
}

/** The first and last Vietnam day of a year that can have records by `now` (null: none yet). */
export function daysSoFar(year: number, now: Date): { from: string; to: string } | null {
  const from = `${year}-01-01`
  const today = vietnamDay(now)
  if (today < from) return null
  const last = `${year}-12-31`
  return { from, to: today < last ? today : last }
}

/** A year that has not begun in Vietnam by `now` has no figures at all, not today's. */
export function yearNotStarted(year: number, now: Date): boolean {
  return vietnamYearRange(year).from.getTime() > now.getTime()
}

/**
 * The last broadcast day of `year` that is over by `now`: its 31 December, or yesterday while the
 * year runs (today is still on air, its as-run log unfinished). Before `year`-01-01 when none is.
 */
export function lastEndedDay(year: number, now: Date): string {
  const yesterday = vietnamDay(now.getTime() - 86_400_000)
  const last = `${year}-12-31`
  return yesterday < last ? yesterday : last
}

/** Months after the present one have no figures yet (null, not 0, in a series). */
export function isFutureMonth(month: string, now: Date): boolean {
  return month > vietnamMonth(now)
}

/**
 * A monthly series over the year from per-month numerators and denominators: percent where
 * there is a denominator, null where there is none or the month is still to come.
 */
export function percentSeries(
  year: number,
  now: Date,
  numerators: ReadonlyMap<string, number>,
  denominators: ReadonlyMap<string, number>,
): Array<{ month: string; value: number | null }> {
  return monthsOf(year).map((month) => {
    const denominator = denominators.get(month) ?? 0
    if (isFutureMonth(month, now) || denominator <= 0) return { month, value: null }
    const value = ((numerators.get(month) ?? 0) * 100) / denominator
    return { month, value: Math.round(value * 10) / 10 }
  })
}

/** A monthly series of counts (0 for past months without records, null for months to come). */
export function countSeries(
  year: number,
  now: Date,
  counts: ReadonlyMap<string, number>,
): Array<{ month: string; value: number | null }> {
  return monthsOf(year).map((month) => ({
    month,
    value: isFutureMonth(month, now) ? null : (counts.get(month) ?? 0),
  }))
}

/** Sums a per-month map over the months of one year. */
export function sumYear(year: number, perMonth: ReadonlyMap<string, number>): number {
  let total = 0
  for (const [month, value] of perMonth) if (month.startsWith(`${year}-`)) total += value
  return total
}
