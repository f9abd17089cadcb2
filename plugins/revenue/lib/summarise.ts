/**
 * The year's figures from the ledger's per-month sums (what loadRevenueYear reads with one
 * GROUP BY). Pure, so the arithmetic is tested without a database.
 */
import type { RevenueYear } from '../types'
import { growthPct } from './growth'
import { isStateFunded, REVENUE_LINES } from './lines'
import { monthsOfYear } from './months'

/** One group of the ledger: every entry of one month, line, channel and kind, summed. */
export type LedgerSum = {
  month: string
  line: string
  publication: number | string | null
  kind: 'plan' | 'actual'
  total: number
  entries: number
}

export const AGENCY_WIDE_NAME = 'Toàn cơ quan (không gắn kênh)'

type Options = {
  year: number
  baselineYear: number
  /** Names of the channels that appear in the sums. */
  names: ReadonlyMap<string, string>
  /**
   * Set when the year comes before the configured baseline and none was asked for: the year is
   * then its own baseline, and growth against it would be a meaningless 0 %.
   */
  configuredBaselineYear?: number
}

/** Why the growth against the baseline is left out, in the report itself. */
const precedesBaselineNote = (year: number, configured: number) =>
  `Năm ${year} trước năm gốc ${configured}: chưa có năm gốc để so nên không tính tăng trưởng so với ` +
  `năm gốc (số liệu "năm gốc" là của chính năm ${year}).`

const sum = (values: Iterable<number>) => {
  let total = 0
  for (const value of values) total += value
  return total
}

export function summariseYear(
  sums: readonly LedgerSum[],
  { year, baselineYear, names, configuredBaselineYear }: Options,
): RevenueYear {
  const months = monthsOfYear(year)
  const actualOf = (filter: (row: LedgerSum) => boolean) =>
    sum(sums.filter((row) => row.kind === 'actual' && filter(row)).map((row) => row.total))
  const planOf = (filter: (row: LedgerSum) => boolean) =>
    sum(sums.filter((row) => row.kind === 'plan' && filter(row)).map((row) => row.total))
  const inYear = (y: number) => (row: LedgerSum) => row.month.startsWith(`${y}-`)

  // Months of this year with at least one actual entry (even of 0 đồng): the period compared.
  const withActuals = new Set(
    sums
      .filter((row) => row.kind === 'actual' && row.entries > 0 && inYear(year)(row))
      .map((r) => r.month.slice(5)),
  )
  const samePeriod = (y: number) => (row: LedgerSum) => inYear(y)(row) && withActuals.has(row.month.slice(5))

  const actual = actualOf(inYear(year))
  const stateFunded = actualOf((row) => inYear(year)(row) && isStateFunded(row.line))
  const previousYearSamePeriod = actualOf(samePeriod(year - 1))
  const baselineActual = actualOf(inYear(baselineYear))
  const baselineSamePeriod = actualOf(samePeriod(baselineYear))
  const withoutBaseline = configuredBaselineYear !== undefined && year < configuredBaselineYear

  const publications = new Map<
    string,
    { publication: number | string | null; plan: number; actual: number }
  >()
  for (const row of sums.filter(inYear(year))) {
    const key = row.publication === null ? '' : String(row.publication)
    const entry = publications.get(key) ?? { publication: row.publication, plan: 0, actual: 0 }
    entry[row.kind] += row.total
    publications.set(key, entry)
  }

  const cells = new Map<string, { line: string; month: string; plan: number; actual: number }>()
  for (const row of sums.filter(inYear(year))) {
    const key = `${row.line}|${row.month}`
    const cell = cells.get(key) ?? { line: row.line, month: row.month, plan: 0, actual: 0 }
    cell[row.kind] += row.total
    cells.set(key, cell)
  }

  return {
    year,
    baselineYear,
    plan: planOf(inYear(year)),
    actual,
    stateFunded,
    market: actual - stateFunded,
    previousYearSamePeriod,
    previousYearActual: actualOf(inYear(year - 1)),
    baselineActual,
    baselineSamePeriod,
    growthVsBaselinePct: withoutBaseline ? null : growthPct(actual, baselineActual),
    growthVsBaselineSamePeriodPct: withoutBaseline ? null : growthPct(actual, baselineSamePeriod),
    baselineNote: withoutBaseline ? precedesBaselineNote(year, configuredBaselineYear) : null,
    growthVsPreviousYearPct: growthPct(actual, previousYearSamePeriod),
    monthsWithActuals: withActuals.size,
    months: months.map((month) => {
      const previous = `${year - 1}-${month.slice(5)}`
      const monthActual = actualOf((row) => row.month === month)
      const monthState = actualOf((row) => row.month === month && isStateFunded(row.line))
      return {
        month,
        plan: planOf((row) => row.month === month),
        actual: monthActual,
        stateFunded: monthState,
        market: monthActual - monthState,
        previousYearActual: actualOf((row) => row.month === previous),
      }
    }),
    byLine: REVENUE_LINES.map((line) => ({
      line,
      plan: planOf((row) => inYear(year)(row) && row.line === line),
      actual: actualOf((row) => inYear(year)(row) && row.line === line),
      previousYearActual: actualOf((row) => samePeriod(year - 1)(row) && row.line === line),
      stateFunded: isStateFunded(line),
    })),
    byPublication: [...publications.values()]
      .map((entry) => ({
        ...entry,
        name:
          entry.publication === null
            ? AGENCY_WIDE_NAME
            : (names.get(String(entry.publication)) ?? `#${entry.publication}`),
      }))
      .sort((a, b) => b.actual - a.actual || b.plan - a.plan || a.name.localeCompare(b.name, 'vi')),
    byLineMonth: [...cells.values()].sort((a, b) =>
      a.month === b.month
        ? REVENUE_LINES.indexOf(a.line as never) - REVENUE_LINES.indexOf(b.line as never)
        : a.month.localeCompare(b.month),
    ),
  }
}
