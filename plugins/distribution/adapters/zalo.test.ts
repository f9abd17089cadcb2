import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { startZaloServer, type TestZaloServer } from '../../../test/helpers/zaloServer'
import {
  type AdapterContext,
  type AdapterResult,
  type DeliveryAction,
  DeliveryError,
  type DeliveryProgress,
  type PublicImage,
  type PublicStory,
  type TargetConfig,
} from '../types'
import { zaloAdapter } from './zalo'

const HOUR = 3600_000

/** Stored credentials of one target, with the per-target lock the worker gives withCredentials. */
class CredentialStore {
  credentials: Record<string, string>
  rotations = 0
  private chain: Promise<unknown> = Promise.resolve()

  constructor(initial: Record<string, string>) {
    this.credentials = { ...initial }
  }

  withCredentials(
    rotate: (current: Record<string, string>) => Promise<Record<string, string> | undefined>,
  ): Promise<Record<string, string>> {
    const run = this.chain.then(async () => {
      const next = await rotate({ ...this.credentials })
      if (next) {
        this.credentials = { ...next }
        this.rotations += 1
      }
      return { ...this.credentials }
    })
    this.chain = run.catch(() => undefined)
    return run
  }
}

/** One delivery record as the worker keeps it between attempts. */
type Delivery = DeliveryProgress & { id: string; action: DeliveryAction; attempts: number; saves: number }

let server: TestZaloServer
let workDir: string
let videoPath: string

function image(id: string, bytes: number, renditions: PublicImage['renditions'] = []): PublicImage {
  return { id, url: `https://cdn.example.vn/${id}.jpg`, mimeType: 'image/jpeg', bytes, renditions }
}

function makeStory(overrides: Partial<PublicStory> = {}): PublicStory {
  const inline = image('inline', 300_000)
  return {
    id: 'story-1',
    slug: 'lu-qua-mien-trung',
    revision: 1,
    locale: 'vi',
    state: 'published',
    headline: 'Lũ qua miền Trung: hàng nghìn hộ dân được sơ tán an toàn',
    standfirst: 'Chính quyền các tỉnh đã sơ tán hơn 3.000 hộ dân khỏi vùng trũng trước khi lũ về.',
    bodyHtml: `<p>Đoạn một.</p><figure><img src="${inline.url}" alt="Lũ"><figcaption>Nước lên nhanh</figcaption></figure><p>Đoạn hai.</p>`,
    bodyText: 'Đoạn một. Đoạn hai.',
    url: 'https://baotinh.vn/lu-qua-mien-trung',
    publishedAt: new Date(Date.now() - HOUR).toISOString(),
    updatedAt: new Date(Date.now() - HOUR).toISOString(),
    publications: [],
    bylines: [{ name: 'Nguyễn Văn An' }],
    topics: [],
    places: [],
    featuredImage: image('cover', 2_400_000, [
      {
        name: 'large',
        url: 'https://cdn.example.vn/cover-large.jpg',
        mimeType: 'image/jpeg',
        bytes: 600_000,
      },
      { name: 'card', url: 'https://cdn.example.vn/cover-card.webp', mimeType: 'image/webp', bytes: 90_000 },
    ]),
    images: [inline],
    corrections: [],
    ...overrides,
  }
}

function makeTarget(overrides: Partial<TargetConfig> = {}): TargetConfig {
  return {
    id: 'target-oa-1',
    name: 'Báo tỉnh — Zalo OA',
    kind: 'zalo',
    domestic: true,
    baseURL: server.url,
    settings: { oauthURL: server.oauthURL, videoPollMs: 10 },
    credentials: {},
    ratePerMinute: 0,
    timeoutSeconds: 5,
    ...overrides,
  }
}

function freshCredentials(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    appId: server.appId,
    secretKey: server.secretKey,
    accessToken: 'at-0',
    refreshToken: 'rt-0',
    accessTokenExpiresAt: new Date(Date.now() + 20 * HOUR).toISOString(),
    ...overrides,
  }
}

function newDelivery(action: DeliveryAction, id = `delivery-${action}`): Delivery {
  return { id, action, attempts: 0, saves: 0 }
}

type Setup = {
  story?: PublicStory
  target?: TargetConfig
  store: CredentialStore
  previous?: DeliveryProgress
  /** Throws from saveProgress once, as a worker killed right after the call before it. */
  dieOnSave?: number
  onSave?: (progress: DeliveryProgress) => void
}

