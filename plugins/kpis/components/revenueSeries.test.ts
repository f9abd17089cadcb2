import { describe, expect, it } from '@jest/globals'

import { growthPct, revenueSeries, sharePct, trimTrailingZeros } from './revenueSeries'

describe('trimTrailingZeros', () => {
  it('leaves months not booked yet as gaps, and keeps zeros before the last booked month', () => {
    expect(trimTrailingZeros([5, 0, 7, 0, 0])).toEqual([5, 0, 7, null, null])
    expect(trimTrailingZeros([0, 0])).toEqual([null, null])
    expect(trimTrailingZeros([])).toEqual([])
  })
})

describe('revenueSeries', () => {
  it('splits the months into actual, plan and last year', () => {
    const series = revenueSeries([
      { month: '2026-01', plan: 10, actual: 12, previousYearActual: 9 },
      { month: '2026-02', plan: 10, actual: 0, previousYearActual: 8 },
    ])
    expect(series).toEqual({
      months: ['2026-01', '2026-02'],
      actual: [12, null],
      plan: [10, 10],
      previous: [9, 8],
    })
  })
})

describe('sharePct and growthPct', () => {
  it('round to one decimal and are undefined against zero', () => {
    expect(sharePct(1, 3)).toBe(33.3)
    expect(sharePct(1, 0)).toBeNull()
    expect(growthPct(115, 100)).toBe(15)
    expect(growthPct(95, 100)).toBe(-5)
    expect(growthPct(10, 0)).toBeNull()
  })
})
