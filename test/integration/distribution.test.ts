import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startWorker } from '../../plugins/jobs'
import {
  correctStory,
  deliveriesOf,
  killStory,
  publishStory,
  settledDeliveries,
} from '../helpers/distribution'
import { startGrassrootsServer, type GrassrootsServer } from '../helpers/grassrootsServer'
import { splitColourJpeg } from '../helpers/images'
import { uploadMedia } from '../helpers/mediaUpload'
import { auth, startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { startWebhookServer } from '../helpers/webhookServer'
import { startZaloServer, type TestZaloServer } from '../helpers/zaloServer'

let newsroom: TestNewsroom
let worker: { close: (graceMs?: number) => Promise<void> }
let zalo: TestZaloServer
let grassroots: GrassrootsServer
let site: Awaited<ReturnType<typeof startWebhookServer>>
let partnerAgency: Awaited<ReturnType<typeof startWebhookServer>>
const targets: Record<string, number | string> = {}
let cover: number | string
let commune: number | string
let webPublication: number | string

const SITE_SECRET = 'site-webhook-secret-Đà-Nẵng'
const PARTNER_TOKEN = 'baomoi-partner-token-123'
const body = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})

async function createTarget(data: Record<string, unknown>) {
  const response = await newsroom
    .http()
    .post('/api/distribution-targets')
    .set(auth(newsroom.users.admin.token))
    .send(data)
  expect(response.status).toBe(201)
  return response.body.doc
}

const storyData = (headline: string, extra: Record<string, unknown> = {}) => ({
  headline,
  standfirst:
    'Sáng nay, UBND tỉnh Hưng Yên tổ chức hội nghị triển khai chuyển đổi số trong các cơ quan báo chí.',
  body: body(
    'Hội nghị có sự tham dự của lãnh đạo các sở, ngành và đại diện các xã, phường trên địa bàn tỉnh Hưng Yên.',
  ),
  featuredImage: cover,
  channels: [webPublication],
  bylines: [{ name: 'Nguyễn Thị Hoa', contribution: 'writer' }],
  ...extra,
})

