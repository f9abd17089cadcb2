import { describe, expect, it } from '@jest/globals'

import {
  compactNumber,
  formatPercent,
  formatTick,
  formatValue,
  monthLabel,
  signedChange,
  targetText,
} from './format'

describe('Vietnamese number formatting', () => {
  it('groups thousands with dots and decimals with a comma', () => {
    expect(formatValue(1_234_567, 'vnd', 'vi-VN')).toBe('1.234.567 đ')
    expect(formatPercent(32.46, 'vi-VN')).toBe('32,5 %')
    expect(formatValue(31.25, 'percent', 'vi-VN')).toBe('31,3 %')
    expect(formatValue(300, 'days', 'vi-VN')).toBe('300 ngày')
  })

  it('compacts money with Vietnamese words', () => {
    expect(compactNumber(1_234_000_000, 'vi-VN')).toBe('1,2 tỷ')
    expect(compactNumber(350_000_000, 'vi-VN')).toBe('350 triệu')
    expect(compactNumber(12_500, 'vi-VN')).toBe('13 nghìn')
    expect(compactNumber(0, 'vi-VN')).toBe('0')
  })

  it('uses English grouping and words in English', () => {
    expect(compactNumber(1_234_000_000, 'en-GB')).toBe('1.2 bn')
    expect(formatValue(1, 'days', 'en-GB')).toBe('1 day')
    expect(formatPercent(32.46, 'en-GB')).toBe('32.5 %')
  })

  it('prints nothing it does not have as a dash', () => {
    expect(formatValue(null, 'percent', 'vi-VN')).toBe('—')
    expect(formatValue(Number.NaN, 'count', 'vi-VN')).toBe('—')
  })

  it('labels axis ticks without needless decimals', () => {
    expect(formatTick(30, 'percent', 'vi-VN')).toBe('30 %')
    expect(formatTick(2.5, 'percent', 'vi-VN')).toBe('2,5 %')
    expect(formatTick(1_500_000_000, 'vnd', 'vi-VN')).toBe('1,5 tỷ')
  })
})

describe('monthLabel', () => {
  it('writes T1…T12 in Vietnamese and short names in English', () => {
    expect(monthLabel('2026-01', 'vi-VN')).toBe('T1')
    expect(monthLabel('2026-12', 'vi-VN')).toBe('T12')
    expect(monthLabel('2026-03', 'en-GB')).toBe('Mar')
    expect(monthLabel('bad', 'vi-VN')).toBe('bad')
  })
})

describe('signedChange', () => {
  it('signs the change from the year before', () => {
    expect(signedChange(32.5, 30, 'vi-VN')).toBe('+2,5')
    expect(signedChange(28, 30, 'vi-VN')).toBe('−2')
    expect(signedChange(30, 30, 'vi-VN')).toBe('±0')
    expect(signedChange(null, 30, 'vi-VN')).toBeNull()
  })
})

describe('targetText', () => {
  it('prints a target short enough to sit beside its line', () => {
    expect(targetText({ min: 30 }, 'percent', 'vi-VN')).toBe('≥ 30 %')
    expect(targetText({ max: 30 }, 'percent', 'vi-VN')).toBe('≤ 30 %')
    expect(targetText({ min: 10, max: 20 }, 'percent', 'vi-VN')).toBe('10–20 %')
    expect(targetText({ min: 1 }, 'count', 'vi-VN')).toBe('≥ 1')
    expect(targetText({}, 'percent', 'vi-VN')).toBe('')
  })
})
