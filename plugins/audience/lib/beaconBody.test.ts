import { describe, expect, it } from '@jest/globals'

import { parseBeacon } from './beaconBody'

const body = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value))

describe('beacon body', () => {
  it('reads a story by id or slug, with website as the default platform', () => {
    expect(parseBeacon(body({ story: 12, event: 'view' }))).toEqual({
      story: { id: 12 },
      event: 'view',
      seconds: 0,
      platform: 'website',
    })
    expect(parseBeacon(body({ story: '12', event: 'share', platform: 'app' }))).toMatchObject({
      story: { id: 12 },
      platform: 'app',
    })
    expect(parseBeacon(body({ story: 'mua-lua-boi-thu', event: 'watch', seconds: 90.5 }))).toMatchObject({
      story: { slug: 'mua-lua-boi-thu' },
      seconds: 90.5,
    })
  })

  it.each([
    ['not json', '{story:1', 400],
    ['an array', [1], 400],
    ['null', 'null', 400],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), 400],
    ['an unknown field', { story: 1, event: 'view', ip: '1.2.3.4' }, 400],
    ['a missing story', { event: 'view' }, 400],
    ['a story id PostgreSQL cannot hold', { story: 99999999999, event: 'view' }, 400],
    ['a negative story id', { story: -1, event: 'view' }, 400],
    ['a story of the wrong type', { story: true, event: 'view' }, 400],
    ['a slug with odd characters', { story: '../etc/passwd', event: 'view' }, 400],
    ['an unknown event', { story: 1, event: 'click' }, 400],
    ['seconds as text', { story: 1, event: 'watch', seconds: '60' }, 400],
    ['negative seconds', { story: 1, event: 'watch', seconds: -1 }, 400],
    ['more than four hours', { story: 1, event: 'watch', seconds: 14_401 }, 400],
    ['a watch without seconds', { story: 1, event: 'watch' }, 400],
    ['an unknown platform', { story: 1, event: 'view', platform: 'myspace' }, 400],
    ['a platform the beacon may not report', { story: 1, event: 'view', platform: 'youtube' }, 400],
    ['a body over 2 KB', { story: 'a'.repeat(2100), event: 'view' }, 413],
  ])('refuses %s', (_name, value, status) => {
    const result = parseBeacon(value instanceof Uint8Array ? value : body(value))
    expect(result).toMatchObject({ status })
    expect((result as { message: string }).message.length).toBeGreaterThan(10)
  })

  it('accepts the limits themselves', () => {
    expect(parseBeacon(body({ story: 1, event: 'watch', seconds: 14_400 }))).toMatchObject({
      seconds: 14_400,
    })
    expect(parseBeacon(body({ story: 1, event: 'listen', seconds: 0 }))).toMatchObject({ seconds: 0 })
  })
})
