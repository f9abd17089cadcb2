import { describe, expect, it } from '@jest/globals'

import { linearScale, valueDomain } from './scale'
import { monthlyRevenueTarget, targetLine, targetValue } from './target'

describe('targetLine', () => {
  it('crosses the plot at the height of the target value', () => {
    const y = linearScale([0, 100], [260, 20])
    expect(targetLine(30, y, [76, 704])).toEqual({ x1: 76, x2: 704, y: 188, inside: true })
  })

  it('stays inside the plot when the axis was widened to the target', () => {
    const axis = valueDomain([3, 8, 12], [30])
    const y = linearScale([axis.min, axis.max], [248, 16])
    const line = targetLine(30, y, [0, 100])
    expect(line.inside).toBe(true)
    expect(line.y).toBe(16)
  })

  it('says when a target lies outside the axis', () => {
    const y = linearScale([0, 20], [248, 16])
    expect(targetLine(30, y, [0, 100]).inside).toBe(false)
  })
})

describe('monthlyRevenueTarget', () => {
  it("is the baseline year's average month grown by the target percentage", () => {
    // 2024: 12 tỷ in the year, 1 tỷ a month; the 2030 target is +20 %.
    expect(monthlyRevenueTarget(12_000_000_000, 20)).toBe(1_200_000_000)
    expect(monthlyRevenueTarget(12_000_000_000, 10)).toBe(1_100_000_000)
  })

  it('rounds to whole đồng', () => {
    expect(monthlyRevenueTarget(1_000, 15)).toBe(96)
  })

  it('is undefined without a baseline or a target', () => {
    expect(monthlyRevenueTarget(0, 20)).toBeNull()
    expect(monthlyRevenueTarget(null, 20)).toBeNull()
    expect(monthlyRevenueTarget(12_000, null)).toBeNull()
  })
})

describe('targetValue', () => {
  it('uses the minimum, else the maximum, else nothing', () => {
    expect(targetValue({ min: 30, max: 50 })).toBe(30)
    expect(targetValue({ max: 30 })).toBe(30)
    expect(targetValue({})).toBeNull()
    expect(targetValue(null)).toBeNull()
  })
})
