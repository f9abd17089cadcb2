import { describe, expect, it } from '@jest/globals'

import { formatMonth, monthOfDate, monthRangeProblem, monthsOfYear, parseMonth } from './months'

describe('months', () => {
  it.each([
    ['2026-03', '2026-03'],
    ['2026/3', '2026-03'],
    ['03/2026', '2026-03'],
    ['3/2026', '2026-03'],
    ['3-2026', '2026-03'],
    ['T3/2026', '2026-03'],
    ['Tháng 3/2026', '2026-03'],
    ['tháng 03 năm 2026', '2026-03'],
    ['01/03/2026', '2026-03'],
    ['31/12/2025', '2025-12'],
    ['2026-03-15', '2026-03'],
  ])('reads %s', (text, month) => {
    expect(parseMonth(text)).toBe(month)
  })

  it.each(['2026-13', '13/2026', '0/2026', '30/02/2026', '2026-02-30', 'tháng ba', '2026', '', '202603'])(
    'refuses %s',
    (text) => {
      expect(parseMonth(text)).toBeUndefined()
    },
  )

  it('takes a date cell by the day it shows (UTC midnight from the spreadsheet reader)', () => {
    expect(monthOfDate(new Date(Date.UTC(2026, 2, 1)))).toBe('2026-03')
    expect(monthOfDate(new Date(Date.UTC(2025, 11, 31)))).toBe('2025-12')
    expect(monthOfDate(new Date('invalid'))).toBeUndefined()
  })

  it('keeps months in range for their kind', () => {
    // 20 Nov 2026 20:00 UTC is already the 21st in Vietnam; 30 Nov 18:00 UTC is 1 December there.
    const now = new Date('2026-11-20T20:00:00Z')
    expect(monthRangeProblem('1999-12', 'plan', now)).toMatch(/trước năm 2000/)
    expect(monthRangeProblem('2000-01', 'actual', now)).toBeUndefined()
    expect(monthRangeProblem('2026-11', 'actual', now)).toBeUndefined()
    expect(monthRangeProblem('2026-12', 'actual', now)).toMatch(/chưa đến \(nay là 11\/2026\)/)
    expect(monthRangeProblem('2026-12', 'actual', new Date('2026-11-30T18:00:00Z'))).toBeUndefined()
    expect(monthRangeProblem('2027-12', 'plan', now)).toBeUndefined()
    expect(monthRangeProblem('2028-01', 'plan', now)).toMatch(/đến hết năm 2027/)
  })

  it('formats and lists months', () => {
    expect(formatMonth('2026-03')).toBe('03/2026')
    expect(monthsOfYear(2026)).toHaveLength(12)
    expect(monthsOfYear(2026)[11]).toBe('2026-12')
  })
})
