import {
  addDays,
  dayCount,
  dayInZone,
  dayOfStored,
  daysFrom,
  mondayOf,
  parseDay,
  planDayOf,
  storedPlanDate,
} from './days'

const TZ = 'Asia/Ho_Chi_Minh'

describe('plan days', () => {
  it('accepts only real YYYY-MM-DD days', () => {
    expect(parseDay('2026-03-10')).toBe('2026-03-10')
    expect(parseDay('2028-02-29')).toBe('2028-02-29')
    expect(parseDay('2026-02-29')).toBeUndefined()
    expect(parseDay('2026-02-30')).toBeUndefined()
    expect(parseDay('2026-13-01')).toBeUndefined()
    expect(parseDay('10/03/2026')).toBeUndefined()
    expect(parseDay('2026-3-1')).toBeUndefined()
    expect(parseDay(20260310)).toBeUndefined()
  })

  it('reads timestamps as the day in Vietnam', () => {
    // The admin's day-only picker sends 12:00 UTC of the chosen day.
    expect(planDayOf('2026-03-10T12:00:00.000Z', TZ)).toBe('2026-03-10')
    // Local midnight is still the evening before in UTC.
    expect(planDayOf('2026-03-10T00:00:00+07:00', TZ)).toBe('2026-03-10')
    expect(planDayOf('2026-03-09T17:00:00.000Z', TZ)).toBe('2026-03-10')
    expect(planDayOf('2026-03-09T16:59:59.000Z', TZ)).toBe('2026-03-09')
    expect(planDayOf(new Date('2026-03-10T20:00:00Z'), TZ)).toBe('2026-03-11')
    expect(planDayOf('2026-02-30', TZ)).toBeUndefined()
    expect(planDayOf('ngày mai', TZ)).toBeUndefined()
    expect(planDayOf('March 5', TZ)).toBeUndefined()
    expect(planDayOf(new Date('x'), TZ)).toBeUndefined()
    expect(planDayOf(42, TZ)).toBeUndefined()
  })

  it('stores a day at noon UTC and reads it back', () => {
    expect(storedPlanDate('2026-03-10')).toBe('2026-03-10T12:00:00.000Z')
    expect(dayOfStored('2026-03-10T12:00:00.000Z')).toBe('2026-03-10')
    expect(dayInZone(new Date('2026-12-31T18:00:00Z'), TZ)).toBe('2027-01-01')
  })

  it('counts and walks days across months and leap years', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
    expect(dayCount('2026-03-01', '2026-03-01')).toBe(1)
    expect(dayCount('2026-03-01', '2026-05-01')).toBe(62)
    expect(dayCount('2026-03-02', '2026-03-01')).toBe(0)
    expect(daysFrom('2026-02-27', '2026-03-02')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ])
    expect(daysFrom('2026-03-02', '2026-03-01')).toEqual([])
  })

  it('finds the Monday of a week', () => {
    expect(mondayOf('2026-03-09')).toBe('2026-03-09') // Monday
    expect(mondayOf('2026-03-15')).toBe('2026-03-09') // Sunday
    expect(mondayOf('2026-03-11')).toBe('2026-03-09')
    expect(mondayOf('2026-01-01')).toBe('2025-12-29')
  })
})
