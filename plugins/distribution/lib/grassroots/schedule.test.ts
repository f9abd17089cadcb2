import { describe, expect, it } from '@jest/globals'

import type { BulletinSpec } from '../../types'
import { checkSchedule, isIsoDate, isoWeekday, normaliseTime } from './schedule'

type Schedule = BulletinSpec['schedule']
const TODAY = '2026-03-10' // a Tuesday

const schedule = (overrides: Partial<Schedule> = {}): Schedule => ({
  startDate: '2026-03-10',
  endDate: '2026-03-20',
  daysOfWeek: [],
  times: ['06:30'],
  repeats: 2,
  ...overrides,
})

const fields = (result: ReturnType<typeof checkSchedule>) => result.problems.map((p) => p.field)

describe('helpers', () => {
  it('knows real dates, times of day and ISO weekdays', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2025-02-29')).toBe(false)
    expect(isIsoDate('2025-2-1')).toBe(false)
    expect(normaliseTime('7:05')).toBe('07:05')
    expect(normaliseTime('23:59')).toBe('23:59')
    expect(normaliseTime('24:00')).toBeUndefined()
    expect(normaliseTime('12:60')).toBeUndefined()
    expect(normaliseTime('noon')).toBeUndefined()
    expect(isoWeekday('2026-03-09')).toBe(1)
    expect(isoWeekday('2026-03-15')).toBe(7)
  })
})

describe('checkSchedule', () => {
  it('normalises a valid schedule: every day when none chosen, sorted unique times', () => {
    const result = checkSchedule(schedule({ times: ['17:00', '6:30', '06:30'] }), 'normal', TODAY)
    expect(result.problems).toEqual([])
    expect(result.schedule).toEqual({
      timezone: 'Asia/Ho_Chi_Minh',
      startDate: '2026-03-10',
      endDate: '2026-03-20',
      daysOfWeek: [1, 2, 3, 4, 5, 6, 7],
      times: ['06:30', '17:00'],
      repeats: 2,
      playImmediately: false,
    })
    expect(
      checkSchedule(schedule({ endDate: '', daysOfWeek: [5, 1, 5] }), 'normal', TODAY).schedule,
    ).toMatchObject({
      endDate: null,
      daysOfWeek: [1, 5],
    })
  })

  it('plays an emergency at once, with or without times', () => {
    const now = checkSchedule(schedule({ times: [] }), 'emergency', TODAY)
    expect(now.problems).toEqual([])
    expect(now.schedule).toMatchObject({ times: [], playImmediately: true })
    expect(checkSchedule(schedule({ times: ['18:00'] }), 'emergency', TODAY).schedule).toMatchObject({
      times: ['18:00'],
      playImmediately: true,
    })
  })

  it('refuses an emergency that starts after today', () => {
    const result = checkSchedule(schedule({ startDate: '2026-03-11', times: [] }), 'emergency', TODAY)
    expect(fields(result)).toEqual(['grassroots.schedule.startDate'])
    expect(result.problems[0]!.message).toMatch(/khẩn cấp/)
    expect(checkSchedule(schedule({ startDate: '2026-03-11' }), 'priority', TODAY).problems).toEqual([])
  })

  it('reports every bad part with its field', () => {
    const result = checkSchedule(
      {
        startDate: '2026-02-30',
        endDate: 'soon',
        daysOfWeek: [0, 8, 2.5],
        times: ['25:00', 'x'],
        repeats: 11,
      },
      'normal',
      TODAY,
    )
    expect(result.schedule).toBeUndefined()
    expect(fields(result)).toEqual([
      'grassroots.schedule.startDate',
      'grassroots.schedule.endDate',
      'grassroots.schedule.daysOfWeek',
      'grassroots.schedule.times',
      'grassroots.schedule.times',
      'grassroots.schedule.repeats',
    ])
    expect(fields(checkSchedule(schedule({ repeats: 0 }), 'normal', TODAY))).toEqual([
      'grassroots.schedule.repeats',
    ])
    expect(fields(checkSchedule(undefined, 'normal', TODAY))).toEqual(['grassroots.schedule'])
  })

  it('refuses schedules that would never play', () => {
    expect(checkSchedule(schedule({ times: [] }), 'normal', TODAY).problems[0]!.message).toMatch(/giờ phát/)
    expect(
      checkSchedule(schedule({ startDate: '2026-03-12', endDate: '2026-03-11' }), 'normal', TODAY)
        .problems[0]!.message,
    ).toMatch(/trước ngày bắt đầu/)
    expect(
      checkSchedule(schedule({ startDate: '2026-03-01', endDate: '2026-03-09' }), 'normal', TODAY)
        .problems[0]!.message,
    ).toMatch(/đã kết thúc/)
    // Tuesday to Thursday, Saturdays only.
    expect(
      checkSchedule(schedule({ endDate: '2026-03-12', daysOfWeek: [6] }), 'normal', TODAY).problems[0]!.field,
    ).toBe('grassroots.schedule.daysOfWeek')
    expect(
      checkSchedule(schedule({ endDate: '2026-03-14', daysOfWeek: [6] }), 'normal', TODAY).problems,
    ).toEqual([])
  })
})
