import { describe, expect, it } from '@jest/globals'

import { visitorHash } from './visitor'

const UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Mobile/15E148'

describe('visitor pseudonym', () => {
  it('is stable for one reader within a day', () => {
    expect(visitorHash('s', '2026-03-02', '203.113.1.25', UA)).toBe(
      visitorHash('s', '2026-03-02', '203.113.1.25', UA),
    )
  })

  it('rotates every day, so days cannot be linked', () => {
    expect(visitorHash('s', '2026-03-02', '203.113.1.25', UA)).not.toBe(
      visitorHash('s', '2026-03-03', '203.113.1.25', UA),
    )
  })

  it('differs per address, per user agent and per secret', () => {
    const base = visitorHash('s', '2026-03-02', '203.113.1.25', UA)
    expect(visitorHash('s', '2026-03-02', '203.113.1.26', UA)).not.toBe(base)
    expect(visitorHash('s', '2026-03-02', '203.113.1.25', `${UA} x`)).not.toBe(base)
    expect(visitorHash('t', '2026-03-02', '203.113.1.25', UA)).not.toBe(base)
  })

  it('never contains the address or the user agent, in any form', () => {
    const ip = '203.113.1.25'
    const hash = visitorHash('s', '2026-03-02', ip, UA)
    expect(hash).toMatch(/^[A-Za-z0-9_-]{22}$/)
    for (const part of [
      ip,
      ip.replace(/\./g, ''),
      Buffer.from(ip).toString('hex'),
      Buffer.from(ip).toString('base64url'),
      '203',
      '113',
    ])
      expect(hash).not.toContain(part)
    expect(visitorHash('s', '2026-03-02', '2001:db8::1', UA)).not.toContain('2001')
  })
})
