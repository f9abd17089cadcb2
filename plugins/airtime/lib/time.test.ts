import { describe, expect, it } from '@jest/globals'

import {
  addDays,
  daysBetween,
  formatClock,
  formatDuration,
  parseClock,
  parseDuration,
  parseScheduleDate,
} from './time'

describe('dates', () => {
  it('reads dd/mm/yyyy and yyyy-mm-dd, refusing dates that do not exist', () => {
    expect(parseScheduleDate('02/03/2026')).toBe('2026-03-02')
    expect(parseScheduleDate('2.3.2026')).toBe('2026-03-02')
    expect(parseScheduleDate('2026-03-02')).toBe('2026-03-02')
    expect(parseScheduleDate('29/02/2028')).toBe('2028-02-29')
    expect(parseScheduleDate('29/02/2026')).toBeUndefined()
    expect(parseScheduleDate('03/13/2026')).toBeUndefined()
    expect(parseScheduleDate('2026-3-2')).toBeUndefined()
    expect(parseScheduleDate('hôm nay')).toBeUndefined()
  })

  it('counts days across months and years', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
    expect(daysBetween('2026-01-01', '2026-04-02')).toBe(91)
    expect(daysBetween('2026-03-02', '2026-03-01')).toBe(-1)
  })
})

describe('clock times', () => {
  it('reads HH:MM and HH:MM:SS, with 24:00 only as an end', () => {
    expect(parseClock('06:30')).toBe(23_400)
    expect(parseClock('6:30:15')).toBe(23_415)
    expect(parseClock('23:59:59')).toBe(86_399)
    expect(parseClock('24:00')).toBeUndefined()
    expect(parseClock('24:00', { allowMidnightEnd: true })).toBe(86_400)
    expect(parseClock('24:01', { allowMidnightEnd: true })).toBeUndefined()
    expect(parseClock('12:60')).toBeUndefined()
    expect(parseClock('7h30')).toBeUndefined()
  })

  it('writes HH:MM:SS, wrapping past midnight, and lengths in words', () => {
    expect(formatClock(23_415)).toBe('06:30:15')
    expect(formatClock(86_400 + 1_800)).toBe('00:30:00')
    expect(formatDuration(3_900)).toBe('1 giờ 05 phút')
    expect(formatDuration(2_730)).toBe('45 phút 30 giây')
  })
})

describe('durations', () => {
  it('reads seconds, H:MM:SS and MM:SS', () => {
    expect(parseDuration('1800')).toEqual({ seconds: 1_800 })
    expect(parseDuration('1:05:00')).toEqual({ seconds: 3_900 })
    expect(parseDuration('90:00')).toEqual({ seconds: 5_400 })
    expect(parseDuration('04:30')).toEqual({ seconds: 270 })
  })

  it('refuses negative, zero, malformed and longer-than-a-day lengths', () => {
    expect(parseDuration('-300')).toEqual({ error: 'thời lượng "-300" là số âm' })
    expect(parseDuration('-00:05:00')).toEqual({ error: 'thời lượng "-00:05:00" là số âm' })
    expect(parseDuration('0')).toEqual({ error: 'thời lượng bằng 0' })
    expect(parseDuration('00:00:00')).toEqual({ error: 'thời lượng bằng 0' })
    expect(parseDuration('1:75:00')).toHaveProperty('error', expect.stringMatching(/không hợp lệ/))
    expect(parseDuration('30 phút')).toHaveProperty('error', expect.stringMatching(/không hợp lệ/))
    expect(parseDuration('86401')).toHaveProperty('error', expect.stringMatching(/dài hơn một ngày/))
  })
})
