import { describe, expect, it } from '@jest/globals'

import { needsRefresh, refreshedCredentials } from './tokens'

const now = Date.parse('2025-06-01T00:00:00Z')
const at = (ms: number) => new Date(now + ms).toISOString()

describe('needsRefresh', () => {
  it('refreshes a missing, unreadable, expiring or refused token', () => {
    expect(needsRefresh({}, now)).toBe(true)
    expect(needsRefresh({ accessToken: 'a', accessTokenExpiresAt: 'later' }, now)).toBe(true)
    expect(needsRefresh({ accessToken: 'a', accessTokenExpiresAt: at(4 * 60_000) }, now)).toBe(true)
    expect(needsRefresh({ accessToken: 'a', accessTokenExpiresAt: at(3600_000) }, now, 'a')).toBe(true)
  })

  it('keeps a good token, including one another worker just refreshed', () => {
    expect(needsRefresh({ accessToken: 'a', accessTokenExpiresAt: at(6 * 60_000) }, now)).toBe(false)
    expect(needsRefresh({ accessToken: 'b', accessTokenExpiresAt: at(3600_000) }, now, 'a')).toBe(false)
  })
})

describe('refreshedCredentials', () => {
  it('stores both tokens and the expiry from expires_in (a string of seconds)', () => {
    const current = { appId: '1', secretKey: 's', accessToken: 'a', refreshToken: 'r' }
    expect(
      refreshedCredentials(current, { access_token: 'a2', refresh_token: 'r2', expires_in: '90000' }, now),
    ).toEqual({
      appId: '1',
      secretKey: 's',
      accessToken: 'a2',
      refreshToken: 'r2',
      accessTokenExpiresAt: at(90_000_000),
    })
  })

  it('assumes an hour when expires_in is missing', () => {
    expect(
      refreshedCredentials({}, { access_token: 'a2', refresh_token: 'r2' }, now).accessTokenExpiresAt,
    ).toBe(at(3600_000))
  })
})
