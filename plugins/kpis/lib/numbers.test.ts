import { describe, expect, it } from '@jest/globals'

import {
  changeOf,
  displayValue,
  formatChangeVi,
  formatKpiValue,
  formatNumberVi,
  formatPercentVi,
  percentOf,
  roundTo,
} from './numbers'

describe('percentOf', () => {
  it('keeps whole-number shares exact and refuses an empty denominator', () => {
    expect(percentOf(29, 100)).toBe(29)
    expect(percentOf(1, 3)).toBeCloseTo(33.333, 3)
    expect(percentOf(3, 0)).toBeNull()
    expect(percentOf(Number.NaN, 2)).toBeNull()
  })
})

describe('rounding', () => {
  it('rounds half away from zero to one decimal', () => {
    expect(roundTo(34.25, 1)).toBe(34.3)
    expect(roundTo(1.005, 2)).toBe(1.01)
    expect(roundTo(-2.25, 1)).toBe(-2.3)
    expect(roundTo(-0.04, 1)).toBe(0)
    expect(Object.is(roundTo(-0.04, 1), -0)).toBe(false)
  })

  it('rounds numbers that print in exponent form', () => {
    expect(roundTo(1e-7, 1)).toBe(0)
    expect(roundTo(1e-7, 7)).toBe(1e-7)
    expect(roundTo(1.5e-7, 7)).toBe(2e-7)
    expect(roundTo(-1e-9, 1)).toBe(0)
    expect(Object.is(roundTo(-1e-9, 1), -0)).toBe(false)
    expect(roundTo(2.5e-3, 3)).toBe(0.003)
    expect(roundTo(2.5e-3, 2)).toBe(0)
    expect(roundTo(-2.5e-3, 3)).toBe(-0.003)
    expect(roundTo(1e21, 1)).toBe(1e21)
    expect(roundTo(123456789012.35, 1)).toBe(123456789012.4)
  })

  it('shows shares with one decimal and counts whole', () => {
    expect(displayValue(66.66666, 'percent')).toBe(66.7)
    expect(displayValue(12.6, 'count')).toBe(13)
    expect(displayValue(null, 'percent')).toBeNull()
  })
})

describe('Vietnamese formatting', () => {
  it('groups with dots and uses a decimal comma', () => {
    expect(formatNumberVi(1234567.89, 1)).toBe('1.234.567,9')
    expect(formatPercentVi(34.2)).toBe('34,2 %')
    expect(formatPercentVi(null)).toBe('—')
    expect(formatKpiValue(251, 'count')).toBe('251')
    expect(formatKpiValue(12, 'days')).toBe('12 ngày')
  })

  it('gives the change from last year in points for shares', () => {
    expect(changeOf(34.2, 30)).toBe(4.2)
    expect(changeOf(null, 30)).toBeNull()
    expect(formatChangeVi(4.2, 'percent')).toBe('+4,2 điểm %')
    expect(formatChangeVi(-3, 'count')).toBe('−3')
    expect(formatChangeVi(0, 'percent')).toBe('±0 điểm %')
  })
})
