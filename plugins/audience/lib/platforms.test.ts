import { describe, expect, it } from '@jest/globals'

import { BEACON_PLATFORM_KEYS, findPlatform, isDomesticPlatform, PLATFORMS, platformOf } from './platforms'

describe('platform vocabulary', () => {
  it('has unique keys and Vietnamese-first labels', () => {
    expect(new Set(PLATFORMS.map((p) => p.key)).size).toBe(PLATFORMS.length)
    for (const platform of PLATFORMS) expect(platform.label.vi).not.toBe('')
  })

  it('lets the beacon report only the newsroom’s own website and app', () => {
    expect(BEACON_PLATFORM_KEYS).toEqual(['website', 'app'])
  })

  it('flags domestic and foreign platforms as the province reads the plans', () => {
    for (const key of [
      'website',
      'app',
      'zalo',
      'vtvgo',
      'mytv',
      'fptplay',
      'baomoi',
      'radio',
      'tv',
      'loudspeaker',
    ])
      expect([key, isDomesticPlatform(key)]).toEqual([key, true])
    for (const key of ['youtube', 'facebook', 'tiktok', 'podcastApple', 'spotify', 'googleNews'])
      expect([key, isDomesticPlatform(key)]).toEqual([key, false])
    // A key no longer in the vocabulary never inflates the domestic share.
    expect(isDomesticPlatform('myspace')).toBe(false)
  })

  it('finds platforms by key, label or the names exports use, without diacritics or case', () => {
    expect(findPlatform('zalo')?.key).toBe('zalo')
    expect(findPlatform('Zalo OA')?.key).toBe('zalo')
    expect(findPlatform('FPT Play')?.key).toBe('fptplay')
    expect(findPlatform('fpt-play')?.key).toBe('fptplay')
    expect(findPlatform('Phát thanh')?.key).toBe('radio')
    expect(findPlatform('PHAT THANH')?.key).toBe('radio')
    expect(findPlatform('Loa truyền thanh cơ sở')?.key).toBe('loudspeaker')
    expect(findPlatform('Báo Mới')?.key).toBe('baomoi')
    expect(findPlatform('Apple Podcasts')?.key).toBe('podcastApple')
    expect(findPlatform('podcastApple')?.key).toBe('podcastApple')
    expect(findPlatform('Google Tin tức')?.key).toBe('googleNews')
    expect(findPlatform('YouTube')?.key).toBe('youtube')
    expect(findPlatform('Myspace')).toBeUndefined()
    expect(findPlatform('')).toBeUndefined()
  })

  it('looks keys up exactly', () => {
    expect(platformOf('youtube')?.domestic).toBe(false)
    expect(platformOf('YouTube')).toBeUndefined()
  })
})
