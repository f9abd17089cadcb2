import { describe, expect, it } from '@jest/globals'

import {
  formatClock,
  formatDurationHMS,
  formatLength,
  isClockHHMM,
  isClockHHMMSS,
  isISODate,
  parseClock,
  vietnameseDate,
  weekdayOf,
} from './clock'

describe('clock strings', () => {
  it('parses times of day and refuses impossible ones', () => {
    expect(parseClock('18:30:15')).toBe(66_615)
    expect(parseClock('18:30')).toBeUndefined()
    expect(parseClock('18:30', { allowShort: true })).toBe(66_600)
    expect(parseClock('24:00:00')).toBeUndefined()
    expect(parseClock('7:05:00')).toBeUndefined()
    expect(isClockHHMM('05:45')).toBe(true)
    expect(isClockHHMM('05:60')).toBe(false)
    expect(isClockHHMMSS('23:59:59')).toBe(true)
    expect(isClockHHMMSS('23:59')).toBe(false)
  })

  it('formats clock times, durations and lengths', () => {
    expect(formatClock(66_615)).toBe('18:30:15')
    expect(formatClock(86_400 + 65)).toBe('00:01:05')
    expect(formatClock(-30)).toBe('23:59:30')
    expect(formatDurationHMS(3505)).toBe('00:58:25')
    expect(formatDurationHMS(-75)).toBe('-00:01:15')
    expect(formatLength(95)).toBe('1:35')
    expect(formatLength(-15)).toBe('-0:15')
    expect(formatLength(3725)).toBe('01:02:05')
  })

  it('checks calendar dates and names their weekday', () => {
    expect(isISODate('2026-02-28')).toBe(true)
    expect(isISODate('2026-02-29')).toBe(false)
    expect(isISODate('2028-02-29')).toBe(true)
    expect(isISODate('2026-2-3')).toBe(false)
    expect(isISODate(20260101)).toBe(false)
    expect(vietnameseDate('2026-09-02')).toBe('02/09/2026')
    expect(weekdayOf('2026-09-02')).toBe('wed')
    expect(weekdayOf('2026-03-01')).toBe('sun')
  })
})
