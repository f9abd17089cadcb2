import { readFileSync } from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Redis } from 'ioredis'
import { createLocalReq, initTransaction, killTransaction } from 'payload'

import { flushBeacons } from '../../plugins/audience/lib/flushBeacons'
import { importAudienceRows } from '../../plugins/audience/lib/importAudienceRows'
import { audienceKeys } from '../../plugins/audience/lib/redisCounts'
import { queuesFor } from '../../plugins/jobs/lib/queues'
import { jobsRegistry } from '../../plugins/jobs/lib/registry'
import { startWorker, type RunningWorker } from '../../plugins/jobs/lib/startWorker'
import { seedAudience } from '../../src/seed/audience'
import { vietnamDay } from '../../src/lib/vietnamTime'
import { auth, startNewsroom, waitFor, type TestNewsroom } from '../helpers/newsroom'
import { privateRedis, type PrivateRedis } from '../helpers/redisServer'

const EXAMPLE = readFileSync(new URL('../../docs/examples/audience-platforms.csv', import.meta.url))
const RATE = 12
const MAX_IMPORT_BYTES = 64 * 1024
const DESKTOP =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36'
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148'
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36'

let newsroom: TestNewsroom
let redis: Redis
/** The suite's own Redis, so a test can stop it without touching the shared one. */
let privateServer: PrivateRedis
const stories = {} as Record<'rice' | 'bridge' | 'festival' | 'draft' | 'failing', number>
const channels = {} as Record<'web' | 'radio' | 'tv', number>
const today = vietnamDay(new Date())

