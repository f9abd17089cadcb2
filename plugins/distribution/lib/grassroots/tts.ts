/**
 * Vietnamese text-to-speech for loudspeaker bulletins: espeak-ng reads the text into a WAV, lame (or
 * ffmpeg when lame is not installed) encodes it as a mono 48 kb/s MP3, small enough to send inline.
 */
import { rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { findExecutable, ProgramError, runProgram } from './run'

export const TTS_VOICES = ['vi', 'vi-vn-x-central', 'vi-vn-x-south'] as const
export type TtsVoice = (typeof TTS_VOICES)[number]

export const TTS_VOICE_NAMES: Record<TtsVoice, string> = {
  vi: 'giọng miền Bắc',
  'vi-vn-x-central': 'giọng miền Trung',
  'vi-vn-x-south': 'giọng miền Nam',
}

/** espeak-ng's speed in words a minute; its own default (175) is hurried for Vietnamese syllables. */
export const DEFAULT_TTS_RATE = 150
export const TTS_RATE_RANGE = { min: 80, max: 450 } as const
export const DEFAULT_TTS_TIMEOUT_MS = 60_000

/** Explicit program paths (tests, unusual installs); otherwise ESPEAK_NG_PATH / LAME_PATH / FFMPEG_PATH or PATH. */
export type TtsTools = { espeakNg?: string; lame?: string; ffmpeg?: string }

export type TtsOptions = {
  voice: string
  rate?: number
  /** Where the text, WAV and MP3 are written (the job's work folder). */
  workDir: string
  /** File name stem, e.g. the bulletin id. */
  name?: string
  signal?: AbortSignal
  /** Per program run. */
  timeoutMs?: number
  tools?: TtsTools
}

export type TtsFailure = 'badInput' | 'missingTool' | 'failed' | 'timeout' | 'aborted'

export class TtsError extends Error {
  readonly failure: TtsFailure
  constructor(failure: TtsFailure, message: string, cause?: unknown) {
    super(message, { cause })
    this.name = 'TtsError'
    this.failure = failure
  }
  /** Timeouts and aborts may pass on a later attempt; bad text or a missing program will not. */
  get retryable(): boolean {
    return this.failure === 'timeout' || this.failure === 'aborted'
  }
}

export function isTtsVoice(voice: string): voice is TtsVoice {
  return (TTS_VOICES as readonly string[]).includes(voice)
}

/** NFC (espeak-ng's Vietnamese rules expect precomposed letters), control characters out. */
export function cleanSpeechText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ') // eslint-disable-line no-control-regex
    .replace(/[ \t]+/g, ' ')
    .trim()
}

function fromProgramError(error: unknown): unknown {
  if (!(error instanceof ProgramError)) return error
  const failure: TtsFailure =
    error.failure === 'missing' ? 'missingTool' : error.failure === 'failed' ? 'failed' : error.failure
  return new TtsError(failure, `Đọc văn bản thành tiếng thất bại (TTS failed): ${error.message}`, error)
}

async function encodeMp3(wav: string, mp3: string, options: TtsOptions, timeoutMs: number) {
  const lame = await findExecutable('lame', options.tools?.lame ?? process.env.LAME_PATH)
  if (lame) {
    await runProgram(lame, ['--quiet', '-m', 'm', '-b', '48', wav, mp3], {
      timeoutMs,
      signal: options.signal,
    })
    return 'lame' as const
  }
  const ffmpeg = await findExecutable('ffmpeg', options.tools?.ffmpeg ?? process.env.FFMPEG_PATH)
  if (ffmpeg) {
    await runProgram(
      ffmpeg,
      [
        ...['-nostdin', '-hide_banner', '-v', 'error', '-y', '-i', wav],
        ...['-codec:a', 'libmp3lame', '-b:a', '48k', '-ac', '1', mp3],
      ],
      { timeoutMs, signal: options.signal },
    )
    return 'ffmpeg' as const
  }
  throw new TtsError(
    'missingTool',
    'Máy chủ chưa cài lame hay ffmpeg nên không mã hoá được MP3; hãy cài gói Debian "lame" ' +
      '(apt-get install lame) hoặc đặt LAME_PATH (cannot encode MP3: neither lame nor ffmpeg is installed).',
  )
}

/** Speaks `text` into `<workDir>/<name>.mp3` and returns its path and the encoder used. */
export async function synthesizeMp3(
  text: string,
  options: TtsOptions,
): Promise<{ path: string; encoder: 'lame' | 'ffmpeg' }> {
  const speech = cleanSpeechText(text)
  if (!speech) throw new TtsError('badInput', 'Không có văn bản để đọc (no text to speak).')
  if (!isTtsVoice(options.voice)) {
    throw new TtsError(
      'badInput',
      `Giọng đọc "${options.voice}" không có; chọn một trong ${TTS_VOICES.join(', ')} (unknown voice).`,
    )
  }
  const rate = options.rate ?? DEFAULT_TTS_RATE
  if (!Number.isInteger(rate) || rate < TTS_RATE_RANGE.min || rate > TTS_RATE_RANGE.max) {
    throw new TtsError(
      'badInput',
      `Tốc độ đọc ${rate} không hợp lệ, cần số nguyên ${TTS_RATE_RANGE.min}–${TTS_RATE_RANGE.max} (bad rate).`,
    )
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TTS_TIMEOUT_MS
  const espeak = await findExecutable('espeak-ng', options.tools?.espeakNg ?? process.env.ESPEAK_NG_PATH)
  if (!espeak) {
    throw new TtsError(
      'missingTool',
      'Máy chủ chưa cài espeak-ng nên không đọc được văn bản thành tiếng; hãy cài gói Debian "espeak-ng" ' +
        '(apt-get install espeak-ng) hoặc đặt ESPEAK_NG_PATH (espeak-ng is not installed).',
    )
  }

  const stem = path.join(options.workDir, options.name ?? 'tts')
  const textFile = `${stem}.txt`
  const wav = `${stem}.wav`
  const mp3 = `${stem}.mp3`
  try {
    // The text goes through a file, not argv: it can be long and must never be read as an option.
    await writeFile(textFile, speech, 'utf8')
    await runProgram(
      espeak,
      ['-v', options.voice, '-s', String(rate), '-b', '1', '-f', textFile, '-w', wav],
      {
        timeoutMs,
        signal: options.signal,
      },
    )
    const { size } = await stat(wav)
    // A WAV header alone (44 bytes) means espeak-ng found nothing it could pronounce.
    if (size <= 44)
      throw new TtsError('badInput', 'espeak-ng không đọc được chữ nào trong văn bản (no speech).')
    const encoder = await encodeMp3(wav, mp3, options, timeoutMs)
    if ((await stat(mp3)).size === 0)
      throw new TtsError('failed', `${encoder} ghi ra tệp MP3 rỗng (empty MP3).`)
    return { path: mp3, encoder }
  } catch (error) {
    throw fromProgramError(error)
  } finally {
    // The WAV is ~10× the MP3; the work folder is removed after the job, but long bulletins add up.
    await rm(wav, { force: true })
    await rm(textFile, { force: true })
  }
}
