import { describe, expect, it } from '@jest/globals'

import { AGENCY_WIDE_NAME, summariseYear, type LedgerSum } from './summarise'

const sum = (
  month: string,
  line: string,
  kind: 'plan' | 'actual',
  total: number,
  publication: number | null = 1,
): LedgerSum => ({ month, line, kind, total, publication, entries: 1 })

const names = new Map([
  ['1', 'Báo in'],
  ['2', 'Truyền hình'],
])

describe('the year from the ledger sums', () => {
  // Baseline 2024: 100 + 100 in Jan and Feb, 800 over the rest. 2025: 115 + 115 in Jan–Feb.
  // 2026 so far: January and February, 130 each, of which 50 from state orders.
  const sums: LedgerSum[] = [
    sum('2024-01', 'advertisingOnline', 'actual', 100),
    sum('2024-02', 'advertisingOnline', 'actual', 100),
    sum('2024-07', 'advertisingOnline', 'actual', 800),
    sum('2025-01', 'advertisingOnline', 'actual', 115),
    sum('2025-02', 'advertisingOnline', 'actual', 115),
    sum('2025-03', 'advertisingOnline', 'actual', 870),
    sum('2026-01', 'advertisingOnline', 'actual', 80),
    sum('2026-01', 'stateOrders', 'actual', 50, null),
    sum('2026-02', 'advertisingOnline', 'actual', 80, 2),
    sum('2026-02', 'stateOrders', 'actual', 50, null),
    sum('2026-01', 'advertisingOnline', 'plan', 90),
    sum('2026-12', 'advertisingOnline', 'plan', 200),
  ]
  const year = summariseYear(sums, { year: 2026, baselineYear: 2024, names })

  it('totals plan, actual and the state vs market split', () => {
    expect(year).toMatchObject({
      year: 2026,
      baselineYear: 2024,
      plan: 290,
      actual: 260,
      stateFunded: 100,
      market: 160,
      monthsWithActuals: 2,
    })
  })

  it('compares with the previous year like for like and with the whole baseline year', () => {
    expect(year).toMatchObject({
      previousYearSamePeriod: 230,
      previousYearActual: 1100,
      baselineActual: 1000,
      baselineSamePeriod: 200,
      growthVsPreviousYearPct: 13, // 260 / 230 − 1 = 13.04 %
      growthVsBaselinePct: -74, // 260 / 1000 − 1
      growthVsBaselineSamePeriodPct: 30, // 260 / 200 − 1
    })
  })

  it('gives twelve months, each with last year’s same month', () => {
    expect(year.months).toHaveLength(12)
    expect(year.months[0]).toEqual({
      month: '2026-01',
      plan: 90,
      actual: 130,
      stateFunded: 50,
      market: 80,
      previousYearActual: 115,
    })
    expect(year.months[2]).toMatchObject({ month: '2026-03', actual: 0, previousYearActual: 870 })
    expect(year.months[11]).toMatchObject({ plan: 200, actual: 0 })
  })

  it('lists every line, and the channels by actual', () => {
    expect(year.byLine).toHaveLength(11)
    expect(year.byLine.find((l) => l.line === 'advertisingOnline')).toEqual({
      line: 'advertisingOnline',
      plan: 290,
      actual: 160,
      previousYearActual: 230,
      stateFunded: false,
    })
    expect(year.byLine.find((l) => l.line === 'stateOrders')).toMatchObject({
      actual: 100,
      stateFunded: true,
    })
    expect(year.byPublication).toEqual([
      { publication: null, name: AGENCY_WIDE_NAME, plan: 0, actual: 100 },
      { publication: 1, name: 'Báo in', plan: 290, actual: 80 },
      { publication: 2, name: 'Truyền hình', plan: 0, actual: 80 },
    ])
    expect(year.byLineMonth.slice(0, 2)).toEqual([
      { line: 'advertisingOnline', month: '2026-01', plan: 90, actual: 80 },
      { line: 'stateOrders', month: '2026-01', plan: 0, actual: 50 },
    ])
  })

  it('has null growth when there is nothing to compare with', () => {
    const empty = summariseYear([sum('2026-01', 'events', 'actual', 5)], {
      year: 2026,
      baselineYear: 2024,
      names,
    })
    expect(empty).toMatchObject({
      growthVsBaselinePct: null,
      growthVsPreviousYearPct: null,
      growthVsBaselineSamePeriodPct: null,
      monthsWithActuals: 1,
    })
  })

  it('leaves out the growth against the baseline for a year before the configured one, saying why', () => {
    // 2024 reported against itself (the default for a year before the configured 2026).
    const early = summariseYear(sums, { year: 2024, baselineYear: 2024, names, configuredBaselineYear: 2026 })
    expect(early).toMatchObject({
      baselineYear: 2024,
      actual: 1000,
      baselineActual: 1000,
      growthVsBaselinePct: null,
      growthVsBaselineSamePeriodPct: null,
      baselineNote: expect.stringMatching(/^Năm 2024 trước năm gốc 2026: .*không tính tăng trưởng/),
    })
    // An explicit baseline equal to the year is measured as asked, and carries no note.
    const asked = summariseYear(sums, { year: 2024, baselineYear: 2024, names })
    expect(asked).toMatchObject({ growthVsBaselinePct: 0, baselineNote: null })
    expect(year.baselineNote).toBeNull()
  })

  it('counts a month with an actual of 0 đồng as reported', () => {
    const zero = summariseYear([{ ...sum('2026-05', 'events', 'actual', 0), entries: 2 }], {
      year: 2026,
      baselineYear: 2026,
      names,
    })
    expect(zero.monthsWithActuals).toBe(1)
  })
})