/** Makes the database refuse day rows of one story (a trigger): a flush or import fails after its first writes. */
async function failRowsOf(story: number, on: boolean) {
  const db = newsroom.payload.db as unknown as {
    drizzle: unknown
    execute: (a: { drizzle: unknown; raw: string }) => Promise<unknown>
  }
  const run = (raw: string) => db.execute({ drizzle: db.drizzle, raw })
  if (newsroom.db === 'sqlite') {
    await run(
      on
        ? `CREATE TRIGGER audience_test_fail BEFORE INSERT ON audience_daily WHEN NEW.story_id = ${story} BEGIN SELECT RAISE(ABORT, 'o dia day (gia lap)'); END`
        : 'DROP TRIGGER audience_test_fail',
    )
    return
  }
  if (!on) return void (await run('DROP TRIGGER audience_test_fail ON audience_daily'))
  await run(
    `CREATE OR REPLACE FUNCTION audience_test_fail() RETURNS trigger AS $$ BEGIN IF NEW.story_id = ${story} ` +
      `THEN RAISE EXCEPTION 'o dia day (gia lap)'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
  )
  await run(
    'CREATE TRIGGER audience_test_fail BEFORE INSERT ON audience_daily FOR EACH ROW EXECUTE FUNCTION audience_test_fail()',
  )
}

beforeAll(async () => {
  privateServer = await privateRedis()
  newsroom = await startNewsroom({
    REDIS_URL: privateServer.url,
    AUDIENCE_BEACON_RATE_PER_MINUTE: String(RATE),
    AUDIENCE_FLUSH_SECONDS: '1',
    FIGURES_MAX_IMPORT_BYTES: String(MAX_IMPORT_BYTES),
  })
  const { payload } = newsroom
  redis = queuesFor(payload).connection
  const agency = (await payload.find({ collection: 'agencies', limit: 1 })).docs[0]!.id
  const channel = async (name: string, code: string, kind: string) =>
    (await payload.create({ collection: 'publications', data: { name, code, kind, agency } as never }))
      .id as number
  channels.web = await channel('Báo điện tử Thử nghiệm', 'BDT', 'website')
  channels.radio = await channel('Phát thanh Thử nghiệm', 'PTTN', 'radio')
  channels.tv = await channel('Truyền hình Thử nghiệm', 'THTN', 'tv')
  const story = async (headline: string, desk: number | string, ids: number[], state = 'published') =>
    (
      await payload.create({
        collection: 'stories',
        data: {
          headline,
          desk,
          channels: ids,
          workflowState: state,
          publishedAt: state === 'published' ? '2026-03-01T01:00:00.000Z' : null,
        } as never,
      })
    ).id as number
  stories.rice = await story('Mùa lúa bội thu', newsroom.desks.news, [channels.web, channels.radio])
  stories.bridge = await story('Cầu vượt sông Hồng', newsroom.desks.economy, [channels.web, channels.tv])
  stories.festival = await story('Lễ hội chùa Keo', newsroom.desks.news, [channels.radio])
  stories.draft = await story('Bản nháp chưa duyệt', newsroom.desks.news, [channels.web], 'drafting')
  stories.failing = await story('Tin thử lỗi ghi', newsroom.desks.news, [channels.web])
})

afterAll(async () => {
  await newsroom?.stop()
  await privateServer?.stop()
})

const token = (role: keyof TestNewsroom['users']) => newsroom.users[role].token
const beacon = (body: unknown, ua: string | null = DESKTOP, type = 'application/json') => {
  let request = newsroom.http().post('/api/audience/beacon').set('Content-Type', type)
  if (ua !== null) request = request.set('User-Agent', ua)
  return request.send(typeof body === 'string' ? body : JSON.stringify(body))
}
const flush = () => flushBeacons(newsroom.payload, redis)
const dayRows = async (story: number, day = today) =>
  (
    await newsroom.payload.find({
      collection: 'audience-daily',
      where: { story: { equals: story }, day: { equals: day } },
      depth: 0,
      pagination: false,
      sort: 'platform',
    })
  ).docs as unknown as Array<Record<string, unknown>>
const report = (query: string, role: keyof TestNewsroom['users'] = 'manager') =>
  newsroom
    .http()
    .get(`/api/audience/report?${query}`)
    .set(auth(token(role)))

describe('beacon', () => {
  it('answers CORS preflight and never sets a cookie', async () => {
    const preflight = await newsroom
      .http()
      .options('/api/audience/beacon')
      .set('Origin', 'https://baohungyen.vn')
    expect(preflight.status).toBe(204)
    expect(preflight.headers['access-control-allow-origin']).toBe('*')
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined()
    expect(preflight.headers['set-cookie']).toBeUndefined()
  })

  it('counts views, unique readers, mobile views, listens, watch minutes and shares — once, however often flushed', async () => {
    const sent = [
      await beacon({ story: stories.rice, event: 'view' }, DESKTOP),
      await beacon({ story: stories.rice, event: 'view' }, IPHONE),
      await beacon({ story: String(stories.rice), event: 'view' }, ANDROID),
      await beacon({ story: 'mua-lua-boi-thu', event: 'view' }, DESKTOP),
      // navigator.sendBeacon with a string sends text/plain.
      await beacon(
        JSON.stringify({ story: stories.rice, event: 'listen', seconds: 30 }),
        DESKTOP,
        'text/plain;charset=UTF-8',
      ),
      await beacon({ story: stories.rice, event: 'listen' }, IPHONE),
      await beacon({ story: stories.rice, event: 'share' }, ANDROID),
      await beacon({ story: stories.bridge, event: 'watch', seconds: 90 }, DESKTOP),
      await beacon({ story: stories.bridge, event: 'view', platform: 'app' }, IPHONE),
    ]
    for (const response of sent) {
      expect([response.status, response.body]).toEqual([202, { counted: true }])
      expect(response.headers['set-cookie']).toBeUndefined()
      expect(response.headers['access-control-allow-origin']).toBe('*')
    }
    expect(await dayRows(stories.rice)).toEqual([])

    expect(await flush()).toMatchObject({ status: 'flushed', rows: 3, days: [today] })
    const expectCounts = async () => {
      expect(await dayRows(stories.rice)).toEqual([
        expect.objectContaining({
          platform: 'website',
          source: 'beacon',
          views: 4,
          uniques: 3,
          mobileViews: 2,
          listens: 2,
          shares: 1,
          watchMinutes: 0,
          deskId: newsroom.desks.news,
          publicationId: channels.web,
        }),
      ])
      expect(await dayRows(stories.bridge)).toEqual([
        expect.objectContaining({
          platform: 'app',
          views: 1,
          uniques: 1,
          mobileViews: 1,
          publicationId: channels.web,
        }),
        expect.objectContaining({ platform: 'website', views: 0, uniques: 1, watchMinutes: 1.5 }),
      ])
    }
    await expectCounts()
    expect(await flush()).toEqual({ status: 'empty' })
    await expectCounts()

    // A flush that committed but died before clearing Redis: its batch is found again and not re-added.
    const keys = audienceKeys(jobsRegistry(newsroom.payload.config).options.prefix)
    await beacon({ story: stories.rice, event: 'view' }, DESKTOP)
    const pending = await redis.hgetall(keys.live)
    const first = await flush()
    expect(first).toMatchObject({ status: 'flushed' })
    await redis.hset(keys.flushing, { ...pending, '#batch': (first as { batch: string }).batch })
    expect(await flush()).toMatchObject({ status: 'alreadyApplied' })
    expect(await redis.exists(keys.flushing)).toBe(0)
    expect((await dayRows(stories.rice))[0]).toMatchObject({ views: 5, uniques: 3 })

    const summary = await report(`from=${today}&to=${today}`)
    expect(summary.status).toBe(200)
    expect(summary.body).toMatchObject({
      views: 6,
      mobileViews: 3,
      listens: 2,
      watchMinutes: 1.5,
      shares: 1,
      domesticSharePct: 100,
      mobileSharePct: 50,
    })
  })

  it('keeps counts in Redis when the database refuses a flush, and applies them once on the retry', async () => {
    await beacon({ story: stories.rice, event: 'share' }, DESKTOP)
    await beacon({ story: stories.failing, event: 'view' }, DESKTOP)
    await failRowsOf(stories.failing, true)
    await expect(flush()).rejects.toThrow()
    expect((await dayRows(stories.rice))[0]).toMatchObject({ shares: 1 })
    await failRowsOf(stories.failing, false)
    // New beacons meanwhile wait in the live hash for the next batch.
    await beacon({ story: stories.rice, event: 'share' }, IPHONE)
    expect(await flush()).toMatchObject({ status: 'flushed', rows: 2 })
    expect((await dayRows(stories.rice))[0]).toMatchObject({ shares: 2 })
    expect(await flush()).toMatchObject({ status: 'flushed', rows: 1 })
    expect((await dayRows(stories.rice))[0]).toMatchObject({ shares: 3 })
    expect((await dayRows(stories.failing))[0]).toMatchObject({ views: 1 })
  })

  it('answers robots and prefetches 202 without counting them', async () => {
    const bots = [
      await beacon(
        { story: stories.rice, event: 'view' },
        'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      ),
      await beacon({ story: stories.rice, event: 'view' }, 'curl/8.5.0'),
      await beacon({ story: stories.rice, event: 'view' }, null),
      await newsroom
        .http()
        .post('/api/audience/beacon')
        .set('User-Agent', DESKTOP)
        .set('Purpose', 'prefetch')
        .send({ story: stories.rice, event: 'view' }),
    ]
    for (const response of bots)
      expect([response.status, response.body]).toEqual([202, { counted: false, reason: 'bot' }])
    expect(await flush()).toEqual({ status: 'empty' })
  })

  it('refuses a flood past the per-client limit with 429 and counts only up to the limit', async () => {
    // The limit is per clock minute: start well inside one.
    const second = new Date().getSeconds()
    if (second > 45) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000))
    const flooder = `${DESKTOP} Flood/1.0`
    const statuses: number[] = []
    let retryAfter: string | undefined
    for (let i = 0; i < RATE + 6; i++) {
      const response = await beacon({ story: stories.festival, event: 'view' }, flooder)
      statuses.push(response.status)
      if (response.status === 429) retryAfter = response.headers['retry-after']
    }
    expect(statuses.filter((s) => s === 202)).toHaveLength(RATE)
    expect(statuses.filter((s) => s === 429)).toHaveLength(6)
    expect(Number(retryAfter)).toBeGreaterThan(0)
    // Another reader on the same address is not held back by the flooder.
    expect((await beacon({ story: stories.festival, event: 'view' }, IPHONE)).status).toBe(202)
    await flush()
    expect((await dayRows(stories.festival))[0]).toMatchObject({ views: RATE + 1, uniques: 2 })
  })

  it('refuses forged and malformed beacons and counts nothing for them', async () => {
    const cases: Array<[unknown, number, string?]> = [
      [{ story: stories.draft, event: 'view' }, 404],
      [{ story: 'ban-nhap-chua-duyet', event: 'view' }, 404],
      [{ story: 987654, event: 'view' }, 404],
      [{ story: 'khong-co-bai-nay', event: 'view' }, 404],
      [{ story: stories.rice, event: 'view', visitor: 'x' }, 400],
      [{ story: stories.rice, event: 'view', platform: 'youtube' }, 400],
      [{ story: stories.rice, event: 'hack' }, 400],
      [{ story: stories.rice, event: 'watch', seconds: 99_999 }, 400],
      [{ story: stories.rice, event: 'watch', seconds: '60' }, 400],
      [{ story: 99999999999, event: 'view' }, 400],
      ['{"story": 1, "event":', 400],
      [{ story: 'x'.repeat(3000), event: 'view' }, 413],
      ['story=1&event=view', 415, 'application/x-www-form-urlencoded'],
    ]
    for (const [body, status, type] of cases) {
      const response = await beacon(body, DESKTOP, type)
      expect([JSON.stringify(body).slice(0, 60), response.status]).toEqual([
        JSON.stringify(body).slice(0, 60),
        status,
      ])
      expect(response.body.errors[0].message).toEqual(expect.any(String))
      expect(response.headers['set-cookie']).toBeUndefined()
    }
    expect((await newsroom.http().get('/api/audience/beacon')).status).toBe(405)
    expect(await flush()).toEqual({ status: 'empty' })
    expect(await dayRows(stories.draft)).toEqual([])
  })

  it('moves counts from the worker every few seconds, and on a manager’s request', async () => {
    expect(
      (
        await newsroom
          .http()
          .post('/api/audience/flush')
          .set(auth(token('deskChief')))
      ).status,
    ).toBe(403)
    const worker: RunningWorker = startWorker(newsroom.payload, {
      queues: ['indexing'],
      dispatchOutbox: false,
    })
    try {
      await beacon({ story: stories.festival, event: 'listen' }, ANDROID)
      await waitFor(async () => ((await dayRows(stories.festival))[0]?.listens === 1 ? true : undefined), {
        timeoutMs: 15_000,
        what: 'the worker flush',
      })
      await beacon({ story: stories.festival, event: 'listen' }, ANDROID)
      const asked = await newsroom
        .http()
        .post('/api/audience/flush')
        .set(auth(token('manager')))
      expect(asked.status).toBe(202)
      await waitFor(async () => ((await dayRows(stories.festival))[0]?.listens === 2 ? true : undefined), {
        timeoutMs: 15_000,
        what: 'the requested flush',
      })
    } finally {
      await worker.close(5_000)
      // Closing a worker closes this Payload's queue connection too; the next use opens a new one.
      redis = queuesFor(newsroom.payload).connection
    }
  })
})

/** Text in Windows-1258 as old Vietnamese Excel writes it: base letters plus combining tone marks. */
function windows1258(text: string): Buffer {
  const decoder = new TextDecoder('windows-1258')
  const table = new Map<string, number>()
  for (let byte = 0; byte < 256; byte++) {
    const char = decoder.decode(new Uint8Array([byte]))
    if (!table.has(char)) table.set(char, byte)
  }
  const bytes: number[] = []
  for (const char of text.normalize('NFC')) {
    const parts = [...char.normalize('NFD')]
    let taken = parts.length
    while (taken > 0 && !table.has(parts.slice(0, taken).join('').normalize('NFC'))) taken--
    if (taken === 0) throw new Error(`no Windows-1258 for ${char}`)
    bytes.push(table.get(parts.slice(0, taken).join('').normalize('NFC'))!)
    for (const mark of parts.slice(taken)) bytes.push(table.get(mark)!)
  }
  return Buffer.from(bytes)
}

const HEADER = 'ngày;bài;nền tảng;lượt xem;người đọc;lượt nghe;phút xem;chia sẻ;di động'
const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\n'), 'utf8')
const importCsv = (
  bytes: Buffer,
  query = '',
  role: keyof TestNewsroom['users'] = 'manager',
  filename = 'khan-gia.csv',
) =>
  newsroom
    .http()
    .post(`/api/audience-daily/import${query}`)
    .set(auth(token(role)))
    .attach('file', bytes, { filename, contentType: 'text/csv' })
const importRaw = (bytes: Buffer, query = '', role: keyof TestNewsroom['users'] = 'apiClient') =>
  newsroom
    .http()
    .post(`/api/audience-daily/import${query}`)
    .set(auth(token(role)))
    .set('Content-Type', 'text/csv')
    .send(bytes)
const MARCH = 'from=2026-03-01&to=2026-03-31'
const storedCounts = async () => {
  const { payload } = newsroom
  return {
    rows: (await payload.count({ collection: 'audience-daily', where: { source: { equals: 'import' } } }))
      .totalDocs,
    imports: (await payload.count({ collection: 'audience-imports' })).totalDocs,
    rollups: (
      await payload.count({ collection: 'audience-rollups', where: { month: { equals: '2026-03' } } })
    ).totalDocs,
    storyMonths: (
      await payload.count({ collection: 'audience-story-months', where: { month: { equals: '2026-03' } } })
    ).totalDocs,
  }
}
const pick = <T extends Record<string, unknown>>(list: T[], ...keys: string[]) =>
  list.map((item) => keys.map((key) => item[key]))

describe('platform CSV import and the report', () => {
  it('imports the documented example and reports the figures worked out by hand', async () => {
    const response = await importCsv(EXAMPLE, '', 'manager', 'audience-platforms.csv')
    expect(response.status).toBe(201)
    expect(response.body).toMatchObject({
      rows: 7,
      replaced: 0,
      days: { first: '2026-03-02', last: '2026-03-04', count: 3 },
      platforms: ['baomoi', 'facebook', 'fptplay', 'radio', 'spotify', 'youtube', 'zalo'],
      encoding: 'utf-8',
      delimiter: ';',
      totals: {
        views: 3000,
        uniques: 2410,
        listens: 2500,
        watchMinutes: 2150.5,
        shares: 95,
        mobileViews: 2350,
      },
      import: { fileName: 'audience-platforms.csv', rows: 7, uploadedBy: newsroom.users.manager.id },
    })

    const march = await report(MARCH)
    expect(march.status).toBe(200)
    expect(march.body).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-31',
      views: 3000,
      uniques: 2410,
      listens: 2500,
      watchMinutes: 2150.5,
      shares: 95,
      mobileViews: 2350,
      // Zalo 1 200 + FPT Play 300 + Báo Mới 200 of 3 000 views; 2 350 of 3 000 on phones.
      domesticSharePct: 56.7,
      mobileSharePct: 78.3,
    })
    expect(pick(march.body.byPlatform, 'platform', 'views', 'listens', 'domestic')).toEqual([
      ['zalo', 1200, 0, true],
      ['facebook', 800, 0, false],
      ['youtube', 500, 0, false],
      ['fptplay', 300, 0, true],
      ['baomoi', 200, 0, true],
      ['radio', 0, 2000, true],
      ['spotify', 0, 500, false],
    ])
    expect(pick(march.body.byDesk, 'desk', 'name', 'views', 'listens')).toEqual([
      [newsroom.desks.news, 'Thời sự', 2200, 2500],
      [newsroom.desks.economy, 'Kinh tế', 800, 0],
    ])
    // Radio listens go to the radio channel, YouTube and FPT Play to the TV channel, the rest to the website.
    expect(pick(march.body.byPublication, 'publication', 'name', 'views', 'listens', 'watchMinutes')).toEqual(
      [
        [channels.web, 'Báo điện tử Thử nghiệm', 2200, 0, 0],
        [channels.tv, 'Truyền hình Thử nghiệm', 800, 0, 2150.5],
        [channels.radio, 'Phát thanh Thử nghiệm', 0, 2500, 0],
      ],
    )
    expect(pick(march.body.topStories, 'story', 'headline', 'views', 'listens')).toEqual([
      [stories.rice, 'Mùa lúa bội thu', 2200, 0],
      [stories.bridge, 'Cầu vượt sông Hồng', 800, 0],
      [stories.festival, 'Lễ hội chùa Keo', 0, 2500],
    ])
    expect(pick(march.body.byMonth, 'month', 'views')).toEqual([['2026-03', 3000]])

    const economy = await report(`${MARCH}&desk=${newsroom.desks.economy}`)
    expect(economy.body).toMatchObject({ views: 800, domesticSharePct: 37.5, mobileSharePct: 62.5 })
    expect(pick(economy.body.topStories, 'story')).toEqual([[stories.bridge]])
    const radio = await report(`${MARCH}&publication=${channels.radio}`)
    expect(radio.body).toMatchObject({
      views: 0,
      listens: 2500,
      domesticSharePct: null,
      mobileSharePct: null,
    })
    expect(pick(radio.body.topStories, 'story')).toEqual([[stories.festival]])
    const zalo = await report(`${MARCH}&platform=zalo`)
    expect(zalo.body).toMatchObject({ views: 1200, domesticSharePct: 100 })
    expect(pick(zalo.body.topStories, 'story', 'views')).toEqual([[stories.rice, 1200]])

    // Odd days at the ends of a period come from the day rows, whole months from the story months.
    const oneDay = await report('from=2026-03-02&to=2026-03-02')
    expect(oneDay.body).toMatchObject({ views: 2500, mobileViews: 2100 })
    expect(pick(oneDay.body.topStories, 'story', 'views')).toEqual([
      [stories.rice, 2000],
      [stories.bridge, 500],
    ])
    const straddling = await report('from=2026-02-15&to=2026-04-10')
    expect(straddling.body).toMatchObject({ views: 3000, listens: 2500 })
    expect(pick(straddling.body.byMonth, 'month', 'views')).toEqual([
      ['2026-02', 0],
      ['2026-03', 3000],
      ['2026-04', 0],
    ])
    expect(pick(straddling.body.topStories, 'story', 'views')).toEqual(
      pick(march.body.topStories, 'story', 'views'),
    )

    const page = await newsroom
      .http()
      .get(`/api/audience/stories?${MARCH}&limit=2&page=2`)
      .set(auth(token('deskChief')))
    expect(page.status).toBe(200)
    expect(page.body).toMatchObject({ totalDocs: 3, totalPages: 2, page: 2, limit: 2, sort: 'views' })
    expect(pick(page.body.docs, 'story', 'headline', 'listens')).toEqual([
      [stories.festival, 'Lễ hội chùa Keo', 2500],
    ])
    const byListens = await newsroom
      .http()
      .get(`/api/audience/stories?${MARCH}&sort=listens`)
      .set(auth(token('manager')))
    expect(byListens.body.docs[0]).toMatchObject({
      story: stories.festival,
      slug: 'le-hoi-chua-keo',
      desk: newsroom.desks.news,
    })
  })

  it('lets desk chiefs read the figures, not reporters or strangers, and refuses bad periods and ids', async () => {
    expect((await report(MARCH, 'deskChief')).status).toBe(200)
    expect((await report(MARCH, 'reporter')).status).toBe(403)
    expect((await report(MARCH, 'apiClient')).status).toBe(403)
    expect((await newsroom.http().get(`/api/audience/report?${MARCH}`)).status).toBe(401)
    const cases: Array<[string, number, RegExp]> = [
      ['', 400, /from/],
      ['from=2026-03-31&to=2026-03-01', 400, /sau/],
      ['from=2025-01-01&to=2026-01-05', 400, /tối đa 366/],
      ['from=2026-02-30&to=2026-03-01', 400, /không phải ngày/],
      [`${MARCH}&desk=abc`, 400, /desk/],
      [`${MARCH}&publication=99999999999`, 400, /publication/],
      [`${MARCH}&desk=987654`, 404, /ban #987654/],
      [`${MARCH}&publication=987654`, 404, /987654/],
      [`${MARCH}&platform=myspace`, 400, /platform/],
    ]
    for (const [query, status, message] of cases) {
      const response = await report(query)
      expect([query, response.status, response.body.errors?.[0]?.message]).toEqual([
        query,
        status,
        expect.stringMatching(message),
      ])
    }
    const badPage = await newsroom
      .http()
      .get(`/api/audience/stories?${MARCH}&page=0`)
      .set(auth(token('manager')))
    expect(badPage.status).toBe(400)
    const badSort = await newsroom
      .http()
      .get(`/api/audience/stories?${MARCH}&sort=clicks`)
      .set(auth(token('manager')))
    expect(badSort.status).toBe(400)
  })

  it('refuses the same file again and rows an earlier import gave, unless asked to replace them — never adding them twice', async () => {
    const before = await storedCounts()
    const again = await importCsv(EXAMPLE)
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toMatch(/đã được nhập lúc .*audience-platforms\.csv/)

    const update = csv(
      '03/03/2026;cau-vuot-song-hong;FPT Play;350;300;0;950;2;120',
      '05/03/2026;cau-vuot-song-hong;FPT Play;100;90;0;0;0;50',
    )
    const overlapping = await importCsv(update, '', 'manager', 'fptplay-sua.csv')
    expect(overlapping.status).toBe(409)
    expect(overlapping.body.errors).toEqual([
      expect.objectContaining({
        line: 2,
        message: expect.stringMatching(
          /ngày 2026-03-03 đã có số liệu từ lượt nhập #\d+ \(tệp "audience-platforms\.csv"\).*replace=true/,
        ),
      }),
    ])
    expect(await storedCounts()).toEqual(before)

    const replaced = await importCsv(update, '?replace=true', 'manager', 'fptplay-sua.csv')
    expect(replaced.status).toBe(201)
    expect(replaced.body).toMatchObject({ rows: 2, replaced: 1, import: { replaced: 1 } })
    const rows = await newsroom.payload.find({
      collection: 'audience-daily',
      where: {
        story: { equals: stories.bridge },
        platform: { equals: 'fptplay' },
        day: { equals: '2026-03-03' },
      },
      depth: 0,
    })
    expect(rows.docs).toEqual([
      expect.objectContaining({ views: 350, watchMinutes: 950, import: replaced.body.import.id }),
    ])
    const march = await report(MARCH)
    expect(march.body).toMatchObject({ views: 3150, watchMinutes: 2200.5, mobileViews: 2420 })
    expect(pick(march.body.byPlatform, 'platform', 'views').find(([p]) => p === 'fptplay')).toEqual([
      'fptplay',
      450,
    ])

    // The same bytes again, replacing: the earlier record gives way to the new one.
    const repeat = await importCsv(update, '?replace=true', 'admin', 'fptplay-sua.csv')
    expect(repeat.status).toBe(201)
    expect(repeat.body).toMatchObject({ rows: 2, replaced: 2 })
    expect((await report(MARCH)).body.views).toBe(3150)
    expect((await storedCounts()).imports).toBe(before.imports + 1)
  })

  it('reads Windows-1258, UTF-8 with a BOM, ids and raw CSV bodies with the platform given', async () => {
    const legacy = await importCsv(
      windows1258('ngày;bài;nền tảng;lượt nghe\n05/03/2026;le-hoi-chua-keo;Loa truyền thanh cơ sở;1.500\n'),
    )
    expect(legacy.status).toBe(201)
    expect(legacy.body).toMatchObject({
      encoding: 'windows-1258',
      platforms: ['loudspeaker'],
      totals: { listens: 1500 },
    })

    const bom = await importCsv(
      Buffer.from(
        // A zero-padded id names the same story.
        `\uFEFFngày,bài,nền tảng,lượt xem,di động\n06/03/2026,00${stories.rice},TikTok,100,90\n`,
        'utf8',
      ),
    )
    expect(bom.status).toBe(201)
    expect(bom.body).toMatchObject({ encoding: 'utf-8-bom', platforms: ['tiktok'] })

    const raw = await importRaw(
      Buffer.from('date,story,views\n2026-03-07,https://baohungyen.vn/thoi-su/mua-lua-boi-thu.html,40\n'),
      '?platform=youtube&fileName=youtube-thang-3.csv',
    )
    expect(raw.status).toBe(201)
    expect(raw.body).toMatchObject({
      platforms: ['youtube'],
      import: { fileName: 'youtube-thang-3.csv', uploadedBy: newsroom.users.apiClient.id },
    })

    const march = await report(MARCH)
    expect(march.body).toMatchObject({ views: 3290, listens: 4000, mobileViews: 2510 })
  })

  it('refuses every bad file with its lines and columns, and stores nothing', async () => {
    const before = await storedCounts()
    const future = `${Number(today.slice(0, 4)) + 1}-01-01`
    const cases: Array<[string, () => ReturnType<typeof importCsv>, number, RegExp[]]> = [
      [
        'a missing column',
        () => importCsv(Buffer.from('ngày;bài;lượt xem\n02/03/2026;mua-lua-boi-thu;5\n')),
        400,
        [/thiếu cột "nền tảng"/],
      ],
      [
        'no figures at all',
        () => importCsv(Buffer.from('ngày;bài;nền tảng\n02/03/2026;mua-lua-boi-thu;zalo\n')),
        400,
        [/không có cột số liệu/],
      ],
      [
        'bad values on several lines',
        () =>
          importCsv(
            csv(
              '08/03/2026;mua-lua-boi-thu;zalo;nhiều;0;0;0;0;0',
              '08/03/2026;mua-lua-boi-thu;facebook;-5;0;0;0;0;0',
              `${future};mua-lua-boi-thu;tiktok;5;0;0;0;0;0`,
              '31/12/1999;mua-lua-boi-thu;tiktok;5;0;0;0;0;0',
              '08/03/2026;khong-co-bai-nay;zalo;5;0;0;0;0;0',
              '08/03/2026;ban-nhap-chua-duyet;zalo;5;0;0;0;0;0',
              '08/03/2026;mua-lua-boi-thu;Myspace;5;0;0;0;0;0',
              '08/03/2026;mua-lua-boi-thu;website;5;0;0;0;0;0',
              '08/03/2026;mua-lua-boi-thu;zalo;5;0;0;0;0;9',
            ),
          ),
        400,
        [
          /^Dòng 2, cột "lượt xem": "nhiều" không phải là số nguyên/,
          /^Dòng 3, cột "lượt xem": không được âm/,
          /^Dòng 4, cột "ngày": .*tương lai/,
          /^Dòng 5, cột "ngày": .*trước năm 2000/,
          /^Dòng 8, cột "nền tảng": nền tảng "Myspace" không có trong danh mục/,
          /^Dòng 9, cột "nền tảng": .*beacon/,
          /^Dòng 10, cột "di động": .*lớn hơn lượt xem/,
        ],
      ],
      [
        'a URL with a stray % (not a 500)',
        () => importCsv(csv('08/03/2026;https://bao.vn/tin/giam-50%-phi.html;zalo;5;0;0;0;0;0')),
        400,
        [/^Dòng 2, cột "bài": "https:\/\/bao\.vn\/tin\/giam-50%-phi\.html" không phải mã, đường dẫn/],
      ],
      [
        'unknown and unpublished stories',
        () =>
          importCsv(
            csv(
              '08/03/2026;khong-co-bai-nay;zalo;5;0;0;0;0;0',
              `08/03/2026;${stories.draft};zalo;5;0;0;0;0;0`,
              '08/03/2026;99999999999;zalo;5;0;0;0;0;0',
            ),
          ),
        400,
        [
          /^Dòng 2, cột "bài": không có tin bài "khong-co-bai-nay"/,
          /^Dòng 3, cột "bài": .*chưa từng xuất bản/,
          /^Dòng 4, cột "bài": không có tin bài "99999999999"/,
        ],
      ],
      [
        'the same story, platform and day twice (by slug and by id)',
        () =>
          importCsv(
            csv(
              '08/03/2026;mua-lua-boi-thu;zalo;5;0;0;0;0;0',
              `08/03/2026;${stories.rice};Zalo OA;6;0;0;0;0;0`,
            ),
          ),
        400,
        [/^Dòng 3: trùng dòng 2/],
      ],
      [
        'a UTF-16 file',
        () => importCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ngày;bài\n', 'utf16le')])),
        400,
        [/UTF-16/],
      ],
      ['an empty file', () => importCsv(Buffer.alloc(0)), 400, [/rỗng/]],
      [
        'an unclosed quote',
        () => importCsv(csv('08/03/2026;"mua-lua-boi-thu;zalo;5;0;0;0;0;0')),
        400,
        [/ngoặc kép/],
      ],
      ['a bad replace flag', () => importCsv(EXAMPLE, '?replace=maybe'), 400, [/replace/]],
      ['an unknown encoding', () => importCsv(EXAMPLE, '?encoding=latin1'), 400, [/encoding/]],
      [
        'an unknown default platform',
        () =>
          importRaw(Buffer.from('date,story,views\n2026-03-07,mua-lua-boi-thu,40\n'), '?platform=myspace'),
        400,
        [/platform/],
      ],
      [
        'a file over the size limit',
        () => importRaw(Buffer.alloc(MAX_IMPORT_BYTES + 10, 0x61)),
        413,
        [/giới hạn 64 KB/],
      ],
      [
        'a form file over the size limit',
        () => importCsv(Buffer.alloc(MAX_IMPORT_BYTES + 10, 0x61)),
        413,
        [/giới hạn 64 KB/],
      ],
      [
        'a JSON body',
        () =>
          newsroom
            .http()
            .post('/api/audience-daily/import')
            .set(auth(token('manager')))
            .send({ rows: [] }) as never,
        415,
        [/text\/csv/],
      ],
      ['a reporter', () => importCsv(EXAMPLE, '', 'reporter'), 403, [/nhập số liệu/]],
      ['a desk chief', () => importCsv(EXAMPLE, '', 'deskChief'), 403, [/nhập số liệu/]],
    ]
    for (const [name, send, status, messages] of cases) {
      const response = await send()
      const got = (response.body.errors ?? []).map((error: { message: string }) => error.message)
      expect([name, response.status]).toEqual([name, status])
      for (const message of messages)
        expect([name, got]).toEqual([name, expect.arrayContaining([expect.stringMatching(message)])])
    }
    expect(
      (await newsroom.http().post('/api/audience-daily/import').attach('file', EXAMPLE, 'a.csv')).status,
    ).toBe(401)
    expect(await storedCounts()).toEqual(before)
  })

  it('refuses a beacon-counted default platform once, before reading the lines', async () => {
    const before = await storedCounts()
    const lines = Array.from(
      { length: 30 },
      (_, day) => `2026-03-${String(day + 1).padStart(2, '0')},mua-lua-boi-thu,40`,
    )
    for (const platform of ['website', 'app', 'Báo điện tử']) {
      const response = await importRaw(
        Buffer.from(['date,story,views', ...lines].join('\n')),
        `?platform=${encodeURIComponent(platform)}`,
      )
      expect([platform, response.status]).toEqual([platform, 400])
      expect(response.body.errors).toHaveLength(1)
      expect(response.body.errors[0].message).toMatch(/^Tham số "platform" = .*được đếm bằng beacon/)
    }
    expect(await storedCounts()).toEqual(before)
  })

  it('will not run inside a caller’s transaction, where a refusal could not undo its writes', async () => {
    const { payload } = newsroom
    const before = await storedCounts()
    // Rows an earlier import gave: the import finds that only after writing, and must roll back.
    const again = csv('02/03/2026;mua-lua-boi-thu;zalo;5;0;0;0;0;0')
    const req = await createLocalReq({}, payload)
    expect(await initTransaction(req)).toBe(true)
    try {
      await expect(importAudienceRows(payload, { bytes: again, fileName: 'lai.csv' }, req)).rejects.toThrow(
        /own transaction/,
      )
    } finally {
      await killTransaction(req)
    }
    expect(await storedCounts()).toEqual(before)
    // Without one it answers the refusal itself, having undone its writes.
    const outcome = await importAudienceRows(payload, { bytes: again, fileName: 'lai.csv' })
    expect(outcome).toMatchObject({ ok: false, status: 409 })
    expect(await storedCounts()).toEqual(before)
  })

  it('writes nothing at all when the database fails half-way through an import', async () => {
    const before = await storedCounts()
    await failRowsOf(stories.failing, true)
    try {
      const response = await importCsv(
        csv('09/03/2026;mua-lua-boi-thu;zalo;5;0;0;0;0;0', '09/03/2026;tin-thu-loi-ghi;zalo;5;0;0;0;0;0'),
      )
      expect(response.status).toBe(500)
      expect(response.body.errors[0].message).toMatch(/không có dòng nào được lưu/)
    } finally {
      await failRowsOf(stories.failing, false)
    }
    expect(await storedCounts()).toEqual(before)
  })
})

describe('deleting a story', () => {
  it('is not blocked by its audience, and the totals of the period stay as they were', async () => {
    const period = `from=${today}&to=${today}`
    const before = (await report(period)).body
    await newsroom.payload.delete({ collection: 'stories', id: stories.failing })
    const after = (await report(period)).body
    expect(after.views).toBe(before.views)
    expect(pick(after.topStories, 'story').flat()).not.toContain(stories.failing)
    const orphans = await newsroom.payload.count({
      collection: 'audience-daily',
      where: { story: { exists: false } },
    })
    expect(orphans.totalDocs).toBe(1)
  })
})

describe('demo seed', () => {
  it('gives sixty days of figures with about 70 % domestic and 65 % mobile views, through the import', async () => {
    const before = (await newsroom.payload.count({ collection: 'audience-imports' })).totalDocs
    const seeded = await seedAudience(
      newsroom.payload,
      new Map([
        ['rice', stories.rice],
        ['bridge', stories.bridge],
        ['festival', stories.festival],
        ['draft', stories.draft],
      ]),
      new Date(),
    )
    expect(seeded).toBeGreaterThan(300)
    expect((await newsroom.payload.count({ collection: 'audience-imports' })).totalDocs).toBe(before + 1)
    const yesterday = vietnamDay(Date.now() - 86_400_000)
    const sixtyDaysAgo = vietnamDay(Date.now() - 60 * 86_400_000)
    const summary = await report(`from=${sixtyDaysAgo}&to=${yesterday}`)
    expect(summary.status).toBe(200)
    expect(summary.body.views).toBeGreaterThan(1000)
    expect(summary.body.domesticSharePct).toBeGreaterThan(66)
    expect(summary.body.domesticSharePct).toBeLessThan(74)
    expect(summary.body.mobileSharePct).toBeGreaterThan(60)
    expect(summary.body.mobileSharePct).toBeLessThan(70)
    const platforms = pick(summary.body.byPlatform, 'platform').flat()
    expect(platforms).toEqual(expect.arrayContaining(['website', 'app', 'zalo', 'facebook', 'youtube']))
    // The draft got nothing; the other three did.
    expect(pick(summary.body.topStories, 'story').flat().sort()).toEqual(
      [stories.rice, stories.bridge, stories.festival].sort(),
    )
  })
})

describe('beacon without Redis', () => {
  it('answers 503 with a clear message while Redis is down, and counts again once it is back', async () => {
    await privateServer.stop()
    try {
      const response = await beacon({ story: stories.rice, event: 'view' }, DESKTOP)
      expect(response.status).toBe(503)
      expect(response.body.errors[0].message).toMatch(/Redis/)
      expect(response.headers['retry-after']).toBe('30')
      expect(response.headers['access-control-allow-origin']).toBe('*')
      expect(response.headers['set-cookie']).toBeUndefined()
    } finally {
      await privateServer.start()
    }
    await waitFor(
      async () =>
        (await beacon({ story: stories.rice, event: 'view' }, DESKTOP)).status === 202 ? true : undefined,
      {
        timeoutMs: 10_000,
        what: 'the beacon to count again after Redis came back',
      },
    )
  })
})
