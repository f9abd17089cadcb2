import { describe, expect, it } from '@jest/globals'

import {
  countSeries,
  daysSoFar,
  isFutureMonth,
  lastEndedDay,
  monthsOf,
  percentSeries,
  sumYear,
  twoYearRange,
  yearNotStarted,
} from './period'

const now = new Date('2026-03-31T18:00:00.000Z') // 01:00 on 1 April in Vietnam

describe('periods in Vietnam time', () => {
  it('lists the months and the two years’ instants', () => {
    expect(monthsOf(2026)).toHaveLength(12)
    expect(monthsOf(2026)[0]).toBe('2026-01')
    const range = twoYearRange(2026)
    expect(range.from.toISOString()).toBe('2024-12-31T17:00:00.000Z')
    expect(range.split.toISOString()).toBe('2025-12-31T17:00:00.000Z')
    expect(range.to.toISOString()).toBe('2026-12-31T17:00:00.000Z')
  })

  it('knows which months and days are still to come', () => {
    expect(isFutureMonth('2026-04', now)).toBe(false)
    expect(isFutureMonth('2026-05', now)).toBe(true)
    expect(daysSoFar(2026, now)).toEqual({ from: '2026-01-01', to: '2026-04-01' })
    expect(daysSoFar(2025, now)).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(daysSoFar(2027, now)).toBeNull()
  })

  it('knows which years have not begun, in Vietnam', () => {
    expect(yearNotStarted(2026, now)).toBe(false)
    expect(yearNotStarted(2027, now)).toBe(true)
    // 23:30 on 31 December UTC is already 1 January in Vietnam.
    expect(yearNotStarted(2027, new Date('2026-12-31T17:30:00.000Z'))).toBe(false)
    expect(yearNotStarted(2027, new Date('2026-12-31T16:30:00.000Z'))).toBe(true)
  })

  it('leaves today out of the broadcast days that are over', () => {
    expect(lastEndedDay(2026, now)).toBe('2026-03-31')
    expect(lastEndedDay(2025, now)).toBe('2025-12-31')
    expect(lastEndedDay(2026, new Date('2025-12-31T17:30:00.000Z'))).toBe('2025-12-31')
  })
})

describe('series', () => {
  it('gives percentages where there is a denominator and null for months to come', () => {
    const series = percentSeries(
      2026,
      now,
      new Map([
        ['2026-01', 1],
        ['2026-02', 2],
      ]),
      new Map([
        ['2026-01', 3],
        ['2026-02', 4],
        ['2026-06', 5],
      ]),
    )
    expect(series.slice(0, 4).map((p) => p.value)).toEqual([33.3, 50, null, null])
    expect(series[5]).toEqual({ month: '2026-06', value: null })
  })

  it('counts zero for past months without records', () => {
    const series = countSeries(2026, now, new Map([['2026-02', 7]]))
    expect(series.slice(0, 5).map((p) => p.value)).toEqual([0, 7, 0, 0, null])
  })

  it('sums one year of a per-month map', () => {
    expect(
      sumYear(
        2026,
        new Map([
          ['2025-12', 5],
          ['2026-01', 2],
          ['2026-12', 3],
        ]),
      ),
    ).toBe(5)
  })
})
