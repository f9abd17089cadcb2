import { describe, expect, it } from '@jest/globals'

import {
  DEFAULT_TARGET_ROWS,
  statusOf,
  targetFor,
  targetLabel,
  targetRowFor,
  type TargetRow,
} from './targets'

const rows: TargetRow[] = [
  { kpi: 'revenueGrowth', untilYear: 2030, min: 20, source: 'B' },
  { kpi: 'revenueGrowth', untilYear: 2025, min: 10, max: 20, source: 'A' },
  { kpi: 'aiShare', untilYear: 2045, min: 30, note: 'kế hoạch: 30–50 %', source: 'C' },
]

describe('targetRowFor', () => {
  it('takes the first row (by year) whose until-year is not before the year', () => {
    expect(targetRowFor(rows, 'revenueGrowth', 2024)?.source).toBe('A')
    expect(targetRowFor(rows, 'revenueGrowth', 2025)?.source).toBe('A')
    expect(targetRowFor(rows, 'revenueGrowth', 2026)?.source).toBe('B')
    expect(targetRowFor(rows, 'revenueGrowth', 2030)?.source).toBe('B')
  })

  it('keeps the last row after the horizon, and has none for a KPI without rows', () => {
    expect(targetRowFor(rows, 'revenueGrowth', 2031)?.source).toBe('B')
    expect(targetRowFor(rows, 'domesticAudience', 2026)).toBeUndefined()
  })
})

describe('targetFor and targetLabel', () => {
  it('labels bounds in Vietnamese, with the plan’s wording', () => {
    expect(targetFor(rows, 'aiShare', 2026, 'percent')).toMatchObject({
      min: 30,
      label: '≥ 30 %',
      note: 'kế hoạch: 30–50 %',
      source: 'C',
    })
    expect(targetLabel({ min: 10, max: 20 }, 'percent')).toBe('10–20 %')
    expect(targetLabel({ max: 30 }, 'percent')).toBe('≤ 30 %')
    expect(targetLabel({ min: 250 }, 'count')).toBe('≥ 250')
    expect(targetLabel({ min: 1234.5 }, 'count')).toBe('≥ 1.234,5')
  })

  it('gives no target for a row without bounds or a KPI without rows', () => {
    expect(
      targetFor([{ kpi: 'security', untilYear: 2030, source: 'x' }], 'security', 2026, 'percent'),
    ).toBeNull()
    expect(targetFor(rows, 'mobileAudience', 2026, 'percent')).toBeNull()
  })

  it('has defaults for every KPI but the domestic audience, which no text sets', () => {
    const keys = new Set(DEFAULT_TARGET_ROWS.map((row) => row.kpi))
    expect(keys.has('domesticAudience')).toBe(false)
    expect(keys.size).toBe(8)
    expect(targetFor(DEFAULT_TARGET_ROWS, 'revenueGrowth', 2025, 'percent')?.min).toBe(10)
    expect(targetFor(DEFAULT_TARGET_ROWS, 'revenueGrowth', 2026, 'percent')?.min).toBe(20)
    expect(targetFor(DEFAULT_TARGET_ROWS, 'mobileAudience', 2026, 'percent')?.min).toBe(80)
  })
})

describe('statusOf', () => {
  it('judges the exact figure, not the rounded one', () => {
    expect(statusOf(29.96, { min: 30 })).toBe('notMet')
    expect(statusOf(30, { min: 30 })).toBe('met')
    expect(statusOf(20.01, { min: 10, max: 20 })).toBe('notMet')
    expect(statusOf(15, { min: 10, max: 20 })).toBe('met')
    expect(statusOf(31, { max: 30 })).toBe('notMet')
  })

  it('has nothing to judge without a figure or a target', () => {
    expect(statusOf(null, { min: 30 })).toBe('noData')
    expect(statusOf(55, null)).toBe('noData')
    expect(statusOf(Number.NaN, { min: 1 })).toBe('noData')
  })
})