/** Runs one attempt of `delivery` like the worker: fresh context, attempts counted afterwards. */
async function attempt(delivery: Delivery, setup: Setup): Promise<AdapterResult> {
  const target = setup.target ?? makeTarget()
  const context: AdapterContext = {
    target: { ...target, credentials: { ...setup.store.credentials } },
    story: setup.story ?? makeStory(),
    delivery: {
      id: delivery.id,
      action: delivery.action,
      attempts: delivery.attempts,
      idempotencyKey: `${delivery.id}-key`,
      remoteId: delivery.remoteId,
      remoteUrl: delivery.remoteUrl,
      remoteState: delivery.remoteState && { ...delivery.remoteState },
    },
    previous: setup.previous,
    signal: new AbortController().signal,
    async saveProgress(progress) {
      delivery.saves += 1
      if (setup.dieOnSave === delivery.saves) throw new Error('worker killed')
      setup.onSave?.(progress)
      Object.assign(delivery, progress)
    },
    withCredentials: (rotate) => setup.store.withCredentials(rotate),
    async fetchFile() {
      return videoPath
    },
    workDir,
  }
  try {
    const action = delivery.action
    return await zaloAdapter[action](context)
  } finally {
    delivery.attempts += 1
  }
}

async function failure(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(DeliveryError)
  return error as DeliveryError
}

const callsTo = (pathname: string) => server.calls.filter((call) => call.path === pathname)

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'zalo-test-'))
  videoPath = path.join(workDir, 'clip.mp4')
  await writeFile(videoPath, Buffer.alloc(200_000, 7))
})

afterAll(() => rm(workDir, { recursive: true, force: true }))

beforeEach(async () => {
  server = await startZaloServer()
})

afterEach(() => server.close())

