import { once } from 'node:events'
import { request } from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import express from 'express'
import sharp from 'sharp'
import supertest from 'supertest'

import {
  RASTERISE_JOB,
  rasteriseEpaperJob,
  type RasteriseData,
} from '../../plugins/epaper/jobs/rasteriseEpaper'
import { editionPrefix } from '../../plugins/epaper/lib/keys'
import { mountReader } from '../../plugins/epaper/routes/reader'
import type { EditionDoc, EpaperPageDoc } from '../../plugins/epaper/types'
import { startWorker } from '../../plugins/jobs'
import type { MediaStorage } from '../../plugins/media/types'
import { auth, createStoryIn, startNewsroom, type TestNewsroom, waitFor } from '../helpers/newsroom'
import {
  articleOf,
  corruptPdf,
  type DrawnArticle,
  encryptedPdf,
  newspaperPdf,
  paddedPdf,
  SAMPLE_STORIES,
  sampleStoryData,
  zeroPagePdf,
} from '../helpers/pdfs'

const MB = 1024 * 1024
let newsroom: TestNewsroom
let worker: { close: (graceMs?: number) => Promise<void> }
let storage: MediaStorage
let free: () => supertest.Agent
let publication: number | string
let edition: number | string
const stories: Record<keyof typeof SAMPLE_STORIES, number | string> = {} as never
let drawn: DrawnArticle[]

async function createEdition(number: number, date: string) {
  const doc = await newsroom.payload.create({
    collection: 'editions',
    data: { publication, number, date, pages: [{ number: 1, colour: 'colour' }, { number: 2 }] } as never,
  })
  return doc.id
}

const readEdition = async (id = edition) =>
  (await newsroom.payload.findByID({ collection: 'editions', id, depth: 0 })) as unknown as EditionDoc

async function pagesOf(id = edition): Promise<EpaperPageDoc[]> {
  const { docs } = await newsroom.payload.find({
    collection: 'epaper-pages',
    where: { edition: { equals: id } },
    sort: 'number',
    depth: 0,
    pagination: false,
  })
  return docs as unknown as EpaperPageDoc[]
}

const upload = (id: number | string, pdf: Buffer, query = '', token = newsroom.users.editor.token) =>
  newsroom
    .http()
    .post(`/api/editions/${id}/epaper${query}`)
    .set(auth(token))
    .attach('file', pdf, { filename: 'bao-in.pdf', contentType: 'application/pdf' })

/** Waits for the worker to settle the upload numbered `generation`, and returns the edition. */
const settled = (generation: number, id = edition) =>
  waitFor(
    async () => {
      const doc = await readEdition(id)
      const status = doc.epaper?.status
      return (doc.epaper?.generation ?? 0) >= generation && (status === 'ready' || status === 'failed')
        ? doc
        : undefined
    },
    { timeoutMs: 150_000, intervalMs: 250, what: `e-paper upload ${generation} to be processed` },
  )

const outboxCount = async () =>
  (await newsroom.payload.count({ collection: 'job-outbox' as never })).totalDocs

const zoneOf = (page: EpaperPageDoc, story: number | string) =>
  (page.zones ?? []).find((zone) => String(zone.story) === String(story))

const closeTo = (actual: number, expected: number, tolerance = 0.012) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance)

beforeAll(async () => {
  newsroom = await startNewsroom({ EPAPER_ACCESS: 'subscribers', MAX_UPLOAD_BYTES: String(3 * MB) })
  worker = startWorker(newsroom.payload, { queues: ['media'] })
  storage = (newsroom.payload.config.custom as { mediaStorage: MediaStorage }).mediaStorage
  const app = express()
  mountReader(app, newsroom.payload, 'free')
  free = () => supertest.agent(app)
  const agency = (await newsroom.payload.find({ collection: 'agencies', limit: 1 })).docs[0]!.id
  publication = (
    await newsroom.payload.create({
      collection: 'publications',
      data: { name: 'Báo Hưng Yên', code: 'BHY', kind: 'print', agency } as never,
    })
  ).id
  for (const [key, story] of Object.entries(SAMPLE_STORIES)) {
    stories[key as keyof typeof SAMPLE_STORIES] = (
      await createStoryIn(newsroom, 'published', sampleStoryData(story))
    ).id
  }
  edition = await createEdition(12, '2026-03-10')
  const place = (story: number | string, page: number) =>
    newsroom.payload.create({ collection: 'placements', data: { edition, story, page } as never })
  await place(stories.bridge, 1)
  await place(stories.rice, 1)
  await place(stories.school, 2)
  // Planned for page 2 but left out of the printed page: no zone may point at it.
  await place(stories.football, 2)
}, 120_000)

