import { describe, expect, it } from '@jest/globals'

import {
  asSourceResult,
  errorForResponse,
  parseRetryAfter,
  platformMessageOf,
  type SourceResponse,
} from './http'

const response = (status: number, body: unknown, headers: Record<string, string> = {}): SourceResponse => {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status, headers: new Headers(headers), text, json }
}

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-03-10T00:00:00Z')
    expect(parseRetryAfter('2', now)).toBe(2000)
    expect(parseRetryAfter('0.5', now)).toBe(500)
    expect(parseRetryAfter('Tue, 10 Mar 2026 00:00:30 GMT', now)).toBe(30_000)
    expect(parseRetryAfter('Mon, 09 Mar 2026 00:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })
})

describe('platformMessageOf', () => {
  it('finds the system’s words in the documented shape and common variants', () => {
    expect(platformMessageOf({ error: { code: 'x', message: 'Mã xã không hợp lệ' } }, '')).toBe(
      'Mã xã không hợp lệ',
    )
    expect(platformMessageOf({ message: 'Bad' }, '')).toBe('Bad')
    expect(platformMessageOf({ error: 'Nope' }, '')).toBe('Nope')
    expect(platformMessageOf({ errors: [{ message: 'First' }] }, '')).toBe('First')
    expect(platformMessageOf(undefined, '  Gateway Timeout ')).toBe('Gateway Timeout')
    expect(platformMessageOf(undefined, 'x'.repeat(900))).toHaveLength(500)
    expect(platformMessageOf({}, '{}')).toBeUndefined()
  })
})

describe('asSourceResult', () => {
  it('needs an id and a status', () => {
    expect(asSourceResult({ id: 'story-1', status: 'scheduled', version: 2, extra: 1 })).toEqual({
      id: 'story-1',
      status: 'scheduled',
      version: 2,
    })
    expect(asSourceResult({ id: 'story-1', status: 'accepted', stale: true })).toMatchObject({ stale: true })
    expect(asSourceResult({ id: 'story-1' })).toBeUndefined()
    expect(asSourceResult('ok')).toBeUndefined()
  })
})

describe('errorForResponse', () => {
  it('retries overload and server errors, with the wait asked for', () => {
    expect(
      errorForResponse(response(429, { error: { message: 'Chậm lại' } }, { 'retry-after': '3' })),
    ).toMatchObject({
      retryable: true,
      retryAfterMs: 3000,
      status: 429,
      platformMessage: 'Chậm lại',
    })
    expect(errorForResponse(response(503, 'Service Unavailable'))).toMatchObject({
      retryable: true,
      status: 503,
      platformMessage: 'Service Unavailable',
    })
    expect(errorForResponse(response(409, { error: { message: 'in progress' } }))).toMatchObject({
      retryable: true,
    })
  })

  it('fails for good on rejections, flagging a refused key', () => {
    const rejected = errorForResponse(
      response(400, { error: { code: 'invalid_bulletin', message: 'Thiếu lịch' } }),
    )
    expect(rejected).toMatchObject({ retryable: false, status: 400, platformMessage: 'Thiếu lịch' })
    expect(rejected.message).toMatch(/từ chối bản tin \(HTTP 400\): Thiếu lịch/)
    expect(errorForResponse(response(401, { error: { message: 'bad key' } }))).toMatchObject({
      retryable: false,
      credentialsRejected: true,
    })
  })
})
