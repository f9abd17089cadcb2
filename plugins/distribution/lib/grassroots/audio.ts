/**
 * The MP3 a bulletin carries: the reporter's recorded voice when there is one, otherwise the spoken
 * text read by espeak-ng. Checked to be real MPEG audio within the provincial system's size limit.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'

import { type AdapterContext, type BulletinSpec, DeliveryError } from '../../types'
import { readMp3Info } from './mp3'
import type { GrassrootsSettings } from './settings'
import { isTtsVoice, synthesizeMp3, TtsError, type TtsTools, type TtsVoice } from './tts'

export type BulletinAudio = {
  path: string
  mimeType: 'audio/mpeg'
  bytes: number
  durationSeconds: number
  /** Hex SHA-256 of the MP3 bytes, so the receiver can prove it got them whole. */
  sha256: string
  source: 'recording' | 'tts'
  /** The espeak-ng voice, for TTS audio. */
  voice?: TtsVoice
}

export type AudioContext = Pick<AdapterContext, 'fetchFile' | 'workDir' | 'signal'>

export type AudioInput = {
  bulletinId: string
  spec: BulletinSpec
  /** What TTS reads when there is no recording (already chosen and capped by the caller). */
  spokenText: string
  settings: GrassrootsSettings
  tools?: TtsTools
}

/** "9,5 MB" or "600 KB", with the Vietnamese decimal comma. */
export function formatMegabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`
}

export function chosenVoice(spec: BulletinSpec, settings: Pick<GrassrootsSettings, 'defaultVoice'>): string {
  return spec.voice ? spec.voice : settings.defaultVoice
}

async function speak(context: AudioContext, input: AudioInput): Promise<{ path: string; voice: TtsVoice }> {
  const voice = chosenVoice(input.spec, input.settings)
  try {
    const { path } = await synthesizeMp3(input.spokenText, {
      voice,
      rate: input.settings.ttsRate,
      workDir: context.workDir,
      name: input.bulletinId,
      signal: context.signal,
      timeoutMs: input.settings.ttsTimeoutMs,
      tools: input.tools,
    })
    return { path, voice: isTtsVoice(voice) ? voice : 'vi' }
  } catch (error) {
    if (error instanceof TtsError)
      throw new DeliveryError(error.message, { retryable: error.retryable, cause: error })
    throw error
  }
}

async function fetchRecording(context: AudioContext, spec: BulletinSpec): Promise<string> {
  try {
    return await context.fetchFile(spec.recording!)
  } catch (error) {
    // Storage being unreachable is temporary; the delivery is retried later.
    throw new DeliveryError('Không tải được bản ghi âm từ kho lưu trữ (could not fetch the recording).', {
      retryable: true,
      cause: error,
    })
  }
}

export async function prepareBulletinAudio(context: AudioContext, input: AudioInput): Promise<BulletinAudio> {
  const recording = input.spec.recording
  const made = recording
    ? { path: await fetchRecording(context, input.spec), voice: undefined }
    : await speak(context, input)
  const data = await readFile(made.path)
  const info = readMp3Info(data)
  if (!info) {
    throw new DeliveryError(
      recording
        ? 'Bản ghi âm không phải tệp MP3; hãy dùng bản MP3 của tệp âm thanh (the recording is not an MP3).'
        : 'Tệp đọc tự động không phải MP3 hợp lệ (TTS output is not an MP3).',
      { retryable: false },
    )
  }
  if (data.length > input.settings.maxAudioBytes) {
    throw new DeliveryError(
      `Âm thanh bản tin ${formatMegabytes(data.length)}, hệ thống thông tin nguồn chỉ nhận tối đa ` +
        `${formatMegabytes(input.settings.maxAudioBytes)} (audio too large).`,
      { retryable: false },
    )
  }
  return {
    path: made.path,
    mimeType: 'audio/mpeg',
    bytes: data.length,
    durationSeconds: info.durationSeconds,
    sha256: createHash('sha256').update(data).digest('hex'),
    source: recording ? 'recording' : 'tts',
    ...(made.voice ? { voice: made.voice } : {}),
  }
}