describe('zaloAdapter publish', () => {
  it('creates, saves the token before verifying, and returns the article id', async () => {
    const store = new CredentialStore(freshCredentials())
    const delivery = newDelivery('publish')
    const callsAtSave: string[][] = []
    const result = await attempt(delivery, {
      store,
      onSave: () => callsAtSave.push(server.calls.map((call) => call.path)),
    })

    expect(result.confirmed).toBe(true)
    expect(result.remoteUrl).toBeUndefined()
    const article = server.articles.get(result.remoteId!)
    expect(article).toMatchObject({
      type: 'normal',
      title: 'Lũ qua miền Trung: hàng nghìn hộ dân được sơ tán an toàn',
      author: 'Nguyễn Văn An',
      cover: { cover_type: 'photo', photo_url: 'https://cdn.example.vn/cover-large.jpg', status: 'show' },
      status: 'show',
      comment: 'show',
    })
    expect(article!.body).toEqual([
      { type: 'text', content: '<p>Đoạn một.</p>' },
      { type: 'image', url: 'https://cdn.example.vn/inline.jpg', caption: 'Nước lên nhanh' },
      { type: 'text', content: '<p>Đoạn hai.</p>' },
    ])
    // The create was marked as started before it was sent, and its token was on record while
    // verify had not been called yet.
    expect(callsAtSave[0]).toEqual([])
    expect(callsAtSave[1]).toEqual(['/v2.0/article/create'])
    expect(delivery.remoteState).toMatchObject({ createToken: expect.any(String) })
    expect(delivery.remoteId).toBe(result.remoteId)
    expect(callsTo('/v2.0/article/create')[0]!.headers.access_token).toBe('at-0')
    expect(server.refreshTokensUsed).toEqual([])
  })

  it('returns the article URL when Zalo gives one', async () => {
    await server.close()
    server = await startZaloServer({ articleUrls: true })
    const result = await attempt(newDelivery('publish'), { store: new CredentialStore(freshCredentials()) })
    expect(result.remoteUrl).toBe(`${server.url}/articles/${result.remoteId}`)
  })

  it('returns the recorded id without calling Zalo when the delivery already has one', async () => {
    const delivery = { ...newDelivery('publish'), remoteId: 'known-id' }
    const result = await attempt(delivery, { store: new CredentialStore(freshCredentials()) })
    expect(result).toMatchObject({ remoteId: 'known-id', confirmed: true })
    expect(server.calls).toHaveLength(0)
  })

  it('uploads the video, waits for its conversion and puts it in the article', async () => {
    const store = new CredentialStore(freshCredentials())
    const delivery = newDelivery('publish')
    const story = makeStory({
      video: {
        id: 'video-1',
        url: 'https://cdn.example.vn/clip.mp4',
        key: 'media/clip.mp4',
        mimeType: 'video/mp4',
        bytes: 200_000,
        poster: { url: 'https://cdn.example.vn/clip-poster.jpg', mimeType: 'image/jpeg', bytes: 50_000 },
      },
    })
    const result = await attempt(delivery, { store, story })

    const upload = callsTo('/v2.0/article/upload_video/preparevideo')
    expect(upload).toHaveLength(1)
    expect(upload[0]!.body).toMatchObject({ file: { name: 'clip.mp4', size: 200_000, type: 'video/mp4' } })
    const polls = callsTo('/v2.0/article/upload_video/verify')
    expect(polls).toHaveLength(2)
    expect(polls[0]!.headers.token).toEqual(expect.any(String))
    const videoId = delivery.remoteState?.videoId
    expect(videoId).toEqual(expect.any(String))
    expect(server.articles.get(result.remoteId!)!.body).toContainEqual({
      type: 'video',
      video_id: videoId,
      thumb: 'https://cdn.example.vn/clip-poster.jpg',
    })
  })

  it('adopts the article of an attempt killed between create and saving its token', async () => {
    const store = new CredentialStore(freshCredentials())
    const delivery = newDelivery('publish')
    await expect(attempt(delivery, { store, dieOnSave: 2 })).rejects.toThrow('worker killed')
    expect(delivery.remoteState).toMatchObject({ createStartedAt: expect.any(String) })
    expect(delivery.remoteState).not.toHaveProperty('createToken')
    expect(server.articles.size).toBe(1)

    const result = await attempt(delivery, { store })
    expect(server.articles.size).toBe(1)
    expect(result).toMatchObject({ remoteId: [...server.articles.keys()][0], confirmed: true })
    expect(callsTo('/v2.0/article/create')).toHaveLength(1)
    expect(callsTo('/v2.0/article/getslice')[0]!.query).toEqual({ offset: '0', limit: '20', type: 'normal' })
  })

  it('resumes from a saved create token with verify only', async () => {
    const store = new CredentialStore(freshCredentials())
    const delivery = newDelivery('publish')
    server.script('/v2.0/article/verify', { status: 502 })
    const error = await failure(attempt(delivery, { store }))
    expect(error.retryable).toBe(true)
    expect(delivery.remoteState?.createToken).toEqual(expect.any(String))

    const result = await attempt(delivery, { store })
    expect(server.articles.has(result.remoteId!)).toBe(true)
    expect(callsTo('/v2.0/article/create')).toHaveLength(1)
    expect(callsTo('/v2.0/article/getslice')).toHaveLength(0)
    expect(callsTo('/v2.0/article/verify')).toHaveLength(2)
  })

  it('refuses a story Zalo cannot take before calling it', async () => {
    const delivery = newDelivery('publish')
    const story = makeStory({ headline: 'Dài '.repeat(40).trim() })
    const error = await failure(attempt(delivery, { store: new CredentialStore(freshCredentials()), story }))
    expect(error.retryable).toBe(false)
    expect(error.message).toContain('Tiêu đề dài 159 ký tự')
    expect(server.calls).toHaveLength(0)
  })
})

describe('zaloAdapter update and remove', () => {
  async function published(store: CredentialStore) {
    const result = await attempt(newDelivery('publish'), { store })
    return { remoteId: result.remoteId, remoteUrl: result.remoteUrl }
  }

  it('updates the article made by the first publish', async () => {
    const store = new CredentialStore(freshCredentials())
    const previous = await published(store)
    const story = makeStory({ revision: 2, headline: 'Lũ qua miền Trung: đã sơ tán 5.000 hộ dân' })
    const result = await attempt(newDelivery('update'), { store, story, previous })

    expect(result).toMatchObject({ remoteId: previous.remoteId, confirmed: true })
    const update = callsTo('/v2.0/article/update')[0]!
    expect(update.body).toMatchObject({
      id: previous.remoteId,
      type: 'normal',
      cover: { cover_type: 'photo' },
    })
    expect(server.articles.get(previous.remoteId!)!.title).toBe('Lũ qua miền Trung: đã sơ tán 5.000 hộ dân')
    expect(server.articles.size).toBe(1)
  })

  it('removes the article', async () => {
    const store = new CredentialStore(freshCredentials())
    const previous = await published(store)
    const result = await attempt(newDelivery('remove'), { store, previous })
    expect(result).toMatchObject({
      remoteId: previous.remoteId,
      confirmed: true,
      note: 'Đã gỡ bài khỏi Zalo OA',
    })
    expect(server.articles.size).toBe(0)
  })

  it('counts an article already gone as removed', async () => {
    const store = new CredentialStore(freshCredentials())
    const result = await attempt(newDelivery('remove'), { store, previous: { remoteId: 'deleted-by-hand' } })
    expect(result.confirmed).toBe(true)
    expect(result.note).toContain('đã không còn')
  })
})

