import { describe, expect, it } from '@jest/globals'
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai'

import { backoffMs, classifyFailure, permanentMessage, retryAfterMs, unavailableMessage } from './failures'
import { AnswerFormatError } from './parseOutput'

const apiError = (status: number, headers: Record<string, string> = {}, message = 'Lỗi máy chủ') =>
  APIError.generate(status, { error: { message } }, undefined, new Headers(headers))

describe('retryAfterMs', () => {
  const now = Date.parse('2026-03-01T00:00:00Z')

  it('reads retry-after-ms, seconds and HTTP dates', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '1500.2' }), now)).toBe(1501)
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }), now)).toBe(2000)
    expect(retryAfterMs(new Headers({ 'retry-after': 'Sun, 01 Mar 2026 00:00:30 GMT' }), now)).toBe(30_000)
    expect(retryAfterMs(new Headers({ 'retry-after': 'Sat, 28 Feb 2026 00:00:00 GMT' }), now)).toBe(0)
  })

  it('prefers retry-after-ms and ignores what it cannot read', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '10', 'retry-after': '5' }), now)).toBe(10)
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined()
    expect(retryAfterMs(undefined, now)).toBeUndefined()
  })
})

describe('backoffMs', () => {
  it('doubles from 500 ms with ±25% jitter, capped at 8 s', () => {
    expect(backoffMs(0, () => 0.5)).toBe(500)
    expect(backoffMs(2, () => 0)).toBe(1500)
    expect(backoffMs(2, () => 1)).toBe(2500)
    expect(backoffMs(10, () => 0.5)).toBe(8000)
  })
})

describe('classifyFailure', () => {
  it('retries 429 and 5xx with their Retry-After', () => {
    expect(classifyFailure(apiError(429, { 'retry-after': '3' }))).toEqual({
      kind: 'transient',
      status: 429,
      retryAfterMs: 3000,
      detail: 'Lỗi máy chủ',
    })
    expect(classifyFailure(apiError(503))).toMatchObject({ kind: 'transient', status: 503 })
  })

  it('retries timeouts and connection errors', () => {
    expect(classifyFailure(new APIConnectionTimeoutError())).toMatchObject({
      kind: 'transient',
      timeout: true,
    })
    const refused = new APIConnectionError({ cause: new Error('connect ECONNREFUSED 127.0.0.1:9') })
    expect(classifyFailure(refused)).toEqual({
      kind: 'transient',
      detail: 'connect ECONNREFUSED 127.0.0.1:9',
    })
    const nested = new APIConnectionError({
      cause: new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND ai.example.vn') }),
    })
    expect(classifyFailure(nested)).toMatchObject({ detail: 'getaddrinfo ENOTFOUND ai.example.vn' })
    expect(classifyFailure(new APIConnectionError({}))).toMatchObject({ detail: 'Connection error.' })
  })

  it('gives up on other 4xx and leaves aborts and bugs alone', () => {
    expect(classifyFailure(apiError(401, {}, 'Incorrect API key provided.'))).toEqual({
      kind: 'permanent',
      status: 401,
      detail: 'Incorrect API key provided.',
    })
    expect(classifyFailure(apiError(422))).toMatchObject({ kind: 'permanent', status: 422 })
    expect(classifyFailure(new APIUserAbortError())).toBeUndefined()
    expect(classifyFailure(new TypeError('x is undefined'))).toBeUndefined()
  })

  it('treats an unreadable body or answer as malformed', () => {
    expect(classifyFailure(new SyntaxError('Unexpected end of JSON input'))).toMatchObject({
      kind: 'malformed',
    })
    expect(classifyFailure(new AnswerFormatError('Thiếu "options".'))).toMatchObject({ kind: 'malformed' })
  })
})

describe('messages', () => {
  it('names the status and the host', () => {
    expect(permanentMessage(401, 'Incorrect API key provided.', 'ai.example.vn', 'm')).toBe(
      'Khóa API bị từ chối (401) tại ai.example.vn: Incorrect API key provided. Kiểm tra khóa API trong cấu hình AI.',
    )
    expect(permanentMessage(404, 'no such model', 'h:1', 'qwen')).toContain('"qwen"')
    expect(
      unavailableMessage(
        { kind: 'transient', status: 429, retryAfterMs: 120_000, detail: '' },
        'h:1',
        3,
        1000,
      ),
    ).toBe('Máy chủ AI h:1 đang giới hạn số yêu cầu (429), yêu cầu chờ 120 giây (đã thử 3 lần).')
    expect(
      unavailableMessage({ kind: 'transient', timeout: true, detail: 'timeout' }, 'h:1', 1, 30_000),
    ).toBe('Máy chủ AI h:1 không trả lời trong 30 giây.')
  })
})
