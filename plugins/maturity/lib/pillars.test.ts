import { describe, expect, it } from '@jest/globals'

import { formatPoints, hasAtMostTwoDecimals, MAX_TOTAL, PILLARS, pillarSumProblem } from './pillars'

describe('pillars', () => {
  it('are the five of the decision, 100 points in all', () => {
    expect(PILLARS.map((p) => [p.key, p.max])).toEqual([
      ['strategy', 18],
      ['infrastructure', 24],
      ['organisation', 20],
      ['audience', 23],
      ['technology', 15],
    ])
    expect(MAX_TOTAL).toBe(100)
  })

  it('lets the active criteria add up to the maximum or less', () => {
    expect(pillarSumProblem('strategy', 16, 2)).toBeUndefined()
    expect(pillarSumProblem('strategy', 10, 2)).toBeUndefined()
    // 0.1 + 0.2 style sums must not read as over.
    expect(pillarSumProblem('technology', 14.9, 0.1)).toBeUndefined()
  })

  it('refuses a sum above the maximum, naming the pillar, its maximum and the current sum', () => {
    const problem = pillarSumProblem('strategy', 17, 2)
    expect(problem).toContain('"Chiến lược"')
    expect(problem).toContain('tối đa 18 điểm')
    expect(problem).toContain('đã chiếm 17 điểm')
    expect(problem).toContain('thành 19 điểm')
    expect(pillarSumProblem('infrastructure', 23.5, 0.75)).toContain('thành 24,25 điểm')
  })

  it('formats and checks points to hundredths', () => {
    expect(formatPoints(2.5)).toBe('2,5')
    expect(formatPoints(18)).toBe('18')
    expect(hasAtMostTwoDecimals(1.25)).toBe(true)
    expect(hasAtMostTwoDecimals(0.1 + 0.2)).toBe(true)
    expect(hasAtMostTwoDecimals(1.255)).toBe(false)
  })
})
