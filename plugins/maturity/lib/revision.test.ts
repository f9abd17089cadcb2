import { describe, expect, it } from '@jest/globals'

import {
  checksRevision,
  isMissingRevision,
  parseRevision,
  REVISION_CHECK,
  staleRevisionMessage,
  storedRevision,
} from './revision'

describe('checksRevision', () => {
  it('checks clients over REST and GraphQL, not the Local API', () => {
    expect(checksRevision('REST', {})).toBe(true)
    expect(checksRevision('GraphQL', {})).toBe(true)
    expect(checksRevision('local', {})).toBe(false)
    expect(checksRevision(undefined, {})).toBe(false)
  })

  it('lets server code inside an HTTP request skip it, and server code that read earlier ask for it', () => {
    expect(checksRevision('REST', { [REVISION_CHECK]: 'skip' })).toBe(false)
    expect(checksRevision('local', { [REVISION_CHECK]: 'enforce' })).toBe(true)
    expect(checksRevision('REST', { [REVISION_CHECK]: 'enforce' })).toBe(true)
    // Anything else is no instruction: the API decides.
    expect(checksRevision('local', { [REVISION_CHECK]: true })).toBe(false)
    expect(checksRevision('REST', { [REVISION_CHECK]: false })).toBe(true)
  })
})

describe('parseRevision and storedRevision', () => {
  it('takes whole non-negative numbers and their digits, nothing else', () => {
    expect(parseRevision(0)).toBe(0)
    expect(parseRevision(7)).toBe(7)
    expect(parseRevision(' 12 ')).toBe(12)
    for (const bad of [-1, 1.5, NaN, Infinity, '1e3', '3a', '', true, null, undefined, [3], { revision: 3 }])
      expect(parseRevision(bad)).toBeUndefined()
  })

  it('reads a row saved before the field existed as revision 0', () => {
    expect(storedRevision(null)).toBe(0)
    expect(storedRevision(undefined)).toBe(0)
    expect(storedRevision(4)).toBe(4)
  })

  it('counts only absent values as missing: 0 is a revision', () => {
    expect(isMissingRevision(undefined)).toBe(true)
    expect(isMissingRevision(null)).toBe(true)
    expect(isMissingRevision('')).toBe(true)
    expect(isMissingRevision(0)).toBe(false)
  })
})

describe('staleRevisionMessage', () => {
  it('names both revisions and tells the user to reload and re-apply, in Vietnamese', () => {
    expect(staleRevisionMessage(5, 3)).toBe(
      'Bản tự đánh giá đã được người khác lưu (phiên bản 5, bạn đang sửa phiên bản 3). Hãy tải lại bản tự đánh giá và áp dụng lại thay đổi của bạn.',
    )
  })
})
