import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash, randomUUID } from 'node:crypto'
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { type GrassrootsServer, startGrassrootsServer } from '../../../test/helpers/grassrootsServer'
import { makeAudio } from '../../../test/helpers/mediaFixtures'
import { readMp3Info } from '../lib/grassroots/mp3'
import { vietnamDay } from '../../../src/lib/vietnamTime'
import {
  type AdapterContext,
  type BulletinSpec,
  DeliveryError,
  type DeliveryAction,
  type DeliveryProgress,
  type PublicStory,
  type TargetConfig,
} from '../types'
import { grassrootsAdapter } from './grassroots'

let server: GrassrootsServer
let root = ''
let recordingFixture = ''
let counter = 0
const today = vietnamDay(new Date())

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'grassroots-adapter-'))
  recordingFixture = await makeAudio(path.join(root, 'voice.mp3'), { format: 'mp3', seconds: 1, channels: 1 })
})
afterAll(() => rm(root, { recursive: true, force: true }))
beforeEach(async () => {
  await server?.close()
  server = await startGrassrootsServer()
})
afterAll(() => server?.close())

function story(
  overrides: Partial<BulletinSpec> = {},
  storyOverrides: Partial<PublicStory> = {},
): PublicStory {
  const id = storyOverrides.id ?? String(++counter)
  return {
    id,
    slug: `lich-cat-dien-${id}`,
    revision: 1,
    locale: 'vi',
    state: 'published',
    headline: 'Lịch cắt điện ngày mai',
    standfirst: 'Điện lực tạm ngừng cấp điện để bảo trì đường dây.',
    bodyHtml: '<p>Khu vực thôn Nà Mè mất điện từ 7 giờ.</p>',
    bodyText: 'Khu vực thôn Nà Mè mất điện từ 7 giờ.',
    url: `https://baocaobang.vn/lich-cat-dien-${id}`,
    publishedAt: '2026-03-09T01:00:00.000Z',
    updatedAt: '2026-03-09T01:00:00.000Z',
    publications: [],
    bylines: [],
    topics: [],
    places: [],
    images: [],
    corrections: [],
    bulletin: {
      priority: 'normal',
      communes: [
        { code: '04321', name: 'Xã Đức Long' },
        { code: '04324', name: 'Phường Hòa Chung' },
      ],
      schedule: { startDate: today, daysOfWeek: [], times: ['06:30', '17:00'], repeats: 2 },
      ledText: 'Cắt điện ngày mai từ 7h',
      spokenText: 'Kính thưa bà con, ngày mai tạm ngừng cấp điện từ bảy giờ sáng.',
      voice: 'vi',
      ...overrides,
    },
    ...storyOverrides,
  }
}

function target(overrides: Partial<TargetConfig> = {}): TargetConfig {
  return {
    id: 'target-1',
    name: 'Hệ thống thông tin nguồn tỉnh Cao Bằng',
    kind: 'grassroots',
    domestic: true,
    baseURL: server.url,
    settings: {},
    credentials: { apiKey: server.apiKey },
    ratePerMinute: 0,
    timeoutSeconds: 5,
    ...overrides,
  }
}

type TestContext = AdapterContext & { saved: DeliveryProgress[] }

async function context(
  forStory: PublicStory,
  action: DeliveryAction,
  options: { target?: TargetConfig; previous?: DeliveryProgress; idempotencyKey?: string } = {},
): Promise<TestContext> {
  const workDir = await mkdtemp(path.join(root, 'job-'))
  const saved: DeliveryProgress[] = []
  let credentials = (options.target ?? target()).credentials
  return {
    target: options.target ?? target(),
    story: forStory,
    delivery: {
      id: randomUUID(),
      action,
      attempts: 0,
      idempotencyKey: options.idempotencyKey ?? randomUUID(),
    },
    previous: options.previous,
    signal: new AbortController().signal,
    saved,
    saveProgress: async (progress) => {
      saved.push(progress)
    },
    withCredentials: async (rotate) => {
      credentials = (await rotate(credentials)) ?? credentials
      return credentials
    },
    fetchFile: async (file) => {
      const local = path.join(workDir, path.basename(file.key ?? 'recording.mp3'))
      await copyFile(recordingFixture, local)
      return local
    },
    workDir,
  }
}

