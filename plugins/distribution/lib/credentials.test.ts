import { describe, expect, it } from '@jest/globals'

import { credentialsKey, mergeCredentials, openCredentials, sealCredentials } from './credentials'

const key = credentialsKey('a secret of the newsroom')

describe('target credentials at rest', () => {
  it('round-trips and never shows the plaintext in the sealed form', () => {
    const sealed = sealCredentials({ accessToken: 'tok-Đà-Nẵng', refreshToken: 'r1' }, key)
    expect(sealed).not.toContain('tok')
    expect(sealed.startsWith('v1.')).toBe(true)
    expect(openCredentials(sealed, key)).toEqual({ accessToken: 'tok-Đà-Nẵng', refreshToken: 'r1' })
  })

  it('uses a fresh IV each time', () => {
    expect(sealCredentials({ a: 'b' }, key)).not.toBe(sealCredentials({ a: 'b' }, key))
  })

  it('refuses a tampered blob and a wrong key with a clear message', () => {
    const sealed = sealCredentials({ a: 'b' }, key)
    const parts = sealed.split('.')
    parts[3] = Buffer.from('{"a":"c"}').toString('base64url')
    expect(() => openCredentials(parts.join('.'), key)).toThrow(/không giải mã được/i)
    expect(() => openCredentials(sealed, credentialsKey('another secret'))).toThrow(/không giải mã được/i)
    expect(() => openCredentials('garbage', key)).toThrow(/bị hỏng/)
  })

  it('reads nothing as no credentials', () => {
    expect(openCredentials(undefined, key)).toEqual({})
    expect(openCredentials('', key)).toEqual({})
  })

  it('merges changes: empty clears, other types are refused', () => {
    expect(mergeCredentials({ a: '1', b: '2' }, { a: '', c: '3' })).toEqual({ b: '2', c: '3' })
    expect(() => mergeCredentials({}, { a: 5 })).toThrow(/phải là chuỗi/)
  })
})
