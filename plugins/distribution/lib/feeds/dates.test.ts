import { describe, expect, it } from '@jest/globals'

import { parseDate, rfc822Date, w3cDate } from './dates'

describe('rfc822Date', () => {
  it('writes the Vietnam wall clock with its real +0700 offset', () => {
    expect(rfc822Date('2024-11-05T07:30:00.000Z')).toBe('Tue, 05 Nov 2024 14:30:00 +0700')
  })

  it('rolls the day over in the local zone', () => {
    expect(rfc822Date('2024-12-31T20:05:09Z')).toBe('Wed, 01 Jan 2025 03:05:09 +0700')
  })

  it('follows daylight saving where the zone has it, and UTC when asked', () => {
    expect(rfc822Date('2024-07-01T12:00:00Z', 'Europe/Berlin')).toBe('Mon, 01 Jul 2024 14:00:00 +0200')
    expect(rfc822Date('2024-01-01T12:00:00Z', 'Europe/Berlin')).toBe('Mon, 01 Jan 2024 13:00:00 +0100')
    expect(rfc822Date('2024-01-01T12:00:00Z', 'UTC')).toBe('Mon, 01 Jan 2024 12:00:00 +0000')
    expect(rfc822Date('2024-01-01T12:00:00Z', 'America/St_Johns')).toBe('Mon, 01 Jan 2024 08:30:00 -0330')
  })

  it('gives undefined for missing or unparseable dates', () => {
    expect(rfc822Date(undefined)).toBeUndefined()
    expect(rfc822Date('không phải ngày')).toBeUndefined()
  })
})

describe('w3cDate', () => {
  it('writes RFC 3339 with the offset that the same instant has', () => {
    const text = w3cDate('2024-11-05T07:30:00.000Z')
    expect(text).toBe('2024-11-05T14:30:00+07:00')
    expect(parseDate(text)?.toISOString()).toBe('2024-11-05T07:30:00.000Z')
  })
})
