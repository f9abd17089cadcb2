import { describe, expect, it } from '@jest/globals'

import { growthPct } from './growth'

describe('growth percent', () => {
  it('is (value − base) / base × 100 to one decimal', () => {
    expect(growthPct(115, 100)).toBe(15)
    expect(growthPct(1_150_000_000, 1_000_000_000)).toBe(15)
    expect(growthPct(2, 3)).toBe(-33.3)
    expect(growthPct(1_000_500, 1_000_000)).toBe(0.1)
    expect(growthPct(1_000_400, 1_000_000)).toBe(0)
    expect(growthPct(0, 100)).toBe(-100)
  })

  it('is null when there is nothing to grow from, and never -0', () => {
    expect(growthPct(100, 0)).toBeNull()
    expect(growthPct(0, 0)).toBeNull()
    expect(Object.is(growthPct(999_999, 1_000_000), 0)).toBe(true)
  })
})
