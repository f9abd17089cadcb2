import { describe, expect, it } from '@jest/globals'

import { percentile } from './percentile'

describe('percentile', () => {
  const runs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6]

  it('returns the nearest-rank value of the sorted sample', () => {
    expect(percentile(runs, 50)).toBe(5)
    expect(percentile(runs, 95)).toBe(10)
    expect(percentile(runs, 90)).toBe(9)
    expect(percentile(runs, 0)).toBe(1)
    expect(percentile(runs, 100)).toBe(10)
  })

  it('does not reorder the caller’s array', () => {
    const copy = [...runs]
    percentile(runs, 50)
    expect(runs).toEqual(copy)
  })

  it('is NaN for an empty sample and refuses p outside 0..100', () => {
    expect(percentile([], 50)).toBeNaN()
    expect(() => percentile(runs, 101)).toThrow(RangeError)
  })
})