afterAll(async () => {
  await worker?.close()
  await newsroom?.stop()
})

async function printedEdition() {
  return newspaperPdf([
    {
      masthead: 'BÁO HƯNG YÊN — Thứ Ba, 10/3/2026',
      articles: [
        articleOf(SAMPLE_STORIES.bridge, { x: 0.06, y: 0.08, w: 0.88, h: 0.3 }),
        articleOf(SAMPLE_STORIES.rice, { x: 0.06, y: 0.5, w: 0.42, h: 0.4 }),
      ],
    },
    { articles: [articleOf(SAMPLE_STORIES.school, { x: 0.5, y: 0.12, w: 0.44, h: 0.45 })] },
  ])
}

describe('uploading a printed PDF', () => {
  it('refuses bad files with a clear message and stores nothing', async () => {
    const outbox = await outboxCount()
    const twoPages = (await printedEdition()).pdf
    const cases: Array<[string, Buffer, string, number, RegExp]> = [
      ['text', Buffer.from('Đây không phải PDF'), '', 400, /không phải là tệp PDF/],
      ['corrupt', corruptPdf(), '', 400, /bị hỏng hoặc không đầy đủ/],
      ['encrypted', encryptedPdf(), '', 400, /khóa bằng mật khẩu/],
      ['empty', await zeroPagePdf(), '', 400, /không có trang nào/],
      [
        'several pages for one',
        twoPages,
        '?page=2',
        400,
        /cần tệp PDF có đúng 1 trang; tệp "bao-in.pdf" có 2 trang/,
      ],
      ['page zero', twoPages, '?page=0', 400, /"page" phải là số trang nguyên/],
      ['too big', await paddedPdf(4 * MB), '', 413, /vượt giới hạn/],
    ]
    for (const [name, pdf, query, status, message] of cases) {
      const response = await upload(edition, pdf, query)
      expect({ name, status: response.status }).toEqual({ name, status })
      expect(response.body.errors[0].message).toMatch(message)
    }
    const empty = await zeroPagePdf()
    expect((await newsroom.http().post(`/api/editions/${edition}/epaper`).send({})).status).toBe(401)
    expect((await upload(edition, empty, '', newsroom.users.reporter.token)).status).toBe(403)
    expect((await upload('999999', empty)).status).toBe(404)
    const noFile = await newsroom
      .http()
      .post(`/api/editions/${edition}/epaper`)
      .set(auth(newsroom.users.editor.token))
      .send({})
    expect(noFile.status).toBe(400)
    expect(noFile.body.errors[0].message).toMatch(/Thiếu tệp PDF/)

    expect((await readEdition()).epaper).toMatchObject({ status: 'none', generation: 0 })
    expect(await pagesOf()).toEqual([])
    expect(await outboxCount()).toBe(outbox)
    expect(await storage.list(editionPrefix(edition))).toEqual([])
  })

  it('answers 413 from the declared length alone, before reading the body', async () => {
    const server = newsroom.app.listen(0, '127.0.0.1')
    await once(server, 'listening')
    const { port } = server.address() as { port: number }
    try {
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/api/editions/${edition}/epaper`,
          headers: {
            ...auth(newsroom.users.editor.token),
            'content-type': 'multipart/form-data; boundary=x',
            'content-length': String(600 * MB),
          },
        })
        req.on('response', (res) => {
          let body = ''
          res.on('data', (chunk) => (body += chunk))
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, body })
            req.destroy()
          })
        })
        req.on('error', reject)
        req.write('--x\r\n')
      })
      expect(answer.status).toBe(413)
      expect(JSON.parse(answer.body).errors[0].message).toMatch(/vượt giới hạn 500 MB/)
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })

  it('refuses to publish an edition whose e-paper is not ready', async () => {
    const response = await newsroom
      .http()
      .post(`/api/editions/${edition}/epaper/publish`)
      .set(auth(newsroom.users.deskChief.token))
      .send({ published: true })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toMatch(/chưa có trang/)
  })
})

describe('rasterising', () => {
  it('makes three image sizes per page and proposes zones around the printed stories', async () => {
    const printed = await printedEdition()
    drawn = printed.drawn
    const response = await upload(edition, printed.pdf)
    expect(response.status).toBe(202)
    expect(response.body).toMatchObject({ status: 'processing', pages: 2, generation: 1 })
    const done = await settled(1)
    expect(done.epaper).toMatchObject({ status: 'ready', pageCount: 2, error: null })

    const pages = await pagesOf()
    expect(pages.map((p) => p.number)).toEqual([1, 2])
    for (const page of pages) {
      expect(page).toMatchObject({ widthPt: 842, heightPt: 1191, generation: 1 })
      expect(page.images).toHaveLength(6)
      for (const image of page.images!) {
        const object = await storage.read(image.key)
        const chunks: Buffer[] = []
        for await (const chunk of object.body) chunks.push(chunk as Buffer)
        const meta = await sharp(Buffer.concat(chunks)).metadata()
        const width = { thumb: 240, screen: 1200, zoom: 2400 }[image.size]
        expect({ size: image.size, format: meta.format, width: meta.width }).toEqual({
          size: image.size,
          format: image.format === 'jpg' ? 'jpeg' : 'webp',
          width,
        })
        closeTo(meta.height!, Math.round((width * 1191) / 842), 1)
        expect(image.filesize).toBe(object.size)
      }
    }

    const expectZone = (page: EpaperPageDoc, story: number | string, headline: string) => {
      const zone = zoneOf(page, story)
      expect(zone).toMatchObject({ source: 'auto' })
      const rect = drawn.find((d) => d.headline === headline)!.rect
      closeTo(zone!.x, rect.x)
      closeTo(zone!.y, rect.y)
      closeTo(zone!.x + zone!.w, rect.x + rect.w)
      closeTo(zone!.y + zone!.h, rect.y + rect.h)
      expect(zone!.score).toBeGreaterThan(0.8)
    }
    expectZone(pages[0]!, stories.bridge, SAMPLE_STORIES.bridge.headline)
    expectZone(pages[0]!, stories.rice, SAMPLE_STORIES.rice.headline)
    expectZone(pages[1]!, stories.school, SAMPLE_STORIES.school.headline)
    expect(pages[0]!.zones).toHaveLength(2)
    expect(pages[1]!.zones).toHaveLength(1)
    expect(zoneOf(pages[1]!, stories.football)).toBeUndefined()
  })
})

describe('correcting zones', () => {
  const patch = (id: number | string, zones: unknown, token = newsroom.users.editor.token) =>
    newsroom.http().patch(`/api/epaper-pages/${id}?depth=0`).set(auth(token)).send({ zones })

  it('lets editors move and add zones, which become manual', async () => {
    const [page1] = await pagesOf()
    const [bridge, rice] = [zoneOf(page1!, stories.bridge)!, zoneOf(page1!, stories.rice)!]
    const moved = { id: rice.id, story: stories.rice, x: 0.05, y: 0.49, w: 0.45, h: 0.43 }
    const response = await patch(page1!.id, [
      {
        id: bridge.id,
        story: stories.bridge,
        x: bridge.x,
        y: bridge.y,
        w: bridge.w,
        h: bridge.h,
        source: 'manual',
      },
      { ...moved, source: 'auto', score: 1 },
      { story: stories.football, x: 0.55, y: 0.5, w: 0.4, h: 0.1 },
    ])
    expect(response.status).toBe(200)
    const zones = response.body.doc.zones
    expect(zones[0]).toMatchObject({ id: bridge.id, source: 'auto', score: bridge.score })
    expect(zones[1]).toMatchObject({ ...moved, source: 'manual', score: null })
    expect(zones[2]).toMatchObject({ story: stories.football, source: 'manual', score: null })
  })

  it('refuses a zone outside its page or on an unknown story, naming the zone and changing nothing', async () => {
    const [page1] = await pagesOf()
    const before = page1!.zones
    const keep = before!.map(({ id, story, x, y, w, h }) => ({ id, story, x, y, w, h }))
    const cases: Array<[unknown, RegExp]> = [
      [
        [...keep.slice(0, 1), { story: stories.rice, x: 0.8, y: 0.1, w: 0.3, h: 0.1 }],
        /^Vùng 2 nằm ngoài trang: x \+ w = 1,1/,
      ],
      [
        [{ story: stories.rice, x: 0.1, y: -0.05, w: 0.3, h: 0.1 }],
        /^Vùng 1 nằm ngoài trang: x và y không được âm/,
      ],
      [[{ story: stories.rice, x: 0.1, y: 0.5, w: 0.3, h: 0.6 }], /^Vùng 1 nằm ngoài trang: y \+ h = 1,1/],
      [[{ story: stories.rice, x: 0.1, y: 0.1, w: 0, h: 0.1 }], /^Vùng 1: chiều rộng/],
      [
        [...keep, { story: 987654, x: 0.1, y: 0.1, w: 0.1, h: 0.1 }],
        /^Vùng 4: không có tin bài nào mã "987654"/,
      ],
    ]
    for (const [zones, message] of cases) {
      const response = await patch(page1!.id, zones)
      expect(response.status).toBe(400)
      expect(response.body.errors[0].message).toMatch(message)
    }
    expect((await pagesOf())[0]!.zones).toEqual(before)
    expect((await patch(page1!.id, keep, newsroom.users.reporter.token)).status).toBe(403)
    expect((await newsroom.http().patch(`/api/epaper-pages/${page1!.id}`).send({ zones: keep })).status).toBe(
      403,
    )
  })
})

describe('replacing pages', () => {
  it('replaces one page from a one-page PDF, keeps manual zones and leaves the other pages alone', async () => {
    const [page1Before, page2Before] = await pagesOf()
    const manual = { story: stories.football, x: 0.05, y: 0.7, w: 0.4, h: 0.2 }
    const patched = await newsroom
      .http()
      .patch(`/api/epaper-pages/${page2Before!.id}`)
      .set(auth(newsroom.users.editor.token))
      .send({
        zones: [
          ...page2Before!.zones!.map(({ id, story, x, y, w, h }) => ({ id, story, x, y, w, h })),
          manual,
        ],
      })
    expect(patched.status).toBe(200)

    const single = await newspaperPdf([
      { articles: [articleOf(SAMPLE_STORIES.school, { x: 0.06, y: 0.3, w: 0.5, h: 0.3 })] },
    ])
    const response = await upload(edition, single.pdf, '?page=2')
    expect(response.status).toBe(202)
    expect(response.body).toMatchObject({ generation: 2, page: 2, pages: 1 })
    expect((await settled(2)).epaper).toMatchObject({ status: 'ready', pageCount: 2 })

    const [page1, page2] = await pagesOf()
    expect(page1).toEqual(page1Before)
    expect(page2!.id).toBe(page2Before!.id)
    expect(page2!.generation).toBe(2)
    const school = zoneOf(page2!, stories.school)!
    const rect = single.drawn[0]!.rect
    closeTo(school.y, rect.y)
    closeTo(school.x + school.w, rect.x + rect.w)
    expect(school.source).toBe('auto')
    expect(zoneOf(page2!, stories.football)).toMatchObject({ ...manual, source: 'manual' })
    // The new images replaced the old ones in storage; page 1's are untouched.
    const keys = await storage.list(`${editionPrefix(edition)}pages/2/`)
    expect(keys.sort()).toEqual(page2!.images!.map((i) => i.key).sort())
    expect(keys.every((key) => key.includes('/g2-'))).toBe(true)
    expect(await storage.list(`${editionPrefix(edition)}pages/1/`)).toHaveLength(6)
  })

  it('can run the same job again without creating anything twice', async () => {
    const before = await pagesOf()
    const data: RasteriseData = {
      editionId: edition,
      generation: 2,
      key: `${editionPrefix(edition)}source-p2.pdf`,
      page: 2,
    }
    const result = await rasteriseEpaperJob.handler(data, {
      payload: newsroom.payload,
      job: { name: RASTERISE_JOB } as never,
      signal: new AbortController().signal,
    })
    expect(result).toMatchObject({ pages: 1, saved: 1 })
    const after = await pagesOf()
    expect(after.map((p) => p.id)).toEqual(before.map((p) => p.id))
    expect(after[1]!.zones!.map((z) => z.story)).toEqual(before[1]!.zones!.map((z) => z.story))
    expect(await newsroom.payload.count({ collection: 'epaper-pages' })).toMatchObject({ totalDocs: 2 })
  })

  it('marks the edition failed when a page cannot be made, keeping the pages made before', async () => {
    const [, page2Before] = await pagesOf()
    // Page 2 is a banner far longer than wide: pdfinfo (page 1) lets the file in, the worker refuses page 2.
    const mixed = await newspaperPdf([
      { articles: [articleOf(SAMPLE_STORIES.bridge, { x: 0.06, y: 0.08, w: 0.88, h: 0.3 })] },
      { articles: [], width: 300, height: 3000 },
    ])
    expect((await upload(edition, mixed.pdf)).status).toBe(202)
    const failed = await settled(3)
    expect(failed.epaper).toMatchObject({ status: 'failed', pageCount: 2 })
    expect(failed.epaper!.error).toMatch(/Trang 2 có khổ 300×3000 pt, quá dài hoặc quá hẹp/)
    const [page1, page2] = await pagesOf()
    expect(page1!.generation).toBe(3)
    expect(page1!.zones!.map((z) => z.story)).toEqual(expect.arrayContaining([stories.bridge, stories.rice]))
    expect(page2).toEqual(page2Before)
  })

  it('drops pages past the end of a shorter new PDF', async () => {
    const printed = await printedEdition()
    expect((await upload(edition, printed.pdf)).status).toBe(202)
    expect((await settled(4)).epaper).toMatchObject({ status: 'ready', pageCount: 2, error: null })
    const shorter = await newspaperPdf([printedPage1()])
    expect((await upload(edition, shorter.pdf)).status).toBe(202)
    expect((await settled(5)).epaper).toMatchObject({ status: 'ready', pageCount: 1 })
    expect((await pagesOf()).map((p) => p.number)).toEqual([1])
    expect(await storage.list(`${editionPrefix(edition)}pages/2/`)).toEqual([])
    // Back to two pages for the reader tests.
    expect((await upload(edition, printed.pdf)).status).toBe(202)
    expect((await settled(6)).epaper).toMatchObject({ status: 'ready', pageCount: 2 })
  })
})

function printedPage1() {
  return {
    articles: [
      articleOf(SAMPLE_STORIES.bridge, { x: 0.06, y: 0.08, w: 0.88, h: 0.3 }),
      articleOf(SAMPLE_STORIES.rice, { x: 0.06, y: 0.5, w: 0.42, h: 0.4 }),
    ],
  }
}

describe('zones without a page plan', () => {
  it('matches the stories published around the edition day', async () => {
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)
    const unplanned = await createEdition(13, today)
    const pdf = await newspaperPdf([
      { articles: [articleOf(SAMPLE_STORIES.football, { x: 0.1, y: 0.6, w: 0.5, h: 0.2 })] },
    ])
    expect((await upload(unplanned, pdf.pdf)).status).toBe(202)
    expect((await settled(1, unplanned)).epaper).toMatchObject({ status: 'ready' })
    const [page] = await pagesOf(unplanned)
    expect(page!.zones!.map((z) => z.story)).toEqual([stories.football])
  })
})

describe('the public reader', () => {
  const publish = (published: boolean, token: string, id = edition) =>
    newsroom.http().post(`/api/editions/${id}/epaper/publish`).set(auth(token)).send({ published })

  it('publishes for desk chiefs and above only', async () => {
    expect((await publish(true, newsroom.users.editor.token)).status).toBe(403)
    const bad = await newsroom
      .http()
      .post(`/api/editions/${edition}/epaper/publish`)
      .set(auth(newsroom.users.deskChief.token))
      .send({ published: 'yes' })
    expect(bad.status).toBe(400)
    const response = await publish(true, newsroom.users.deskChief.token)
    expect(response.status).toBe(200)
    const epaper = (await readEdition()).epaper!
    expect(epaper.published).toBe(true)
    expect(Date.parse(epaper.publishedAt!)).toBeGreaterThan(Date.now() - 60_000)
  })

  it('lists published editions and serves the reader, images and articles when reading is free', async () => {
    const list = await free().get('/epaper')
    expect(list.status).toBe(200)
    expect(list.text).toContain('<html lang="vi">')
    expect(list.text).toContain(`href="/epaper/${edition}"`)
    expect(list.text).toContain('Báo Hưng Yên · Số 12 — 10/03/2026')
    // The edition without a published e-paper is nowhere.
    expect(list.headers['content-security-policy']).toMatch(/script-src 'nonce-/)

    const reader = await free().get(`/epaper/${edition}`)
    expect(reader.status).toBe(200)
    const data = JSON.parse(
      /<script type="application\/json" id="epaper-data">(.*?)<\/script>/s.exec(reader.text)![1]!,
    )
    expect(data.pages.map((p: { number: number }) => p.number)).toEqual([1, 2])
    expect(data.pages[0].zones.map((z: { headline: string }) => z.headline).sort()).toEqual(
      [SAMPLE_STORIES.bridge.headline, SAMPLE_STORIES.rice.headline, SAMPLE_STORIES.football.headline].sort(),
    )

    const image = await free().get(`/epaper/${edition}/pages/2/screen.webp`).buffer(true)
    expect(image.status).toBe(200)
    expect(image.headers['content-type']).toBe('image/webp')
    expect(image.headers['cache-control']).toBe('public, max-age=3600')
    expect((await sharp(image.body as Buffer).metadata()).width).toBe(1200)
    const again = await free()
      .get(`/epaper/${edition}/pages/2/screen.webp`)
      .set('if-none-match', image.headers.etag!)
    expect(again.status).toBe(304)
    expect((await free().get(`/epaper/${edition}/pages/1/zoom.jpg`)).headers['content-type']).toBe(
      'image/jpeg',
    )
    expect((await free().get(`/epaper/${edition}/pages/1/huge.webp`)).status).toBe(404)
    expect((await free().get(`/epaper/${edition}/pages/9/thumb.webp`)).status).toBe(404)

    const article = await free().get(`/epaper/${edition}/articles/${stories.rice}?format=json`)
    expect(article.status).toBe(200)
    expect(article.body).toMatchObject({ headline: SAMPLE_STORIES.rice.headline, pages: [1] })
    expect(article.body.bodyHtml).toContain(SAMPLE_STORIES.rice.paragraphs[0])
    const html = await free().get(`/epaper/${edition}/articles/${stories.rice}`)
    expect(html.headers['content-type']).toMatch(/text\/html/)
    expect(html.text).toContain(`<h2>${SAMPLE_STORIES.rice.headline}</h2>`)
    const elsewhere = await free().get(`/epaper/${edition}/articles/${stories.bridge}0?format=json`)
    expect(elsewhere.status).toBe(404)
  })

  it('hides unpublished editions from the public but not from staff', async () => {
    const other = await createEdition(14, '2026-03-11')
    expect((await free().get(`/epaper/${other}`)).status).toBe(404)
    expect((await publish(false, newsroom.users.deskChief.token)).status).toBe(200)
    expect((await free().get(`/epaper/${edition}`)).status).toBe(404)
    expect((await free().get(`/epaper/${edition}/pages/1/thumb.webp`)).status).toBe(404)
    const staff = await free().get(`/epaper/${edition}`).set(auth(newsroom.users.editor.token))
    expect(staff.status).toBe(200)
    expect((await publish(true, newsroom.users.deskChief.token)).status).toBe(200)
  })

  it('asks for a subscription when reading is for subscribers, and refuses lapsed ones', async () => {
    const http = newsroom.http()
    const list = await http.get('/epaper')
    expect(list.status).toBe(200)
    expect(list.text).toContain('data-testid="epaper-login"')
    const reader = await http.get(`/epaper/${edition}`)
    expect(reader.status).toBe(401)
    expect(reader.text).toContain('Vui lòng đăng nhập để đọc')
    expect((await http.get(`/epaper/${edition}/pages/1/screen.webp`)).status).toBe(401)
    expect((await http.get(`/epaper/${edition}/pages/1/thumb.webp`)).status).toBe(200)
    const anonymous = await http.get(`/epaper/${edition}/articles/${stories.rice}?format=json`)
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors[0].message).toMatch(/đăng nhập/)

    const day = (offset: number) => new Date(Date.now() + offset * 24 * 3600_000).toISOString()
    const make = (email: string, validUntil: string) =>
      newsroom.payload.create({
        collection: 'subscribers',
        data: { email, password: 'Ban-Doc@2026!', name: 'Bạn đọc', validUntil, active: true },
      })
    await make('het-han@example.vn', day(-3))
    const valid = await make('con-han@example.vn', day(30))
    const login = (email: string) =>
      newsroom.http().post('/api/subscribers/login').send({ email, password: 'Ban-Doc@2026!' })
    const expired = await login('het-han@example.vn')
    expect(expired.status).toBe(403)
    expect(expired.body.errors[0].message).toMatch(/đã hết hạn ngày \d\d\/\d\d\/\d{4}/)
    const ok = await login('con-han@example.vn')
    expect(ok.status).toBe(200)
    const cookie = ok.headers['set-cookie']![0]!.split(';')[0]!
    expect(cookie).toMatch(/^payload-token=/)

    const subscriber = newsroom.http()
    expect((await subscriber.get(`/epaper/${edition}`).set('cookie', cookie)).status).toBe(200)
    const image = await subscriber.get(`/epaper/${edition}/pages/1/screen.webp`).set('cookie', cookie)
    expect(image.status).toBe(200)
    expect(image.headers['cache-control']).toBe('private, max-age=3600')
    const article = await subscriber
      .get(`/epaper/${edition}/articles/${stories.bridge}?format=json`)
      .set('cookie', cookie)
    expect(article.body.headline).toBe(SAMPLE_STORIES.bridge.headline)
    // A subscriber is not staff: the newsroom's own collections stay closed.
    expect((await subscriber.get('/api/epaper-pages').set('cookie', cookie)).status).toBe(403)

    // The subscription ends while the session is still open.
    await newsroom.payload.update({ collection: 'subscribers', id: valid.id, data: { validUntil: day(-1) } })
    const lapsed = await subscriber.get(`/epaper/${edition}/pages/1/screen.webp`).set('cookie', cookie)
    expect(lapsed.status).toBe(403)
    expect(lapsed.body.errors[0].message).toMatch(/đã hết hạn/)
    const staff = await newsroom
      .http()
      .get(`/epaper/${edition}/pages/1/screen.webp`)
      .set(auth(newsroom.users.manager.token))
    expect(staff.status).toBe(200)
  })
})

describe('deleting an edition', () => {
  it('removes its pages and stored files', async () => {
    expect((await storage.list(editionPrefix(edition))).length).toBeGreaterThan(0)
    await newsroom.payload.delete({ collection: 'editions', id: edition })
    expect(await pagesOf()).toEqual([])
    expect(await storage.list(editionPrefix(edition))).toEqual([])
  })
})
