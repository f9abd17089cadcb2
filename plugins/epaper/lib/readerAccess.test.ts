import { describe, expect, it } from '@jest/globals'

import { decideAccess, viewerOf, vietnamDay } from './readerAccess'

const NOW = new Date('2026-03-10T05:00:00Z') // 12:00 in Hà Nội

describe('viewerOf', () => {
  it('tells staff, subscribers, other logins and the public apart', () => {
    expect(viewerOf(null)).toEqual({ kind: 'anonymous' })
    expect(viewerOf({ collection: 'users', role: 'editor' })).toEqual({ kind: 'staff' })
    expect(viewerOf({ collection: 'users', role: 'apiClient' })).toEqual({ kind: 'other' })
    expect(
      viewerOf({ collection: 'subscribers', email: 'a@b.vn', validUntil: '2026-04-01T00:00:00.000Z' }),
    ).toEqual({ kind: 'subscriber', email: 'a@b.vn', active: true, validUntil: '2026-04-01T00:00:00.000Z' })
  })
})

describe('decideAccess', () => {
  const subscriber = (validUntil: string | null, active = true) =>
    viewerOf({ collection: 'subscribers', email: 'a@b.vn', validUntil, active })

  it('lets everyone read a free e-paper', () => {
    expect(decideAccess('free', { kind: 'anonymous' }, NOW)).toEqual({ ok: true })
  })

  it('asks the public to log in when reading is for subscribers', () => {
    expect(decideAccess('subscribers', { kind: 'anonymous' }, NOW)).toMatchObject({
      ok: false,
      status: 401,
      reason: 'login',
    })
    expect(decideAccess('subscribers', { kind: 'other' }, NOW)).toMatchObject({ ok: false, status: 401 })
    expect(decideAccess('subscribers', { kind: 'staff' }, NOW)).toEqual({ ok: true })
  })

  it('reads a subscription to the end of its last day in Vietnam time', () => {
    // 2026-03-09T17:00Z is midnight of 10 March in Hà Nội: the subscription's last day is today.
    expect(decideAccess('subscribers', subscriber('2026-03-09T17:00:00.000Z'), NOW)).toEqual({ ok: true })
    expect(decideAccess('subscribers', subscriber('2026-03-10T12:00:00.000Z'), NOW)).toEqual({ ok: true })
    const expired = decideAccess('subscribers', subscriber('2026-03-08T12:00:00.000Z'), NOW)
    expect(expired).toMatchObject({ ok: false, status: 403, reason: 'expired' })
    expect((expired as { message: string }).message).toContain('đã hết hạn ngày 08/03/2026')
  })

  it('refuses subscriptions without an end date and locked accounts', () => {
    expect(decideAccess('subscribers', subscriber(null), NOW)).toMatchObject({ reason: 'expired' })
    expect(decideAccess('subscribers', subscriber('2027-01-01T00:00:00.000Z', false), NOW)).toMatchObject({
      ok: false,
      status: 403,
      reason: 'inactive',
    })
  })
})

describe('vietnamDay', () => {
  it('shifts instants to UTC+7', () => {
    expect(vietnamDay(Date.parse('2026-03-09T16:59:59Z'))).toBe('2026-03-09')
    expect(vietnamDay(Date.parse('2026-03-09T17:00:00Z'))).toBe('2026-03-10')
  })
})
