import { signPath, verifySignedPath } from './signedUrl'

const secret = 'a-secret-of-at-least-thirty-two-characters'
const now = new Date('2026-03-01T08:00:00Z')
const inTenMinutes = new Date(now.getTime() + 10 * 60_000)

describe('signed media paths', () => {
  it('signs with expires and a base64url signature, and verifies until it expires', () => {
    const signed = signPath('/media/renditions/12/mp4.mp4', secret, inTenMinutes)
    expect(signed).toMatch(/^\/media\/renditions\/12\/mp4\.mp4\?expires=\d+&sig=[A-Za-z0-9_-]{43}$/)
    expect(new URL(signed, 'http://x').searchParams.get('expires')).toBe(
      String(inTenMinutes.getTime() / 1000),
    )

    expect(verifySignedPath(signed, secret, now)).toEqual({ ok: true })
    expect(verifySignedPath(signed, secret, new Date(inTenMinutes.getTime() - 1))).toEqual({ ok: true })
    expect(verifySignedPath(signed, secret, inTenMinutes)).toEqual({ ok: false, reason: 'expired' })
  })

  it('accepts the path and query separately, as routers hand them over', () => {
    const signed = signPath('/media/renditions/12/mp4.mp4', secret, inTenMinutes)
    const url = new URL(signed, 'http://x')
    expect(verifySignedPath(url.pathname, url.searchParams, secret, now)).toEqual({ ok: true })
    expect(verifySignedPath(url.pathname, url.search, secret, now)).toEqual({ ok: true })
    expect(verifySignedPath(url.pathname, Object.fromEntries(url.searchParams), secret, now)).toEqual({
      ok: true,
    })
  })

  it('treats encoded and decoded Vietnamese paths alike', () => {
    const signed = signPath('/media/renditions/12/ảnh-Đà-Nẵng.webp', secret, inTenMinutes)
    const encoded = new URL(signed, 'http://x')
    expect(encoded.pathname).toContain('%E1%BA%A3nh')
    expect(verifySignedPath(encoded.pathname + encoded.search, secret, now)).toEqual({ ok: true })
    expect(verifySignedPath(signed, secret, now)).toEqual({ ok: true })
  })

  it('covers other query parameters, in any order', () => {
    const signed = signPath('/media/x.pdf?download=1&name=b%E1%BA%A3n', secret, inTenMinutes)
    expect(verifySignedPath(signed, secret, now)).toEqual({ ok: true })
    const [, query] = signed.split('?')
    const reordered = new URLSearchParams(query)
    reordered.sort()
    expect(verifySignedPath('/media/x.pdf', reordered, secret, now)).toEqual({ ok: true })
    expect(verifySignedPath(signed.replace('download=1', 'download=0'), secret, now)).toEqual({
      ok: false,
      reason: 'bad-signature',
    })
  })

  it('refuses tampering, other paths and other secrets', () => {
    const signed = signPath('/media/renditions/12/mp4.mp4', secret, inTenMinutes)
    const later = String(inTenMinutes.getTime() / 1000 + 3600)
    const bad = { ok: false, reason: 'bad-signature' }
    expect(verifySignedPath(signed.replace(/expires=\d+/, `expires=${later}`), secret, now)).toEqual(bad)
    expect(verifySignedPath(signed.replace('/12/', '/13/'), secret, now)).toEqual(bad)
    expect(verifySignedPath(signed, `${secret}!`, now)).toEqual(bad)
    expect(verifySignedPath(signed.replace(/sig=[^&]+/, 'sig=AAAA'), secret, now)).toEqual(bad)
    expect(verifySignedPath(signed.replace(/expires=\d+/, 'expires=soon'), secret, now)).toEqual(bad)
    // A slash smuggled in as %2F is not the same path.
    const slashy = signPath('/media/a/b', secret, inTenMinutes)
    expect(verifySignedPath(slashy.replace('/a/b', '/a%2Fb'), secret, now)).toEqual(bad)
  })

  it('says when the signature is missing', () => {
    const missing = { ok: false, reason: 'missing' }
    expect(verifySignedPath('/media/x.webp', secret, now)).toEqual(missing)
    expect(verifySignedPath('/media/x.webp?expires=1', secret, now)).toEqual(missing)
    expect(verifySignedPath('/media/x.webp', { sig: 'abc' }, secret, now)).toEqual(missing)
  })

  it('refuses to sign twice or with an empty secret', () => {
    const signed = signPath('/media/x.webp', secret, inTenMinutes)
    expect(() => signPath(signed, secret, inTenMinutes)).toThrow('already signed')
    expect(() => signPath('/media/x.webp', '', inTenMinutes)).toThrow('secret')
  })
})