describe('zaloAdapter access tokens', () => {
  const expired = () =>
    freshCredentials({ accessTokenExpiresAt: new Date(Date.now() + 60_000).toISOString() })

  it('refreshes a token about to expire, stores both new tokens and never reuses the old refresh token', async () => {
    const store = new CredentialStore(expired())
    await attempt(newDelivery('publish', 'd1'), { store })

    expect(server.refreshTokensUsed).toEqual(['rt-0'])
    expect(store.credentials).toMatchObject({ accessToken: 'at-1', refreshToken: 'rt-1' })
    const expiresAt = Date.parse(store.credentials.accessTokenExpiresAt!)
    expect(expiresAt - Date.now()).toBeGreaterThan(24 * HOUR)
    const refresh = callsTo('/oauth/v4/oa/access_token')[0]!
    expect(refresh.headers.secret_key).toBe(server.secretKey)
    expect(refresh.body).toEqual({ app_id: server.appId, grant_type: 'refresh_token', refresh_token: 'rt-0' })
    expect(callsTo('/v2.0/article/create')[0]!.headers.access_token).toBe('at-1')

    // The next refresh spends the new refresh token.
    store.credentials.accessTokenExpiresAt = new Date(Date.now() - 1000).toISOString()
    await attempt(newDelivery('publish', 'd2'), {
      store,
      story: makeStory({ id: 'story-2', headline: 'Tin thứ hai' }),
    })
    expect(server.refreshTokensUsed).toEqual(['rt-0', 'rt-1'])
  })

  it('refreshes only once for two concurrent deliveries of the same OA', async () => {
    const store = new CredentialStore(expired())
    const results = await Promise.all([
      attempt(newDelivery('publish', 'd1'), { store }),
      attempt(newDelivery('publish', 'd2'), {
        store,
        story: makeStory({ id: 'story-2', headline: 'Tin thứ hai' }),
      }),
    ])
    expect(results.every((result) => result.confirmed)).toBe(true)
    expect(callsTo('/oauth/v4/oa/access_token')).toHaveLength(1)
    expect(store.rotations).toBe(1)
    expect(store.credentials.refreshToken).toBe('rt-1')
  })

  it.each(['expiredToken', 'http401'] as const)(
    'refreshes once and retries once when a call is refused (%s)',
    async (behaviour) => {
      const store = new CredentialStore(freshCredentials())
      server.script('/v2.0/article/create', behaviour)
      const result = await attempt(newDelivery('publish'), { store })
      expect(result.confirmed).toBe(true)
      expect(server.refreshTokensUsed).toEqual(['rt-0'])
      expect(callsTo('/v2.0/article/create').map((call) => call.headers.access_token)).toEqual([
        'at-0',
        'at-1',
      ])
      expect(server.articles.size).toBe(1)
    },
  )

  it('fails for good, asking to reconnect the OA, when the refresh token is refused', async () => {
    const store = new CredentialStore(expired())
    store.credentials.refreshToken = 'rt-spent'
    const error = await failure(attempt(newDelivery('publish'), { store }))
    expect(error).toMatchObject({ retryable: false, credentialsRejected: true })
    expect(error.message).toContain('Cần kết nối lại OA')
    expect(error.platformMessage).toBe('Refresh token is invalid or has already been used')
    expect(error.message).not.toContain('rt-spent')
    expect(store.credentials.refreshToken).toBe('rt-spent')
    expect(server.articles.size).toBe(0)
  })

  it('fails for good when a freshly refreshed token is refused too', async () => {
    const store = new CredentialStore(freshCredentials())
    server.script('/v2.0/article/create', 'expiredToken', 'expiredToken')
    const error = await failure(attempt(newDelivery('publish'), { store }))
    expect(error).toMatchObject({
      retryable: false,
      credentialsRejected: true,
      platformMessage: 'Access token is invalid',
    })
    expect(server.refreshTokensUsed).toEqual(['rt-0'])
  })
})

