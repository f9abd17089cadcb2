import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { deliveriesOf, publishStory, settledDeliveries } from '../helpers/distribution'
import { splitColourJpeg } from '../helpers/images'
import { uploadMedia } from '../helpers/mediaUpload'
import { auth, startNewsroom, waitFor, type TestNewsroom } from '../helpers/newsroom'
import { privateRedis, type PrivateRedis } from '../helpers/redisServer'
import { startWebhookServer } from '../helpers/webhookServer'
import { killAllWorkers, spawnWorker, workerEnv, type WorkerProcess } from '../helpers/workerProcess'
import { startZaloServer, type TestZaloServer } from '../helpers/zaloServer'

/**
 * Distribution against a Redis of the suite's own and the real worker process: a worker killed
 * with SIGKILL in the middle of a delivery, and Redis restarted (empty: it keeps nothing on disk)
 * in the middle of a fan-out. Afterwards every delivery is confirmed once, none lost, none twice.
 */
let newsroom: TestNewsroom
let redis: PrivateRedis
let zalo: TestZaloServer
let site: Awaited<ReturnType<typeof startWebhookServer>>
let cover: number | string
let worker: WorkerProcess | undefined

const DIST_ENV = {
  DISTRIBUTION_BACKOFF_MS: '200',
  DISTRIBUTION_RECONCILE_SECONDS: '1',
  DISTRIBUTION_STALE_SECONDS: '3',
  // Long enough that a busy machine never makes a running job look stalled (a second, parallel run).
  QUEUE_LOCK_MS: '10000',
  OUTBOX_POLL_MS: '100',
}

const startWorkerProcess = async () => {
  const child = spawnWorker(
    workerEnv(newsroom.settings, { ...DIST_ENV, SITE_URL: 'https://baohungyen.test' }),
    ['--queues', 'distribution'],
  )
  await child.ready(60_000)
  return child
}

const story = (headline: string) => ({
  headline,
  standfirst: 'Tin thử nghiệm phát hành khi hệ thống gặp sự cố.',
  featuredImage: cover,
  bylines: [{ name: 'Trần Văn Nam' }],
})

beforeAll(async () => {
  redis = await privateRedis()
  newsroom = await startNewsroom({ REDIS_URL: redis.url, SITE_URL: 'https://baohungyen.test', ...DIST_ENV })
  ;[zalo, site] = await Promise.all([startZaloServer(), startWebhookServer()])
  const image = await uploadMedia(
    newsroom,
    await splitColourJpeg(640, 480),
    'anh.jpg',
    {},
    'image/jpeg',
    newsroom.users.editor.token,
  )
  cover = image.body.doc.id
  const create = (data: Record<string, unknown>) =>
    newsroom.http().post('/api/distribution-targets').set(auth(newsroom.users.admin.token)).send(data)
  expect(
    (
      await create({
        name: 'Website',
        kind: 'website',
        timeoutSeconds: 3,
        baseURL: `${site.url}/hook`,
        defaults: { all: true },
        credentials: { secret: 's3cret' },
      })
    ).status,
  ).toBe(201)
  const zaloTarget = await create({
    name: 'Zalo OA',
    kind: 'zalo',
    timeoutSeconds: 3,
    baseURL: zalo.url,
    settings: { oauthURL: zalo.oauthURL },
    defaults: { all: true },
    credentials: {
      appId: zalo.appId,
      secretKey: zalo.secretKey,
      accessToken: 'at-0',
      refreshToken: 'rt-0',
      accessTokenExpiresAt: new Date(Date.now() + 20 * 3600_000).toISOString(),
    },
  })
  expect(zaloTarget.status).toBe(201)
}, 120_000)

afterAll(async () => {
  await killAllWorkers()
  await Promise.all([zalo?.close(), site?.close()])
  await newsroom?.stop()
  await redis?.stop()
})

describe('a worker killed with SIGKILL mid-delivery', () => {
  it('resumes each delivery where it stopped: one Zalo article, one webhook per delivery', async () => {
    worker = await startWorkerProcess()
    // Zalo created the article, and its verify call never answers: the worker dies waiting.
    zalo.script('/v2.0/article/verify', 'hang')
    site.script('hang')
    const published = await publishStory(newsroom, story('Sự cố máy chủ giữa lúc phát hành tin'))
    await waitFor(
      () => zalo.calls.some((c) => c.path === '/v2.0/article/verify') && site.received.length > 0,
      { what: 'both calls in flight' },
    )
    worker.signalGroup('SIGKILL')
    await worker.exited
    worker = await startWorkerProcess()
    const deliveries = await settledDeliveries(newsroom, published.id, 'publish', 2, 60_000)
    expect(deliveries.map((d) => d.status)).toEqual(['confirmed', 'confirmed'])
    expect(zalo.calls.filter((c) => c.path === '/v2.0/article/create')).toHaveLength(1)
    expect(zalo.articles.size).toBe(1)
    // The webhook went twice (the first never answered) under one delivery key: the site dedupes by it.
    const website = deliveries.find((d) => d.targetKind === 'website')!
    expect(new Set(site.keys())).toEqual(new Set([website.key]))
  }, 120_000)
})

describe('Redis restarted (and emptied) mid-fan-out', () => {
  it('loses no delivery and duplicates none', async () => {
    worker ??= await startWorkerProcess()
    const articlesBefore = zalo.articles.size
    const sent = site.received.length
    // The first story's Zalo create hangs, so its fan-out is visibly under way when Redis goes.
    zalo.script('/v2.0/article/create', 'hang')
    const stories = [await publishStory(newsroom, story('Tin số 1 phát hành khi Redis khởi động lại'))]
    await waitFor(async () => (await deliveriesOf(newsroom, stories[0]!.id)).length === 2, {
      what: 'the first fan-out',
    })
    for (let i = 1; i < 5; i++)
      stories.push(await publishStory(newsroom, story(`Tin số ${i + 1} phát hành khi Redis khởi động lại`)))
    await redis.stop()
    await waitFor(() => zalo.calls.some((c) => c.path === '/v2.0/article/create'), {
      what: 'the hanging create',
    })
    await redis.start()
    for (const published of stories) {
      const deliveries = await settledDeliveries(newsroom, published.id, 'publish', 2, 90_000).catch(
        async (error) => {
          // What the worker and the records say, to tell a lost job from a stuck one.
          console.error(
            JSON.stringify(await deliveriesOf(newsroom, published.id), null, 1),
            worker?.output().slice(-4000),
          )
          throw error
        },
      )
      expect(deliveries.map((d) => d.status)).toEqual(['confirmed', 'confirmed'])
    }
    expect(zalo.articles.size).toBe(articlesBefore + 5)
    const keys = site.keys().slice(sent)
    expect(new Set(keys).size).toBe(5)
    const all = (await Promise.all(stories.map((s) => deliveriesOf(newsroom, s.id)))).flat()
    expect(all).toHaveLength(10)
  }, 150_000)
})
