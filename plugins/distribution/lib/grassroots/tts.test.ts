import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { ffprobeJson } from '../../../../test/helpers/mediaFixtures'
import { readMp3Info } from './mp3'
import { cleanSpeechText, synthesizeMp3, TTS_VOICES, TtsError } from './tts'

const TEXT = 'Kính thưa bà con, ngày mai xã Đức Long tạm ngừng cấp điện từ bảy giờ sáng.'

let root = ''
let counter = 0
const freshDir = async () => mkdtemp(path.join(root, `tts-${++counter}-`))

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'grassroots-tts-'))
})
afterAll(() => rm(root, { recursive: true, force: true }))

async function expectMp3(file: string) {
  const data = await readFile(file)
  const head = data.subarray(0, 3).toString('latin1')
  const frameSync = data[0] === 0xff && (data[1]! & 0xe0) === 0xe0
  expect(head === 'ID3' || frameSync).toBe(true)
  const info = readMp3Info(data)!
  // About six syllables a second at rate 150: the sentence above is 18 syllables.
  expect(info.durationSeconds).toBeGreaterThan(2)
  expect(info.durationSeconds).toBeLessThan(10)
  const probe = await ffprobeJson(file)
  expect(probe.streams[0]).toMatchObject({ codec_name: 'mp3', channels: 1 })
  expect(Number(probe.format.duration)).toBeCloseTo(info.durationSeconds, 0)
  return info
}

describe('synthesizeMp3', () => {
  it('reads Vietnamese into a mono 48 kb/s MP3 with espeak-ng and lame, leaving only the MP3', async () => {
    const workDir = await freshDir()
    const started = performance.now()
    const result = await synthesizeMp3(TEXT, { voice: 'vi', workDir, name: 'story-1' })
    const elapsed = performance.now() - started
    expect(result).toEqual({ path: path.join(workDir, 'story-1.mp3'), encoder: 'lame' })
    const info = await expectMp3(result.path)
    expect(info).toMatchObject({ channels: 1, sampleRate: 22050 })
    expect(await readdir(workDir)).toEqual(['story-1.mp3'])
    expect(elapsed).toBeLessThan(5000)
  })

  it.each(TTS_VOICES.slice(1))('speaks with the %s voice', async (voice) => {
    await expectMp3((await synthesizeMp3(TEXT, { voice, workDir: await freshDir() })).path)
  })

  it('falls back to ffmpeg when lame is not installed', async () => {
    const result = await synthesizeMp3(TEXT, {
      voice: 'vi-vn-x-south',
      workDir: await freshDir(),
      tools: { lame: '/nonexistent/lame' },
    })
    expect(result.encoder).toBe('ffmpeg')
    await expectMp3(result.path)
  })

  it('says what to install when no encoder or no espeak-ng is there', async () => {
    const workDir = await freshDir()
    const noEncoder = synthesizeMp3(TEXT, {
      voice: 'vi',
      workDir,
      tools: { lame: '/no/lame', ffmpeg: '/no/ffmpeg' },
    })
    await expect(noEncoder).rejects.toMatchObject({
      name: 'TtsError',
      failure: 'missingTool',
      retryable: false,
    })
    await expect(noEncoder).rejects.toThrow(/apt-get install lame/)
    await expect(
      synthesizeMp3(TEXT, { voice: 'vi', workDir, tools: { espeakNg: '/no/espeak-ng' } }),
    ).rejects.toThrow(/apt-get install espeak-ng/)
  })

  it('refuses bad input before running anything', async () => {
    const workDir = await freshDir()
    await expect(synthesizeMp3('   ', { voice: 'vi', workDir })).rejects.toMatchObject({
      failure: 'badInput',
    })
    await expect(synthesizeMp3(TEXT, { voice: 'en', workDir })).rejects.toThrow(
      /vi, vi-vn-x-central, vi-vn-x-south/,
    )
    await expect(synthesizeMp3(TEXT, { voice: '--help', workDir })).rejects.toBeInstanceOf(TtsError)
    await expect(synthesizeMp3(TEXT, { voice: 'vi', rate: 20, workDir })).rejects.toThrow(/80–450/)
  })

  it('keeps option-looking and long text out of argv', async () => {
    const long = `-w /etc/passwd --stdin ${'Bà con chú ý. '.repeat(60)}`
    const result = await synthesizeMp3(long, { voice: 'vi', workDir: await freshDir(), rate: 450 })
    expect(readMp3Info(await readFile(result.path))!.durationSeconds).toBeGreaterThan(20)
  })

  it('stops at the time limit or when the job is cancelled, as retryable failures', async () => {
    const long = 'Bà con chú ý. '.repeat(2000)
    const timedOut = synthesizeMp3(long, { voice: 'vi', workDir: await freshDir(), timeoutMs: 20 })
    await expect(timedOut).rejects.toMatchObject({ failure: 'timeout', retryable: true })
    const controller = new AbortController()
    const cancelled = synthesizeMp3(long, {
      voice: 'vi',
      workDir: await freshDir(),
      signal: controller.signal,
    })
    setTimeout(() => controller.abort(), 10)
    await expect(cancelled).rejects.toMatchObject({ failure: 'aborted', retryable: true })
  })
})

describe('cleanSpeechText', () => {
  it('composes letters and drops control characters', () => {
    expect(cleanSpeechText(' Đie\u0302\u0323n\u0007  lực\n ')).toBe('Điện lực')
  })
})
