import { describe, expect, it } from '@jest/globals'

import { displayDay, editionDay, editionTitle, storedEditionDate } from './editionDate'

describe('editionDay', () => {
  it('keeps a bare day as it is', () => {
    expect(editionDay('2026-11-22')).toBe('2026-11-22')
    expect(editionDay('2026-02-30')).toBeUndefined()
  })

  it('reads a time as the day it is in Vietnam', () => {
    // The admin's day picker sends noon UTC; late evening UTC is already the next day in Hà Nội.
    expect(editionDay('2026-11-22T12:00:00.000Z')).toBe('2026-11-22')
    expect(editionDay('2026-11-21T18:30:00.000Z')).toBe('2026-11-22')
    expect(editionDay('2026-11-22T00:30:00+07:00')).toBe('2026-11-22')
    expect(editionDay(new Date(Date.UTC(2026, 0, 1, 16, 59)))).toBe('2026-01-01')
    expect(editionDay(new Date(Date.UTC(2026, 0, 1, 17, 0)))).toBe('2026-01-02')
  })

  it('rejects what is not a date', () => {
    for (const value of ['hôm nay', '', 20261122, null, undefined, {}])
      expect(editionDay(value)).toBeUndefined()
  })

  it('stores the day at midnight UTC, which reads back as the same day', () => {
    const stored = storedEditionDate('2026-11-22')
    expect(stored).toBe('2026-11-22T00:00:00.000Z')
    expect(editionDay(stored)).toBe('2026-11-22')
  })
})

describe('titles', () => {
  it('formats the day and the title the Vietnamese way', () => {
    expect(displayDay('2026-03-05T00:00:00.000Z')).toBe('05/03/2026')
    expect(editionTitle(123, '2026-11-22T00:00:00.000Z')).toBe('Số 123 — 22/11/2026')
    expect(editionTitle(7, undefined)).toBe('Số 7')
  })
})
