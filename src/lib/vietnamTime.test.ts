import { vietnamDay, vietnamDayStart, vietnamMonth, vietnamYearRange } from './vietnamTime'

describe('vietnamTime', () => {
  it('puts 17:00 UTC onwards on the next Vietnam day', () => {
    expect(vietnamDay('2026-12-31T16:59:59.999Z')).toBe('2026-12-31')
    expect(vietnamDay('2026-12-31T17:00:00.000Z')).toBe('2027-01-01')
    expect(vietnamMonth('2026-01-31T17:00:00.000Z')).toBe('2026-02')
  })

  it('starts a Vietnam day at 17:00 UTC the day before', () => {
    expect(vietnamDayStart('2026-03-01').toISOString()).toBe('2026-02-28T17:00:00.000Z')
    const { from, to } = vietnamYearRange(2025)
    expect(from.toISOString()).toBe('2024-12-31T17:00:00.000Z')
    expect(to.toISOString()).toBe('2025-12-31T17:00:00.000Z')
  })
})
