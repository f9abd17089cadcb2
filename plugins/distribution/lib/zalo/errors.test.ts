import { describe, expect, it } from '@jest/globals'

import { DeliveryError } from '../../types'
import { isArticleGone, parseRetryAfter, zaloCodeError, zaloHttpError } from './errors'

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('7')).toBe(7000)
    expect(parseRetryAfter('Thu, 01 Jan 2099 00:00:10 GMT', Date.parse('2099-01-01T00:00:00Z'))).toBe(10_000)
    expect(parseRetryAfter('soon')).toBeUndefined()
    expect(parseRetryAfter(null)).toBeUndefined()
  })
})

describe('zaloCodeError', () => {
  it('marks token codes as rejected credentials', () => {
    expect(zaloCodeError('tạo bài viết', -216, 'Access token is invalid')).toMatchObject({
      credentialsRejected: true,
      platformMessage: 'Access token is invalid',
    })
  })

  it('retries the documented transient codes only', () => {
    expect(zaloCodeError('x', -32, 'quota')).toMatchObject({ retryable: true, retryAfterMs: 60_000 })
    expect(zaloCodeError('x', -201, 'Parameters are invalid')).toMatchObject({ retryable: false })
  })
})

describe('zaloHttpError', () => {
  it('maps statuses', () => {
    expect(zaloHttpError('x', 503, null, undefined)).toMatchObject({ retryable: true, status: 503 })
    expect(zaloHttpError('x', 429, '3', 'slow down')).toMatchObject({ retryable: true, retryAfterMs: 3000 })
    expect(zaloHttpError('x', 401, null, undefined)).toMatchObject({ credentialsRejected: true })
    expect(zaloHttpError('x', 400, null, 'bad')).toMatchObject({ retryable: false, platformMessage: 'bad' })
  })
})

describe('isArticleGone', () => {
  it('recognises a missing article, not other refusals', () => {
    expect(isArticleGone(zaloCodeError('x', -201, 'Article does not exist'))).toBe(true)
    expect(isArticleGone(zaloHttpError('x', 404, null, undefined))).toBe(true)
    expect(isArticleGone(zaloCodeError('x', -201, 'Parameters are invalid'))).toBe(false)
    expect(
      isArticleGone(new DeliveryError('not found', { retryable: true, platformMessage: 'not found' })),
    ).toBe(false)
  })
})
