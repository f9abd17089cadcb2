/**
 * The grassroots target's settings (`target.settings`), with their defaults. A bad value is reported,
 * never replaced by the default silently: a provincial system with a 2 MB limit must not get 10 MB.
 */
import type { TargetConfig } from '../../types'
import { DEFAULT_TTS_RATE, DEFAULT_TTS_TIMEOUT_MS, isTtsVoice, TTS_RATE_RANGE, type TtsVoice } from './tts'

export type GrassrootsSettings = {
  /** Largest MP3 the provincial system takes, in bytes (before base64). */
  maxAudioBytes: number
  /** Characters (grapheme clusters) an LED/LCD board shows. */
  ledMaxChars: number
  /** espeak-ng speed, words a minute. */
  ttsRate: number
  /** Voice when the bulletin names none. */
  defaultVoice: TtsVoice
  /** Cap on the text read out when the bulletin has no spoken text of its own (headline + lead + body). */
  ttsMaxChars: number
  /** Limit for each TTS/encoder program run. */
  ttsTimeoutMs: number
}

export const DEFAULT_GRASSROOTS_SETTINGS: GrassrootsSettings = {
  maxAudioBytes: 10 * 1024 * 1024,
  ledMaxChars: 120,
  ttsRate: DEFAULT_TTS_RATE,
  defaultVoice: 'vi',
  // About a minute and a half read aloud: the length of a commune loudspeaker news item.
  ttsMaxChars: 1500,
  ttsTimeoutMs: DEFAULT_TTS_TIMEOUT_MS,
}

export class GrassrootsSettingsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'GrassrootsSettingsError'
  }
}

function integerSetting(
  settings: Record<string, unknown>,
  key: string,
  min: number,
  max: number,
  fallback: number,
) {
  const value = settings[key]
  if (value === undefined || value === null || value === '') return fallback
  const number = typeof value === 'string' ? Number(value) : value
  if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
    throw new GrassrootsSettingsError(
      `Cấu hình đích "${key}" = ${JSON.stringify(value)} không hợp lệ, cần số nguyên ${min}–${max} (bad target setting).`,
    )
  }
  return number
}

export function readGrassrootsSettings(target: Pick<TargetConfig, 'settings'>): GrassrootsSettings {
  const settings = target.settings ?? {}
  const defaults = DEFAULT_GRASSROOTS_SETTINGS
  const voice = settings.defaultVoice ?? defaults.defaultVoice
  if (typeof voice !== 'string' || !isTtsVoice(voice)) {
    throw new GrassrootsSettingsError(
      `Cấu hình đích "defaultVoice" = ${JSON.stringify(voice)} không phải giọng espeak-ng tiếng Việt (bad target setting).`,
    )
  }
  return {
    maxAudioBytes: integerSetting(
      settings,
      'maxAudioBytes',
      1024,
      1024 * 1024 * 1024,
      defaults.maxAudioBytes,
    ),
    ledMaxChars: integerSetting(settings, 'ledMaxChars', 10, 10_000, defaults.ledMaxChars),
    ttsRate: integerSetting(settings, 'ttsRate', TTS_RATE_RANGE.min, TTS_RATE_RANGE.max, defaults.ttsRate),
    defaultVoice: voice,
    ttsMaxChars: integerSetting(settings, 'ttsMaxChars', 100, 100_000, defaults.ttsMaxChars),
    ttsTimeoutMs: integerSetting(settings, 'ttsTimeoutSeconds', 1, 3600, defaults.ttsTimeoutMs / 1000) * 1000,
  }
}