const posts = () => server.received.filter((request) => request.method === 'POST')

async function publish(forStory: PublicStory, options: Parameters<typeof context>[2] = {}) {
  return grassrootsAdapter.publish(await context(forStory, 'publish', options))
}

async function rejection(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(DeliveryError)
  return error as DeliveryError
}

describe('grassrootsAdapter', () => {
  it('is a removable domestic target', () => {
    expect(grassrootsAdapter).toMatchObject({ kind: 'grassroots', domestic: true, canRemove: true })
  })

  it('publishes a TTS bulletin the system accepts as a valid MP3', async () => {
    const news = story()
    const ctx = await context(news, 'publish')
    const result = await grassrootsAdapter.publish(ctx)

    expect(result).toMatchObject({ remoteId: `story-${news.id}`, confirmed: true })
    expect(result.note).toMatch(
      /đã nhận · 2 xã\/phường · thông thường · âm thanh 0:0\d \(đọc tự động, giọng miền Bắc\)/,
    )
    const [request] = posts()
    expect(request!.path).toBe('/bulletins')
    expect(request!.headers).toMatchObject({
      authorization: `Bearer ${server.apiKey}`,
      'idempotency-key': ctx.delivery.idempotencyKey,
      'content-type': 'application/json',
    })
    expect(request!.body).toMatchObject({
      action: 'publish',
      id: `story-${news.id}`,
      version: 1,
      priority: 'normal',
    })
    const stored = server.bulletins.get(`story-${news.id}`)!
    expect(stored.audio).toMatchObject({
      mimeType: 'audio/mpeg',
      source: 'tts',
      bytes: stored.audioData.length,
    })
    const info = readMp3Info(stored.audioData)!
    expect(info.durationSeconds).toBeGreaterThan(2)
    expect(stored.audio.durationSeconds).toBe(info.durationSeconds)
    expect(stored.schedule).toMatchObject({ times: ['06:30', '17:00'], daysOfWeek: [1, 2, 3, 4, 5, 6, 7] })
  })

  it('sends a recorded voice as it is', async () => {
    const news = story({
      recording: { id: 'm1', url: 'https://cdn/x.mp3', mimeType: 'audio/mpeg', bytes: 0, key: 'voice.mp3' },
    })
    const result = await publish(news)
    expect(result.note).toMatch(/bản ghi âm/)
    const stored = server.bulletins.get(`story-${news.id}`)!
    const fixture = await readFile(recordingFixture)
    expect(stored.audio.source).toBe('recording')
    expect(stored.audioData.equals(fixture)).toBe(true)
    expect(stored.audio.sha256).toBe(createHash('sha256').update(fixture).digest('hex'))
  })

  it('replaces the bulletin on update, and ignores a late older revision', async () => {
    const first = story()
    const published = await publish(first)
    const corrected = { ...first, revision: 2, bulletin: { ...first.bulletin!, ledText: 'Hoãn cắt điện' } }
    const updated = await grassrootsAdapter.update(
      await context(corrected, 'update', { previous: published }),
    )
    expect(updated).toMatchObject({ remoteId: `story-${first.id}`, confirmed: true })
    expect(server.bulletins.size).toBe(1)
    expect(server.bulletins.get(`story-${first.id}`)).toMatchObject({
      version: 2,
      action: 'update',
      ledText: 'Hoãn cắt điện',
    })

    const late = await grassrootsAdapter.update(await context(first, 'update'))
    expect(late).toMatchObject({ confirmed: true, note: expect.stringMatching(/phiên bản mới hơn \(2\)/) })
    expect(server.bulletins.get(`story-${first.id}`)!.version).toBe(2)
  })

  it('withdraws a bulletin, and counts an unknown one as already gone', async () => {
    const news = story()
    const published = await publish(news)
    const removed = await grassrootsAdapter.remove(await context(news, 'remove', { previous: published }))
    expect(removed).toMatchObject({
      remoteId: `story-${news.id}`,
      confirmed: true,
      note: expect.stringMatching(/thu hồi/),
    })
    expect(server.received.at(-1)).toMatchObject({ method: 'DELETE', path: `/bulletins/story-${news.id}` })
    expect(server.bulletins.size).toBe(0)

    const unknown = await grassrootsAdapter.remove(await context(story(), 'remove'))
    expect(unknown).toMatchObject({ confirmed: true, note: expect.stringMatching(/không còn trên hệ thống/) })
  })

  it('puts an emergency first in the play queue even when it arrives last', async () => {
    const normal1 = story()
    const priority = story({ priority: 'priority' })
    const normal2 = story()
    const emergency = story({
      priority: 'emergency',
      schedule: { startDate: today, daysOfWeek: [], times: [], repeats: 3 },
    })
    for (const news of [normal1, priority, normal2]) await publish(news)
    const result = await publish(emergency)
    expect(result.note).toMatch(/đang phát · 2 xã\/phường · khẩn cấp/)
    expect(server.bulletins.get(`story-${emergency.id}`)!.schedule).toMatchObject({
      playImmediately: true,
      times: [],
    })
    expect(server.playQueue()).toEqual(
      [emergency, priority, normal1, normal2].map((news) => `story-${news.id}`),
    )
  })

  it('never makes a second bulletin when a delivery is retried with its idempotency key', async () => {
    const news = story()
    const key = randomUUID()
    server.script(500)
    const failed = await rejection(publish(news, { idempotencyKey: key }))
    expect(failed).toMatchObject({ retryable: true, status: 500 })
    const first = await publish(news, { idempotencyKey: key })
    const again = await publish(news, { idempotencyKey: key })
    expect(again).toMatchObject({
      remoteId: first.remoteId,
      confirmed: true,
      note: expect.stringMatching(/lần gửi trước/),
    })
    expect(posts()).toHaveLength(3)
    expect(server.bulletins.size).toBe(1)
  })

  it('asks to retry later on overload, with the wait the system asked for', async () => {
    server.script({
      status: 429,
      body: { error: { message: 'Quá nhiều yêu cầu' } },
      headers: { 'retry-after': '7' },
    })
    const error = await rejection(publish(story()))
    expect(error).toMatchObject({
      retryable: true,
      retryAfterMs: 7000,
      status: 429,
      platformMessage: 'Quá nhiều yêu cầu',
    })
  })

  it('gives up waiting after the target’s timeout, retryably', async () => {
    server.script('hang')
    const started = performance.now()
    const error = await rejection(publish(story(), { target: target({ timeoutSeconds: 0.3 }) }))
    expect(error.retryable).toBe(true)
    expect(error.message).toMatch(/không trả lời sau 0.3 giây/)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('fails for good when the system rejects the bulletin, with its own words', async () => {
    server.script({
      status: 400,
      body: { error: { code: 'invalid_commune', message: 'Xã 04321 không thuộc tỉnh' } },
    })
    const scripted = await rejection(publish(story()))
    expect(scripted).toMatchObject({
      retryable: false,
      status: 400,
      platformMessage: 'Xã 04321 không thuộc tỉnh',
    })

    // A system whose boards are narrower than the target's setting says so itself.
    await server.close()
    server = await startGrassrootsServer({ ledMaxChars: 10 })
    const narrow = await rejection(publish(story()))
    expect(narrow).toMatchObject({
      retryable: false,
      platformMessage: 'Nội dung bảng tin vượt quá 10 ký tự.',
    })

    const wrongKey = await rejection(
      publish(story(), { target: target({ credentials: { apiKey: 'old-key' } }) }),
    )
    expect(wrongKey).toMatchObject({ retryable: false, credentialsRejected: true, status: 401 })
    expect(wrongKey.message).not.toContain('old-key')
  })

  it('retries when the system cannot be reached', async () => {
    const closed = await startGrassrootsServer()
    await closed.close()
    const error = await rejection(publish(story(), { target: target({ baseURL: closed.url }) }))
    expect(error.retryable).toBe(true)
    expect(error.message).toMatch(/ECONNREFUSED/)
  })
})

describe('grassrootsAdapter.validate', () => {
  const problems = (news: PublicStory, settings: Record<string, unknown> = {}) =>
    grassrootsAdapter
      .validate(news, target({ settings }))
      .map((problem) => `${problem.field}: ${problem.message}`)

  it('accepts a complete bulletin', () => {
    expect(problems(story())).toEqual([])
  })

  it('needs a bulletin spec', () => {
    expect(problems(story({}, { bulletin: undefined }))).toEqual([
      expect.stringMatching(/^grassroots: .*chưa có thông tin bản tin/),
    ])
  })

  it('needs communes with 5-digit codes', () => {
    expect(problems(story({ communes: [] }))).toEqual([expect.stringMatching(/ít nhất một xã/)])
    expect(problems(story({ communes: [{ code: '4321', name: 'Xã Đức Long' }] }))).toEqual([
      expect.stringMatching(/5 chữ số: Xã Đức Long \(4321\)/),
    ])
  })

  it('never cuts the LED text: too long is a problem', () => {
    expect(problems(story({ ledText: 'Cắt điện ngày mai từ 7 giờ sáng' }), { ledMaxChars: 20 })).toEqual([
      'grassroots.ledText: Chữ cho bảng tin LED dài 31 ký tự, bảng tin chỉ hiện tối đa 20 (LED text too long).',
    ])
    expect(problems(story({ ledText: '' }), { ledMaxChars: 20 })).toEqual([
      expect.stringMatching(/Chưa có chữ .* và tít dài 22/),
    ])
  })

  it('needs something to read out when there is no recording', () => {
    const silent = story({ spokenText: '' }, { headline: '', standfirst: '', bodyText: '' })
    expect(problems({ ...silent, bulletin: { ...silent.bulletin!, ledText: 'Chú ý' } })).toEqual([
      expect.stringMatching(/^grassroots.spokenText: .*văn bản để đọc/),
    ])
    expect(problems(story({ voice: 'en' }))).toEqual([expect.stringMatching(/^grassroots.voice/)])
    expect(
      problems(story({ spokenText: 'Bà con chú ý. '.repeat(2000) }), { maxAudioBytes: 100_000 }),
    ).toEqual([expect.stringMatching(/spoken text too long/)])
  })

  it('catches a recording over the size limit or not in MP3', () => {
    const recording = { id: 'm1', url: 'https://cdn/x.wav', mimeType: 'audio/wav', bytes: 12 * 1024 * 1024 }
    expect(problems(story({ recording, spokenText: '' }))).toEqual([
      expect.stringMatching(/audio\/wav, .*chỉ nhận MP3/),
      expect.stringMatching(/Bản ghi âm 12,0 MB, .*tối đa 10,0 MB/),
    ])
  })

  it('checks the schedule, and emergencies cannot wait for a later day', () => {
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
    expect(
      problems(
        story({
          priority: 'emergency',
          schedule: { startDate: tomorrow, daysOfWeek: [], times: [], repeats: 1 },
        }),
      ),
    ).toEqual([expect.stringMatching(/^grassroots.schedule.startDate: Bản tin khẩn cấp/)])
    expect(
      problems(story({ schedule: { startDate: today, daysOfWeek: [9], times: ['6h'], repeats: 20 } })),
    ).toHaveLength(3)
  })

  it('reports a bad target setting instead of guessing', () => {
    expect(problems(story(), { maxAudioBytes: 'lots' })).toEqual([
      expect.stringMatching(/^target.settings: .*maxAudioBytes/),
    ])
  })

  it('sends nothing for an invalid story', async () => {
    const error = await rejection(publish(story({ communes: [] })))
    expect(error.retryable).toBe(false)
    expect(server.received).toHaveLength(0)
  })
})
