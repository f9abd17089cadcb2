import { describe, expect, it } from '@jest/globals'

import { summariseYear, type LedgerSum } from '../../plugins/revenue/lib/summarise'
import { revenueSeedYears } from './revenue'

const PUBLICATIONS = new Map(
  ['BAO-IN', 'E-PAPER', 'WEB', 'RADIO', 'TV', 'ZALO'].map((code, i) => [code, i + 1]),
)

function yearOf(now: Date, year: number) {
  const sums: LedgerSum[] = revenueSeedYears(PUBLICATIONS, now).flatMap(({ rows }) =>
    rows.map((row) => ({
      month: row.month,
      line: row.revenueLine,
      kind: row.kind,
      publication: row.publication,
      total: row.amount,
      entries: 1,
    })),
  )
  return summariseYear(sums, { year, baselineYear: 2024, names: new Map() })
}

describe('the demo revenue ledger', () => {
  const now = new Date('2026-11-22T12:00:00Z')

  it('grows about 15 % from 2024 to 2025, with state orders 35–45 % of the total', () => {
    const year = yearOf(now, 2025)
    expect(year.monthsWithActuals).toBe(12)
    expect(year.growthVsBaselinePct).toBeGreaterThanOrEqual(13)
    expect(year.growthVsBaselinePct).toBeLessThanOrEqual(17)
    for (const y of [yearOf(now, 2024), year]) {
      expect(y.stateFunded / y.actual).toBeGreaterThan(0.35)
      expect(y.stateFunded / y.actual).toBeLessThan(0.45)
      expect(y.plan).toBeGreaterThan(y.actual * 0.95)
    }
  })

  it('has this year’s actuals up to last month and its plans for all twelve', () => {
    const year = yearOf(now, 2026)
    expect(year.monthsWithActuals).toBe(10)
    expect(year.months[11]!.plan).toBeGreaterThan(0)
    expect(year.growthVsPreviousYearPct).toBeGreaterThan(5)
  })

  it('is the same on every run, and whole đồng', () => {
    const [a, b] = [revenueSeedYears(PUBLICATIONS, now), revenueSeedYears(PUBLICATIONS, now)]
    expect(a).toEqual(b)
    expect(a.flatMap((y) => y.rows).every((row) => Number.isInteger(row.amount) && row.amount > 0)).toBe(true)
  })

  it('seeds only the baseline year and 2025 in January 2025 (no actual for the running month)', () => {
    const years = revenueSeedYears(PUBLICATIONS, new Date('2025-01-15T00:00:00Z'))
    expect(years.map((y) => y.year)).toEqual([2024, 2025])
    expect(years[1]!.rows.filter((r) => r.kind === 'actual')).toEqual([])
  })
})