beforeAll(async () => {
  newsroom = await startNewsroom({
    SITE_URL: 'https://baohungyen.test',
    DISTRIBUTION_BACKOFF_MS: '100',
    DISTRIBUTION_RECONCILE_SECONDS: '1',
    DISTRIBUTION_STALE_SECONDS: '3',
  })
  ;[zalo, grassroots, site, partnerAgency] = await Promise.all([
    startZaloServer({ accessToken: 'at-0', refreshToken: 'rt-0' }),
    startGrassrootsServer({ today: new Date().toISOString().slice(0, 10) }),
    startWebhookServer(),
    startWebhookServer(),
  ])
  const image = await uploadMedia(
    newsroom,
    await splitColourJpeg(800, 600),
    'hoi-nghi.jpg',
    {},
    'image/jpeg',
    newsroom.users.editor.token,
  )
  expect(image.status).toBe(201)
  cover = image.body.doc.id
  const place = await newsroom.payload.create({
    collection: 'places',
    data: { name: 'Phường Phố Hiến', level: 'commune', code: '12001' } as never,
  })
  commune = place.id
  const agency = (await newsroom.payload.find({ collection: 'agencies', limit: 1 })).docs[0]!.id
  webPublication = (
    await newsroom.payload.create({
      collection: 'publications',
      data: { name: 'Báo Hưng Yên điện tử', code: 'WEB', kind: 'website', agency } as never,
    })
  ).id

  targets.website = (
    await createTarget({
      name: 'Báo Hưng Yên điện tử',
      kind: 'website',
      baseURL: `${site.url}/revalidate`,
      defaults: { all: true },
      credentials: { secret: SITE_SECRET },
    })
  ).id
  targets.zalo = (
    await createTarget({
      name: 'Zalo OA Báo Hưng Yên',
      kind: 'zalo',
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
  ).id
  targets.grassroots = (
    await createTarget({
      name: 'Hệ thống thông tin nguồn tỉnh',
      kind: 'grassroots',
      baseURL: grassroots.url,
      defaults: { all: true },
      credentials: { apiKey: grassroots.apiKey },
    })
  ).id
  targets.feed = (
    await createTarget({
      name: 'Báo Mới (RSS)',
      kind: 'feed',
      defaults: { all: true },
      settings: { fullText: true, feedURL: `${newsroom.settings.serverURL}/feeds/web/rss.xml` },
      credentials: { token: PARTNER_TOKEN },
    })
  ).id
  targets.ninjs = (
    await createTarget({
      name: 'TTXVN (NINJS)',
      kind: 'ninjs',
      baseURL: `${partnerAgency.url}/ninjs`,
      defaults: { all: true },
      credentials: { apiKey: 'ttx-key' },
    })
  ).id
  worker = startWorker(newsroom.payload, { queues: ['distribution'] })
}, 120_000)

afterAll(async () => {
  await worker?.close()
  await Promise.all([zalo?.close(), grassroots?.close(), site?.close(), partnerAgency?.close()])
  await newsroom?.stop()
})

describe('target credentials', () => {
  it('are sealed at rest, never returned and never in the audit log', async () => {
    const read = await newsroom
      .http()
      .get(`/api/distribution-targets/${targets.zalo}`)
      .set(auth(newsroom.users.admin.token))
    expect(read.status).toBe(200)
    expect(JSON.stringify(read.body)).not.toMatch(/rt-0|at-0|credentialsSealed/)
    expect(read.body.credentialNames).toEqual([
      'accessToken',
      'accessTokenExpiresAt',
      'appId',
      'refreshToken',
      'secretKey',
    ])
    const stored = (await newsroom.payload.findByID({
      collection: 'distribution-targets' as never,
      id: targets.website,
      overrideAccess: true,
    })) as unknown as Record<string, string>
    expect(stored.credentialsSealed).toMatch(/^v1\./)
    expect(stored.credentialsSealed).not.toContain(SITE_SECRET)
    const audit = await newsroom.payload.find({
      collection: 'audit-log' as never,
      where: { collectionSlug: { equals: 'distribution-targets' } },
      limit: 50,
      overrideAccess: true,
    })
    expect(audit.docs.length).toBeGreaterThan(0)
    expect(JSON.stringify(audit.docs)).not.toMatch(/rt-0|site-webhook-secret|ttx-key|baomoi-partner/)
  })

  it('can only be managed by admins, and a bad credentials value is refused clearly', async () => {
    const byEditor = await newsroom
      .http()
      .post('/api/distribution-targets')
      .set(auth(newsroom.users.editor.token))
      .send({ name: 'X', kind: 'website' })
    expect(byEditor.status).toBe(403)
    const bad = await newsroom
      .http()
      .patch(`/api/distribution-targets/${targets.website}`)
      .set(auth(newsroom.users.admin.token))
      .send({ credentials: { secret: 42 } })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toMatch(/phải là chuỗi/)
    const badURL = await newsroom
      .http()
      .post('/api/distribution-targets')
      .set(auth(newsroom.users.admin.token))
      .send({ name: 'X', kind: 'website', baseURL: 'ftp://x' })
    expect(badURL.status).toBe(400)
  })
})

describe('publish, correct, kill', () => {
  let story: { id: number | string; slug: string }

  it('a publish fans out to every target once, each confirmed with its remote copy', async () => {
    story = await publishStory(newsroom, storyData('Hưng Yên đẩy mạnh chuyển đổi số báo chí'))
    const deliveries = await settledDeliveries(newsroom, story.id, 'publish', 4)
    const byKind = Object.fromEntries(deliveries.map((d) => [d.targetKind, d]))
    expect(Object.keys(byKind).sort()).toEqual(['feed', 'ninjs', 'website', 'zalo'])
    for (const d of deliveries)
      expect({ kind: d.targetKind, status: d.status, error: d.lastError }).toEqual({
        kind: d.targetKind,
        status: 'confirmed',
        error: null,
      })
    expect(zalo.articles.size).toBe(1)
    expect(byKind.zalo!.remoteId).toBe([...zalo.articles.keys()][0])
    expect(site.received).toHaveLength(1)
    expect(partnerAgency.received).toHaveLength(1)
    expect(
      (partnerAgency.received[0]!.body as { headlines: Array<{ value: string }> }).headlines[0]!.value,
    ).toBe('Hưng Yên đẩy mạnh chuyển đổi số báo chí')
    // Not a bulletin: the loudspeakers get nothing.
    expect(grassroots.bulletins.size).toBe(0)
  })

  it('the delivery API and the feeds have it at once, with ETag revalidation', async () => {
    const first = await newsroom.http().get(`/delivery/v1/stories/${story.slug}`)
    expect(first.status).toBe(200)
    expect(first.body.headline).toBe('Hưng Yên đẩy mạnh chuyển đổi số báo chí')
    expect(first.headers['cache-control']).toMatch(/must-revalidate/)
    const again = await newsroom
      .http()
      .get(`/delivery/v1/stories/${story.slug}`)
      .set('If-None-Match', first.headers.etag!)
    expect(again.status).toBe(304)
    const partnerFeed = await newsroom.http().get(`/feeds/WEB/rss.xml?partner=${PARTNER_TOKEN}`)
    expect(partnerFeed.status).toBe(200)
    expect(partnerFeed.headers['content-type']).toMatch(/application\/rss\+xml/)
    expect(partnerFeed.text).toContain('Hưng Yên đẩy mạnh chuyển đổi số báo chí')
    expect(partnerFeed.text).toContain('<content:encoded>')
    const publicFeed = await newsroom.http().get('/feeds/WEB/rss.xml')
    expect(publicFeed.text).toContain('Hưng Yên đẩy mạnh chuyển đổi số báo chí')
    expect(publicFeed.text).not.toContain('<content:encoded>')
    const jsonFeed = JSON.parse((await newsroom.http().get('/feeds/WEB/feed.json')).text)
    expect(jsonFeed.items[0].title).toBe('Hưng Yên đẩy mạnh chuyển đổi số báo chí')
    expect((await newsroom.http().get('/feeds/WEB/atom.xml')).text).toContain('<feed')
    expect((await newsroom.http().get('/feeds/sitemap-news.xml')).text).toContain(story.slug)
    expect((await newsroom.http().get('/feeds/WEB/rss.xml?partner=sai-ma')).status).toBe(403)
    expect((await newsroom.http().get('/feeds/WEB/index.html')).status).toBe(400)
    expect((await newsroom.http().get('/feeds/KHONG-CO/rss.xml')).status).toBe(404)
  })

  it('a correction updates every copy in place', async () => {
    await correctStory(newsroom, story.id, { headline: 'Hưng Yên đẩy mạnh chuyển đổi số báo chí (cập nhật)' })
    const updates = await settledDeliveries(newsroom, story.id, 'update', 4)
    expect(updates.every((d) => d.status === 'confirmed')).toBe(true)
    expect(zalo.articles.size).toBe(1)
    expect([...zalo.articles.values()][0]!.title).toBe('Hưng Yên đẩy mạnh chuyển đổi số báo chí (cập nhật)')
    const read = await newsroom.http().get(`/delivery/v1/stories/${story.slug}`)
    expect(read.body.headline).toBe('Hưng Yên đẩy mạnh chuyển đổi số báo chí (cập nhật)')
    expect(read.body.corrections).toHaveLength(1)
  })

  it('a kill removes it where it can and lists where it cannot', async () => {
    await killStory(newsroom, story.id)
    const removals = await settledDeliveries(newsroom, story.id, 'remove', 4)
    const byKind = Object.fromEntries(removals.map((d) => [d.targetKind, d]))
    expect(byKind.zalo!.status).toBe('confirmed')
    expect(zalo.articles.size).toBe(0)
    // Other agencies keep what they received: they are told (pubstatus canceled), and the record
    // says the copy may still need removing by hand.
    expect(byKind.ninjs!.status).toBe('confirmed')
    expect(byKind.ninjs!.note).toMatch(/gỡ thủ công/)
    expect((partnerAgency.received.at(-1)!.body as { pubstatus: string }).pubstatus).toBe('canceled')
    expect((await newsroom.http().get(`/delivery/v1/stories/${story.slug}`)).status).toBe(404)
    expect((await newsroom.http().get('/feeds/WEB/rss.xml')).text).not.toContain(story.slug)
  })
})

describe('delivery API freshness', () => {
  it('a read right after a publish, correction or kill never returns the old version', async () => {
    for (let round = 0; round < 3; round++) {
      // Warm the cache with the list and a story page first.
      const before = await newsroom.http().get('/delivery/v1/stories?limit=50')
      expect(before.status).toBe(200)
      const published = await publishStory(newsroom, storyData(`Tin nóng vòng ${round}`))
      const list = await newsroom.http().get('/delivery/v1/stories?limit=50')
      expect(list.body.docs.map((d: { id: string }) => d.id)).toContain(String(published.id))
      expect(list.headers.etag).not.toBe(before.headers.etag)
      const fresh = await newsroom.http().get(`/delivery/v1/stories/${published.slug}`)
      expect(fresh.body.headline).toBe(`Tin nóng vòng ${round}`)

      await correctStory(newsroom, published.id, { headline: `Tin nóng vòng ${round} (đính chính)` })
      const corrected = await newsroom.http().get(`/delivery/v1/stories/${published.slug}`)
      expect(corrected.body.headline).toBe(`Tin nóng vòng ${round} (đính chính)`)
      const stale = await newsroom
        .http()
        .get(`/delivery/v1/stories/${published.slug}`)
        .set('If-None-Match', fresh.headers.etag!)
      expect(stale.status).toBe(200)

      await killStory(newsroom, published.id)
      expect((await newsroom.http().get(`/delivery/v1/stories/${published.slug}`)).status).toBe(404)
      const after = await newsroom.http().get('/delivery/v1/stories?limit=50')
      expect(after.body.docs.map((d: { id: string }) => d.id)).not.toContain(String(published.id))
    }
  })
})

describe('content checked before sending', () => {
  it('shows what Zalo would refuse before publishing, and fails only that target', async () => {
    const long = `Tin rất dài ${'về chuyển đổi số tại các xã phường của tỉnh Hưng Yên '.repeat(4)}`
    const { doc } = {
      doc: await newsroom.payload.create({
        collection: 'stories',
        data: { ...storyData(long), workflowState: 'approved', desk: newsroom.desks.news } as never,
      }),
    }
    const check = await newsroom
      .http()
      .get(`/api/stories/${doc.id}/distribution`)
      .set(auth(newsroom.users.editor.token))
    expect(check.status).toBe(200)
    const zaloCheck = check.body.targets.find((t: { kind: string }) => t.kind === 'zalo')
    expect(zaloCheck.problems[0].message).toMatch(/150/)
    const published = await publishStory(newsroom, storyData(long))
    const deliveries = await settledDeliveries(newsroom, published.id, 'publish', 4)
    const zaloDelivery = deliveries.find((d) => d.targetKind === 'zalo')!
    expect(zaloDelivery.status).toBe('failed')
    expect(zaloDelivery.attempts).toBe(0)
    expect(zaloDelivery.problems?.[0]?.field).toBe('headline')
    expect(deliveries.filter((d) => d.targetKind !== 'zalo').every((d) => d.status === 'confirmed')).toBe(
      true,
    )
  })
})

describe('platform faults', () => {
  it('retries a 500 and honours 429 Retry-After, posting once', async () => {
    zalo.script('/v2.0/article/create', { status: 500 }, { status: 429, retryAfter: '1' })
    const before = zalo.articles.size
    const started = Date.now()
    const story = await publishStory(newsroom, storyData('Nông dân Khoái Châu thu hoạch nhãn lồng'))
    const deliveries = await settledDeliveries(newsroom, story.id, 'publish', 4)
    const z = deliveries.find((d) => d.targetKind === 'zalo')!
    expect(z.status).toBe('confirmed')
    expect(z.attempts).toBe(3)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(zalo.articles.size).toBe(before + 1)
  })

  it('refreshes an expired token once and keeps the new single-use refresh token', async () => {
    const spent = zalo.refreshTokensUsed.length
    zalo.setAccessTokenValid(null)
    const story = await publishStory(
      newsroom,
      storyData('Hưng Yên khai trương trung tâm điều hành thông minh'),
    )
    const [z] = (await settledDeliveries(newsroom, story.id, 'publish', 4)).filter(
      (d) => d.targetKind === 'zalo',
    )
    expect(z!.status).toBe('confirmed')
    expect(zalo.refreshTokensUsed.length).toBe(spent + 1)
    const read = await newsroom
      .http()
      .get(`/api/distribution-targets/${targets.zalo}`)
      .set(auth(newsroom.users.admin.token))
    expect(JSON.stringify(read.body)).not.toContain(zalo.currentRefreshToken())
    // The next publish uses the stored new token without another refresh.
    const next = await publishStory(newsroom, storyData('Hưng Yên ra mắt cổng dịch vụ công mới'))
    await settledDeliveries(newsroom, next.id, 'publish', 4)
    expect(zalo.refreshTokensUsed.length).toBe(spent + 1)
  })

  it('fails visibly with the platform’s words when it refuses; an admin retries it', async () => {
    site.script(400)
    const story = await publishStory(newsroom, storyData('Khánh thành cầu Hưng Hà mới'))
    const failed = (await settledDeliveries(newsroom, story.id, 'publish', 4)).find(
      (d) => d.targetKind === 'website',
    )!
    expect(failed.status).toBe('failed')
    expect(failed.platformMessage ?? failed.lastError).toMatch(/400/)
    const byEditor = await newsroom
      .http()
      .post(`/api/deliveries/${failed.id}/retry`)
      .set(auth(newsroom.users.editor.token))
    expect(byEditor.status).toBe(403)
    expect(
      (await newsroom.http().post('/api/deliveries/999999/retry').set(auth(newsroom.users.admin.token)))
        .status,
    ).toBe(404)
    site.script(200)
    const retried = await newsroom
      .http()
      .post(`/api/deliveries/${failed.id}/retry`)
      .set(auth(newsroom.users.admin.token))
    expect(retried.status).toBe(200)
    const after = await settledDeliveries(newsroom, story.id, 'publish', 4)
    expect(after.find((d) => d.id === failed.id)!.status).toBe('confirmed')
    const again = await newsroom
      .http()
      .post(`/api/deliveries/${failed.id}/retry`)
      .set(auth(newsroom.users.admin.token))
    expect(again.status).toBe(409)
    const cancel = await newsroom
      .http()
      .post(`/api/deliveries/${failed.id}/cancel`)
      .set(auth(newsroom.users.admin.token))
    expect(cancel.status).toBe(409)
  })
})

describe('grassroots bulletins', () => {
  it('an emergency bulletin, read by TTS, goes to the provincial system ahead of the others', async () => {
    const bulletin = (priority: string, headline: string) =>
      storyData(headline, {
        grassroots: {
          enabled: true,
          priority,
          communes: [commune],
          ledText: headline.slice(0, 60),
          spokenText: `${headline}. Đề nghị nhân dân chú ý theo dõi.`,
          times: priority === 'emergency' ? '' : '06:30, 17:00',
          repeats: 2,
          voice: 'vi',
        },
      })
    const normal = await publishStory(newsroom, bulletin('normal', 'Lịch tiêm chủng mở rộng tháng này'))
    const emergency = await publishStory(newsroom, bulletin('emergency', 'Cảnh báo bão số 3 đổ bộ'))
    for (const s of [normal, emergency]) {
      const d = (await settledDeliveries(newsroom, s.id, 'publish', 5, 60_000)).find(
        (x) => x.targetKind === 'grassroots',
      )!
      expect({ status: d.status, error: d.lastError }).toEqual({ status: 'confirmed', error: null })
    }
    const queue = grassroots.playQueue()
    expect(queue[0]).toBe(`story-${emergency.id}`)
    const stored = grassroots.bulletins.get(`story-${emergency.id}`)!
    expect(stored.priority).toBe('emergency')
    expect(stored.audioData.length).toBeGreaterThan(1000)
    expect(stored.communes).toEqual([{ code: '12001', name: 'Phường Phố Hiến' }])
  })
})

describe('delivery API input', () => {
  it('refuses bad parameters with a clear message and pages results', async () => {
    for (const query of ['limit=0', 'limit=500', 'page=abc', 'locale=fr', 'limit=1&limit=2', 'body=text']) {
      const response = await newsroom.http().get(`/delivery/v1/stories?${query}`)
      expect({ query, status: response.status }).toEqual({ query, status: 400 })
      expect(response.body.errors[0].message).toMatch(/Tham số/)
    }
    const page = await newsroom.http().get('/delivery/v1/stories?limit=2&page=1')
    expect(page.status).toBe(200)
    expect(page.body.docs).toHaveLength(2)
    expect(page.body.hasNextPage).toBe(true)
    // Lists carry teasers; the body comes with the story, or on request.
    expect(page.body.docs[0]).not.toHaveProperty('bodyHtml')
    expect(page.body.docs[0]).toHaveProperty('standfirst')
    const withBody = await newsroom.http().get('/delivery/v1/stories?limit=2&body=html')
    expect(withBody.body.docs[0].bodyHtml).toMatch(/<p>/)
    expect(JSON.stringify(page.body)).not.toMatch(/"key"|bulletin|reviewedBy|credentials/)
    expect((await newsroom.http().get('/delivery/v1/stories/khong-ton-tai')).status).toBe(404)
    expect((await newsroom.http().get('/delivery/v1/stories?publication=khong-co')).status).toBe(404)
  })

  it('serves no deliveries to the public and lets staff read them', async () => {
    expect((await newsroom.http().get('/api/deliveries')).status).toBe(403)
    const staff = await newsroom
      .http()
      .get('/api/deliveries?limit=1')
      .set(auth(newsroom.users.reporter.token))
    expect(staff.status).toBe(200)
    expect(JSON.stringify(await deliveriesOf(newsroom, 0))).toBe('[]')
  })
})