describe('zaloAdapter platform failures', () => {
  it('retries a 500', async () => {
    server.script('/v2.0/article/create', { status: 500, message: 'Internal server error' })
    const error = await failure(
      attempt(newDelivery('publish'), { store: new CredentialStore(freshCredentials()) }),
    )
    expect(error).toMatchObject({ retryable: true, status: 500, platformMessage: 'Internal server error' })
  })

  it('retries a 429 after the time Retry-After asks for', async () => {
    server.script('/v2.0/article/create', { status: 429, retryAfter: '7', message: 'Too many requests' })
    const error = await failure(
      attempt(newDelivery('publish'), { store: new CredentialStore(freshCredentials()) }),
    )
    expect(error).toMatchObject({ retryable: true, status: 429, retryAfterMs: 7000 })
  })

  it('retries a call the platform never answers', async () => {
    server.script('/v2.0/article/create', 'hang')
    const started = Date.now()
    const target = makeTarget({ timeoutSeconds: 1 })
    const error = await failure(
      attempt(newDelivery('publish'), { store: new CredentialStore(freshCredentials()), target }),
    )
    expect(error.retryable).toBe(true)
    expect(error.message).toContain('1 giây')
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('retries when the platform cannot be reached', async () => {
    const target = makeTarget({ baseURL: 'http://127.0.0.1:9' })
    const error = await failure(
      attempt(newDelivery('publish'), { store: new CredentialStore(freshCredentials()), target }),
    )
    expect(error.retryable).toBe(true)
    expect(error.message).toContain('Không kết nối được tới Zalo')
  })

  it('fails at once on a refusal in a 200 answer, with Zalo’s message verbatim', async () => {
    server.script('/v2.0/article/create', {
      error: -224,
      message: 'The OA package does not support this feature',
    })
    const error = await failure(
      attempt(newDelivery('publish'), { store: new CredentialStore(freshCredentials()) }),
    )
    expect(error).toMatchObject({
      retryable: false,
      credentialsRejected: false,
      platformMessage: 'The OA package does not support this feature',
    })
  })

  it('retries the per-minute quota error', async () => {
    server.script('/v2.0/article/create', { error: -32, message: 'Exceed the limit of request per minute' })
    const error = await failure(
      attempt(newDelivery('publish'), { store: new CredentialStore(freshCredentials()) }),
    )
    expect(error).toMatchObject({ retryable: true, retryAfterMs: 60_000 })
  })
})

describe('zaloAdapter.validate', () => {
  const problemsOf = (story: PublicStory) => zaloAdapter.validate(story, makeTarget())

  it('accepts the sample story', () => {
    expect(problemsOf(makeStory())).toEqual([])
  })

  it('refuses a long title with its length, and never cuts it', () => {
    const problems = problemsOf(makeStory({ headline: 'x'.repeat(162) }))
    expect(problems).toEqual([
      {
        field: 'headline',
        message: 'Tiêu đề dài 162 ký tự, Zalo chỉ nhận tối đa 150 (title too long for Zalo).',
      },
    ])
  })

  it('requires a cover image', () => {
    expect(problemsOf(makeStory({ featuredImage: undefined })).map((problem) => problem.field)).toEqual([
      'featuredImage',
    ])
  })

  it('refuses a cover over 1 MB with no smaller JPG/PNG, naming WebP when only WebP fits', () => {
    const tooBig = problemsOf(makeStory({ featuredImage: image('cover', 2_400_000) }))
    expect(tooBig[0]!.message).toContain('nặng 2,4 MB')
    const webpOnly = problemsOf(
      makeStory({
        featuredImage: image('cover', 2_400_000, [
          { name: 'card', url: 'https://cdn.example.vn/c.webp', mimeType: 'image/webp', bytes: 90_000 },
        ]),
      }),
    )
    expect(webpOnly[0]!.message).toContain('chỉ có bản WebP')
  })

  it('cuts a long standfirst at a word instead of refusing it', async () => {
    const standfirst = 'Người dân vùng lũ '.repeat(25)
    expect(problemsOf(makeStory({ standfirst }))).toEqual([])
    const store = new CredentialStore(freshCredentials())
    const result = await attempt(newDelivery('publish'), { store, story: makeStory({ standfirst }) })
    const description = String(server.articles.get(result.remoteId!)!.description)
    expect([...description].length).toBeLessThanOrEqual(300)
    expect(description).toMatch(/ (Người|dân|vùng|lũ)…$/)
    expect(standfirst.startsWith(description.slice(0, -1))).toBe(true)
  })
})
