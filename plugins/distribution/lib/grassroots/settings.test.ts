import { describe, expect, it } from '@jest/globals'

import { DEFAULT_GRASSROOTS_SETTINGS, readGrassrootsSettings } from './settings'

describe('readGrassrootsSettings', () => {
  it('fills defaults and takes numbers given as text', () => {
    expect(readGrassrootsSettings({ settings: {} })).toEqual(DEFAULT_GRASSROOTS_SETTINGS)
    expect(DEFAULT_GRASSROOTS_SETTINGS).toMatchObject({ maxAudioBytes: 10 * 1024 * 1024, ledMaxChars: 120 })
    expect(
      readGrassrootsSettings({
        settings: {
          maxAudioBytes: '2097152',
          ledMaxChars: 80,
          ttsTimeoutSeconds: 5,
          defaultVoice: 'vi-vn-x-south',
        },
      }),
    ).toMatchObject({
      maxAudioBytes: 2 * 1024 * 1024,
      ledMaxChars: 80,
      ttsTimeoutMs: 5000,
      defaultVoice: 'vi-vn-x-south',
    })
  })

  it('names a bad value instead of falling back to the default', () => {
    expect(() => readGrassrootsSettings({ settings: { maxAudioBytes: -1 } })).toThrow(/"maxAudioBytes" = -1/)
    expect(() => readGrassrootsSettings({ settings: { ledMaxChars: 'many' } })).toThrow(/ledMaxChars/)
    expect(() => readGrassrootsSettings({ settings: { ttsRate: 1000 } })).toThrow(/80–450/)
    expect(() => readGrassrootsSettings({ settings: { defaultVoice: 'en' } })).toThrow(/defaultVoice/)
  })
})
