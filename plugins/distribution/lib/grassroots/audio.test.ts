import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { makeAudio } from '../../../../test/helpers/mediaFixtures'
import { type BulletinSpec, DeliveryError, type PublicFile, type PublicMedia } from '../../types'
import { type AudioContext, prepareBulletinAudio } from './audio'
import { DEFAULT_GRASSROOTS_SETTINGS } from './settings'

let root = ''
let mp3Fixture = ''
let wavFixture = ''
let counter = 0

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'grassroots-audio-'))
  mp3Fixture = await makeAudio(path.join(root, 'voice.mp3'), { format: 'mp3', seconds: 2, channels: 1 })
  wavFixture = await makeAudio(path.join(root, 'voice.wav'), { format: 'wav', seconds: 1, channels: 1 })
})
afterAll(() => rm(root, { recursive: true, force: true }))

/** A job context whose storage holds one file: fetchFile copies it into the work folder, as the worker does. */
async function context(stored: string, fetched: PublicFile[] = []): Promise<AudioContext> {
  const workDir = await mkdtemp(path.join(root, `job-${++counter}-`))
  return {
    workDir,
    signal: new AbortController().signal,
    fetchFile: async (file) => {
      fetched.push(file)
      const target = path.join(workDir, `fetched-${path.basename(stored)}`)
      await copyFile(stored, target)
      return target
    },
  }
}

const spec = (overrides: Partial<BulletinSpec> = {}): BulletinSpec => ({
  priority: 'normal',
  communes: [{ code: '04321', name: 'Xã Đức Long' }],
  schedule: { startDate: '2026-03-10', daysOfWeek: [], times: ['06:30'], repeats: 1 },
  ledText: 'Cắt điện 12/3',
  spokenText: '',
  voice: 'vi-vn-x-central',
  ...overrides,
})

const recording = (overrides: Partial<PublicMedia> = {}): PublicMedia => ({
  id: 'm1',
  url: 'https://cdn.example/voice.mp3',
  mimeType: 'audio/mpeg',
  bytes: 0,
  key: 'media/voice.mp3',
  ...overrides,
})

const settings = DEFAULT_GRASSROOTS_SETTINGS

describe('prepareBulletinAudio', () => {
  it('reads the spoken text with TTS when there is no recording', async () => {
    const fetched: PublicFile[] = []
    const ctx = await context(mp3Fixture, fetched)
    const audio = await prepareBulletinAudio(ctx, {
      bulletinId: 'story-1',
      spec: spec(),
      spokenText: 'Kính thưa bà con, ngày mai tạm ngừng cấp điện.',
      settings,
    })
    const data = await readFile(audio.path)
    expect(audio).toMatchObject({
      mimeType: 'audio/mpeg',
      source: 'tts',
      voice: 'vi-vn-x-central',
      bytes: data.length,
    })
    expect(audio.path).toBe(path.join(ctx.workDir, 'story-1.mp3'))
    expect(audio.sha256).toBe(createHash('sha256').update(data).digest('hex'))
    expect(audio.durationSeconds).toBeGreaterThan(1.5)
    expect(audio.durationSeconds).toBeLessThan(8)
    expect(fetched).toEqual([])
  })

  it('uses the recorded voice’s MP3 as it is', async () => {
    const fetched: PublicFile[] = []
    const voice = recording()
    const audio = await prepareBulletinAudio(await context(mp3Fixture, fetched), {
      bulletinId: 'story-2',
      spec: spec({ recording: voice }),
      spokenText: '',
      settings,
    })
    expect(fetched).toEqual([voice])
    expect(audio.source).toBe('recording')
    expect(audio.voice).toBeUndefined()
    expect(audio.bytes).toBe((await readFile(mp3Fixture)).length)
    expect(audio.durationSeconds).toBeGreaterThan(1.9)
    expect(audio.durationSeconds).toBeLessThan(2.1)
  })

  it('refuses a recording that is not MP3, or audio over the limit, for good', async () => {
    const notMp3 = prepareBulletinAudio(await context(wavFixture), {
      bulletinId: 'story-3',
      spec: spec({ recording: recording() }),
      spokenText: '',
      settings,
    })
    await expect(notMp3).rejects.toMatchObject({ name: 'DeliveryError', retryable: false })
    await expect(notMp3).rejects.toThrow(/không phải tệp MP3/)
    const tooBig = prepareBulletinAudio(await context(mp3Fixture), {
      bulletinId: 'story-4',
      spec: spec({ recording: recording() }),
      spokenText: '',
      settings: { ...settings, maxAudioBytes: 2048 },
    })
    await expect(tooBig).rejects.toMatchObject({ retryable: false })
    await expect(tooBig).rejects.toThrow(/tối đa 2 KB/)
  })

  it('retries when storage cannot hand over the recording, not when TTS cannot run', async () => {
    const ctx = await context(mp3Fixture)
    const unreachable: AudioContext = {
      ...ctx,
      fetchFile: async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:9000')
      },
    }
    const fetchFailed = prepareBulletinAudio(unreachable, {
      bulletinId: 'story-5',
      spec: spec({ recording: recording() }),
      spokenText: '',
      settings,
    })
    await expect(fetchFailed).rejects.toBeInstanceOf(DeliveryError)
    await expect(fetchFailed).rejects.toMatchObject({ retryable: true })
    await expect(
      prepareBulletinAudio(ctx, {
        bulletinId: 'story-6',
        spec: spec(),
        spokenText: 'Xin chào',
        settings,
        tools: { espeakNg: '/no/espeak-ng' },
      }),
    ).rejects.toMatchObject({
      name: 'DeliveryError',
      retryable: false,
      message: expect.stringMatching(/espeak-ng/),
    })
  })
})
