import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { unzipSync } from 'fflate'
import type { Plugin } from 'payload'
import type { Response as TestResponse } from 'supertest'

import { readIcml } from '../../plugins/print/lib/readIcml'
import { httpError } from '../../src/lib/httpErrors'
import { countPrintCharacters, lexicalToPlainText } from '../../src/lib/textMeasure'
import { withHooks } from '../../src/lib/withHooks'
import { splitColourJpeg } from '../helpers/images'
import { fetchBytes, uploadMedia } from '../helpers/mediaUpload'
import { auth, createStoryIn, startNewsroom, type TestNewsroom } from '../helpers/newsroom'

let newsroom: TestNewsroom
let printPaper: number | string
let epaper: number | string
let website: number | string
let section: number | string
let photo: Buffer
let mediaId: number | string
let edition: { id: number | string; title: string; date: string }
const stories: Record<'lead' | 'corner' | 'feature' | 'spare', { id: number | string; slug: string }> =
  {} as never
const placements: Record<string, number | string> = {}

const text = (value: string, format = 0) => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
})
const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  children,
})
const richText = (...children: unknown[]) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children },
})

const leadBody = richText(
  paragraph(
    text('Sáng 22/11, tại thành phố '),
    text('Hưng Yên', 1),
    text(' đã diễn ra lễ khai mạc '),
    text('Lễ hội Phố Hiến', 2),
    text(' năm 2026 với sự tham dự của hàng nghìn người dân & du khách.'),
  ),
  { type: 'heading', tag: 'h2', version: 1, children: [text('Rước kiệu qua phố cổ')] },
  paragraph(text('Đoàn rước gồm hơn 500 người mặc trang phục truyền thống <đi qua> các tuyến phố.')),
)
const cornerText = 'Giá lúa tăng nhẹ.\nNông dân phấn khởi sau vụ mùa bội thu.'

const planner = () => newsroom.users.deskChief.token
const download = (path: string, token = planner()) => fetchBytes(newsroom, path, auth(token))
const message = (response: TestResponse) => String(response.body?.errors?.[0]?.message ?? '')
const placementCount = async () => (await newsroom.payload.count({ collection: 'placements' })).totalDocs
const storyDoc = (id: number | string) =>
  newsroom.payload.findByID({ collection: 'stories', id, depth: 0 }) as unknown as Promise<{
    revision: number
    print?: { headline?: string; plannedLength?: number | null; actualLength?: number | null }
  }>

/** A story hook that refuses one planned length: the copy onto the story fails after the placement was written. */
const REFUSED_PLAN = 4242
const refuseTestPlan: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug !== 'stories'
      ? collection
      : withHooks(collection, {
          beforeChange: [
            ({ data }) => {
              if (data.print?.plannedLength === REFUSED_PLAN)
                throw httpError(400, 'Tin từ chối độ dài thử nghiệm.')
              return data
            },
          ],
        }),
  ),
})

async function place(data: Record<string, unknown>, token = planner()) {
  return newsroom.http().post('/api/placements').set(auth(token)).send(data)
}

beforeAll(async () => {
  newsroom = await startNewsroom({}, { plugins: [refuseTestPlan] })
  const { docs } = await newsroom.payload.find({ collection: 'agencies', limit: 1 })
  const agency = docs[0]!.id
  const publication = async (name: string, code: string, kind: string) =>
    (
      await newsroom.payload.create({
        collection: 'publications',
        data: { name, code, kind, agency } as never,
      })
    ).id
  printPaper = await publication('Báo Hưng Yên', 'BHY', 'print')
  epaper = await publication('Báo Hưng Yên điện tử (e-paper)', 'BHY-E', 'epaper')
  website = await publication('Báo Hưng Yên điện tử', 'BHY-WEB', 'website')
  section = (await newsroom.payload.create({ collection: 'sections', data: { name: 'Văn hóa' } as never })).id

  photo = await splitColourJpeg(1200, 800)
  const upload = await uploadMedia(newsroom, photo, 'Lễ hội Phố Hiến.jpg', {
    caption: 'Rước kiệu trên phố Hiến',
    credit: 'Trần Văn Bình',
  })
  expect(upload.status).toBe(201)
  mediaId = upload.body.doc.id

  const lead = await createStoryIn(newsroom, 'edited', {
    headline: 'Khai mạc Lễ hội Phố Hiến năm 2026',
    standfirst: 'Hàng nghìn người dân và du khách đổ về thành phố Hưng Yên.',
    body: leadBody,
    featuredImage: mediaId,
    bylines: [
      { name: 'Nguyễn Thị Hoa', contribution: 'writer' },
      { name: 'Trần Văn Bình', contribution: 'photographer' },
    ],
    print: { headline: 'Phố Hiến vào hội' },
  })
  const corner = await createStoryIn(newsroom, 'edited', {
    headline: 'Giá lúa tăng',
    print: { text: cornerText },
  })
  const feature = await createStoryIn(newsroom, 'approved', { headline: 'Làng nghề gốm Đông Hồ' })
  const spare = await createStoryIn(newsroom, 'drafting', { headline: 'Tin dự phòng' })
  for (const [key, doc] of Object.entries({ lead, corner, feature, spare }))
    stories[key as keyof typeof stories] = { id: doc.id, slug: (doc as { slug: string }).slug }
}, 120_000)

afterAll(async () => {
  await newsroom?.stop()
})

describe('editions', () => {
  it('creates an edition with its pages over REST and titles it', async () => {
    const response = await newsroom
      .http()
      .post('/api/editions')
      .set(auth(planner()))
      .send({
        publication: printPaper,
        date: '2026-11-22',
        number: 123,
        pages: [
          { number: 1, colour: 'colour', section, note: 'Trang nhất' },
          { number: 2, colour: 'mono' },
          { number: 3, colour: 'mono' },
          { number: 4, colour: 'colour' },
        ],
      })
    expect(response.status).toBe(201)
    edition = response.body.doc
    expect(edition.title).toBe('Số 123 — 22/11/2026')
    expect(edition.date).toBe('2026-11-22T00:00:00.000Z')
    expect(response.body.doc.status).toBe('planning')
    expect(response.body.doc.pages.map((p: { number: number }) => p.number)).toEqual([1, 2, 3, 4])
  })

  it('refuses a second number 123 of the same publication with a clear 409, nothing stored', async () => {
    const before = (await newsroom.payload.count({ collection: 'editions' })).totalDocs
    const response = await newsroom
      .http()
      .post('/api/editions')
      .set(auth(planner()))
      .send({ publication: printPaper, date: '2026-11-23', number: 123, pages: [{ number: 1 }] })
    expect(response.status).toBe(409)
    expect(message(response)).toContain('"Báo Hưng Yên" đã có số 123 (ngày 22/11/2026)')
    expect((await newsroom.payload.count({ collection: 'editions' })).totalDocs).toBe(before)

    // The e-paper has its own numbering.
    const other = await newsroom
      .http()
      .post('/api/editions')
      .set(auth(planner()))
      .send({ publication: epaper, date: '2026-11-22T12:00:00.000Z', number: 123 })
    expect(other.status).toBe(201)
    expect(other.body.doc.title).toBe('Số 123 — 22/11/2026')
  })

  it('refuses a publication that is not print or e-paper, and repeated page numbers', async () => {
    const before = (await newsroom.payload.count({ collection: 'editions' })).totalDocs
    const web = await newsroom
      .http()
      .post('/api/editions')
      .set(auth(planner()))
      .send({ publication: website, date: '2026-11-22', number: 1 })
    expect(web.status).toBe(400)
    expect(message(web)).toContain('báo in hoặc báo in điện tử')
    const repeated = await newsroom
      .http()
      .post('/api/editions')
      .set(auth(planner()))
      .send({
        publication: printPaper,
        date: '2026-11-24',
        number: 124,
        pages: [{ number: 2 }, { number: 2 }],
      })
    expect(repeated.status).toBe(400)
    expect(message(repeated)).toContain('trang 2 bị lặp')
    expect((await newsroom.payload.count({ collection: 'editions' })).totalDocs).toBe(before)
  })

  it.each([
    ['a number below 1', { number: 0 }],
    ['a fractional number', { number: 12.5 }],
    ['a text number', { number: 'một trăm' }],
    ['a date that is not a date', { date: 'hôm nay' }],
    ['a day that does not exist', { date: '2026-02-30' }],
    ['a number as date', { date: 20261122 }],
    ['no date', { date: undefined }],
    ['an unknown publication', { publication: 999999 }],
    // Ids no row can have: PostgreSQL refused the hooks' queries on them (was a 500).
    ['a publication id that is no number', { publication: 'bao-in' }],
    ['a publication id beyond the id range', { publication: 99_999_999_999 }],
    ['a fractional page', { pages: [{ number: 1.5 }] }],
    ['an issue number over 999 999', { number: 1_000_000 }],
    ['a page number over 999', { pages: [{ number: 1000 }] }],
    [
      'more pages than any edition has',
      { pages: Array.from({ length: 401 }, (_, i) => ({ number: i + 1 })) },
    ],
  ])('answers 400 for %s', async (_label, data) => {
    const before = (await newsroom.payload.count({ collection: 'editions' })).totalDocs
    const response = await newsroom
      .http()
      .post('/api/editions')
      .set(auth(planner()))
      .send({ publication: printPaper, date: '2026-12-01', number: 500, ...data })
    expect(response.status).toBe(400)
    expect(message(response)).not.toBe('')
    expect((await newsroom.payload.count({ collection: 'editions' })).totalDocs).toBe(before)
  })
})

describe('placements', () => {
  it('places stories and copies the planned length to each story', async () => {
    const before = await storyDoc(stories.lead.id)
    const lead = await place({
      edition: edition.id,
      page: 1,
      slot: 'Tin chính',
      story: stories.lead.id,
      plannedLength: 1200,
    })
    expect(lead.status).toBe(201)
    expect(lead.body.doc).toMatchObject({ order: 1, label: 'Số 123 — 22/11/2026 · trang 1 · Tin chính' })
    placements.lead = lead.body.doc.id
    const corner = await place({
      edition: edition.id,
      page: 1,
      slot: 'Góc phải',
      story: stories.corner.id,
      plannedLength: 60,
    })
    expect(corner.status).toBe(201)
    expect(corner.body.doc.order).toBe(2)
    placements.corner = corner.body.doc.id
    const feature = await place({ edition: edition.id, page: 3, story: stories.feature.id })
    expect(feature.status).toBe(201)
    placements.feature = feature.body.doc.id

    const after = await storyDoc(stories.lead.id)
    expect(after.print?.plannedLength).toBe(1200)
    expect(after.print?.headline).toBe('Phố Hiến vào hội')
    expect(after.revision).toBe(before.revision + 1)
    expect((await storyDoc(stories.corner.id)).print?.plannedLength).toBe(60)
  })

  it('follows a changed plan onto the story', async () => {
    const response = await newsroom
      .http()
      .patch(`/api/placements/${placements.lead}`)
      .set(auth(newsroom.users.editor.token))
      .send({ plannedLength: 1500 })
    expect(response.status).toBe(200)
    expect((await storyDoc(stories.lead.id)).print?.plannedLength).toBe(1500)
  })

  it('refuses a placement on a page the edition does not have, storing nothing', async () => {
    const before = await placementCount()
    const story = await storyDoc(stories.spare.id)
    const response = await place({
      edition: edition.id,
      page: 7,
      story: stories.spare.id,
      plannedLength: 900,
    })
    expect(response.status).toBe(400)
    expect(message(response)).toBe(
      'Số báo Số 123 — 22/11/2026 không có trang 7. Các trang hiện có: 1, 2, 3, 4.',
    )
    expect(await placementCount()).toBe(before)
    expect(await storyDoc(stories.spare.id)).toEqual(story)

    const moved = await newsroom
      .http()
      .patch(`/api/placements/${placements.feature}`)
      .set(auth(planner()))
      .send({ page: 9 })
    expect(moved.status).toBe(400)
    expect(message(moved)).toContain('không có trang 9')
  })

  it('refuses a story placed twice in the same edition (409)', async () => {
    const before = await placementCount()
    const response = await place({ edition: edition.id, page: 2, story: stories.lead.id, plannedLength: 300 })
    expect(response.status).toBe(409)
    expect(message(response)).toContain('đã có trên trang 1 của Số 123 — 22/11/2026')
    expect(await placementCount()).toBe(before)
    expect((await storyDoc(stories.lead.id)).print?.plannedLength).toBe(1500)
  })

  it.each([
    ['a text page', { page: 'bảy' }],
    ['a fractional page', { page: 1.5 }],
    ['a zero planned length', { plannedLength: 0 }],
    ['an unknown story', { story: 999999 }],
    ['an unknown edition', { edition: 999999 }],
    ['no story', { story: undefined }],
    ['a story id that is no number', { story: 'tin-du-phong' }],
    ['a story id beyond the id range', { story: 99_999_999_999 }],
    ['an edition id beyond the id range', { edition: 99_999_999_999 }],
    ['a planned length over 100 000 characters', { plannedLength: 100_001 }],
  ])('answers 400 for %s and stores nothing', async (_label, data) => {
    const before = await placementCount()
    const response = await place({
      edition: edition.id,
      page: 2,
      story: stories.spare.id,
      plannedLength: 500,
      ...data,
    })
    expect(response.status).toBe(400)
    expect(message(response)).not.toBe('')
    expect(await placementCount()).toBe(before)
    expect((await storyDoc(stories.spare.id)).print?.plannedLength ?? null).toBeNull()
  })

  it('stores no placement when the story cannot take the planned length', async () => {
    const before = await placementCount()
    const story = await storyDoc(stories.spare.id)
    const response = await place({
      edition: edition.id,
      page: 2,
      story: stories.spare.id,
      plannedLength: REFUSED_PLAN,
    })
    expect(response.status).toBe(400)
    expect(message(response)).toBe('Tin từ chối độ dài thử nghiệm.')
    expect(await placementCount()).toBe(before)
    expect(await storyDoc(stories.spare.id)).toEqual(story)
  })

  it('answers 400 for malformed JSON', async () => {
    const response = await newsroom
      .http()
      .post('/api/placements')
      .set(auth(planner()))
      .set('Content-Type', 'application/json')
      .send('{"edition": 1, "page": ')
    expect(response.status).toBe(400)
  })

  it('refuses a killed story (409)', async () => {
    const killed = await createStoryIn(newsroom, 'killed', { headline: 'Tin đã gỡ' })
    const response = await place({ edition: edition.id, page: 2, story: killed.id })
    expect(response.status).toBe(409)
    expect(message(response)).toContain('đã bị gỡ')
  })

  it('refuses removing a page that still carries stories, naming them', async () => {
    const response = await newsroom
      .http()
      .patch(`/api/editions/${edition.id}`)
      .set(auth(planner()))
      .send({ pages: [{ number: 1 }, { number: 2 }, { number: 4 }] })
    expect(response.status).toBe(400)
    expect(message(response)).toContain('Không thể bỏ trang 3')
    expect(message(response)).toContain('"Làng nghề gốm Đông Hồ" (trang 3)')
    const stored = await newsroom.payload.findByID({ collection: 'editions', id: edition.id, depth: 0 })
    expect((stored.pages ?? []).map((p) => p.number)).toEqual([1, 2, 3, 4])

    // A page without stories can go.
    const fine = await newsroom
      .http()
      .patch(`/api/editions/${edition.id}`)
      .set(auth(planner()))
      .send({ pages: (stored.pages ?? []).filter((p) => p.number !== 4) })
    expect(fine.status).toBe(200)
    expect(fine.body.doc.pages.map((p: { number: number }) => p.number)).toEqual([1, 2, 3])
  })
})

describe('write-to-fit', () => {
  it('reports planned against actual characters per page, matching the story texts', async () => {
    const response = await newsroom
      .http()
      .get(`/api/editions/${edition.id}/fit`)
      .set(auth(newsroom.users.reporter.token))
    expect(response.status).toBe(200)
    const leadActual = countPrintCharacters(lexicalToPlainText(leadBody))
    const cornerActual = countPrintCharacters(cornerText)
    expect(leadActual).toBeGreaterThan(100)
    expect(cornerActual).toBe(56)
    const [page1, page2, page3] = response.body.pages
    expect(response.body.edition).toMatchObject({ id: edition.id, title: 'Số 123 — 22/11/2026' })
    expect(page1).toMatchObject({
      number: 1,
      colour: 'colour',
      note: 'Trang nhất',
      section: { id: section, name: 'Văn hóa' },
    })
    expect(page1.placements).toEqual([
      expect.objectContaining({
        id: placements.lead,
        slot: 'Tin chính',
        planned: 1500,
        actual: leadActual,
        difference: leadActual - 1500,
        status: 'short',
        story: expect.objectContaining({ id: stories.lead.id, headline: 'Phố Hiến vào hội' }),
      }),
      expect.objectContaining({
        id: placements.corner,
        planned: 60,
        actual: 56,
        difference: -4,
        status: 'short',
      }),
    ])
    expect(page1.totals).toMatchObject({ planned: 1560, actual: leadActual + 56, placements: 2 })
    expect(page2.placements).toEqual([])
    expect(page3.placements[0]).toMatchObject({ planned: null, status: 'unplanned' })

    // The corner story grows to its plan: within ±5 % it fits.
    await newsroom.payload.update({
      collection: 'stories',
      id: stories.corner.id,
      data: { print: { text: `${cornerText} Thêm.` } } as never,
    })
    const again = await newsroom.http().get(`/api/editions/${edition.id}/fit`).set(auth(planner()))
    expect(again.body.pages[0].placements[1]).toMatchObject({ actual: 62, difference: 2, status: 'fits' })
  })

  it('lists a story’s placements', async () => {
    const response = await newsroom
      .http()
      .get(`/api/stories/${stories.lead.id}/placements`)
      .set(auth(newsroom.users.reporter.token))
    expect(response.status).toBe(200)
    expect(response.body.story).toMatchObject({ id: stories.lead.id, plannedLength: 1500 })
    expect(response.body.docs).toEqual([
      expect.objectContaining({
        page: 1,
        slot: 'Tin chính',
        planned: 1500,
        edition: expect.objectContaining({ id: edition.id, title: 'Số 123 — 22/11/2026', number: 123 }),
      }),
    ])
  })
})

describe('ICML export', () => {
  it('exports a story as ICML with the newsroom styles', async () => {
    const response = await download(`/api/stories/${stories.lead.id}/icml`)
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toContain('application/xml')
    expect(response.headers['content-disposition']).toContain(`filename="${stories.lead.slug}.icml"`)
    const icml = readIcml(response.body.toString('utf8'))
    expect(icml.instructions).toContain('SnippetType="InCopyInterchange"')
    expect(icml.paragraphs.map((p) => p.style)).toEqual([
      'Tít',
      'Sapo',
      '$ID/NormalParagraphStyle',
      'Chú thích ảnh',
      'Thân bài',
      'Tiêu đề phụ',
      'Thân bài',
      'Tác giả',
    ])
    expect(icml.paragraphs[0]!.text).toBe('Phố Hiến vào hội')
    expect(icml.paragraphs[3]!.text).toBe('Rước kiệu trên phố Hiến (Ảnh: Trần Văn Bình)')
    expect(icml.paragraphs[4]!.ranges.find((r) => r.text === 'Hưng Yên')?.characterStyle).toBe(
      'CharacterStyle/Đậm',
    )
    expect(icml.paragraphs[4]!.text).toContain('dân & du khách')
    expect(icml.paragraphs[6]!.text).toContain('<đi qua>')
    expect(icml.paragraphs[7]!.text).toBe('Nguyễn Thị Hoa – Ảnh: Trần Văn Bình')
    expect(icml.links).toEqual([
      expect.stringMatching(new RegExp(`^file:Links/${mediaId}-le-hoi-pho-hien\\.jpg$`)),
    ])
  })

  it('exports a page with its stories in order', async () => {
    const response = await download(`/api/editions/${edition.id}/pages/1/icml`)
    expect(response.status).toBe(200)
    expect(response.headers['content-disposition']).toContain('so-123-2026-11-22-trang-01.icml')
    const icml = readIcml(response.body.toString('utf8'))
    expect(icml.paragraphs.filter((p) => p.style === 'Tít').map((p) => p.text)).toEqual([
      'Phố Hiến vào hội',
      'Giá lúa tăng',
    ])
    expect(icml.paragraphs.slice(-2).map((p) => p.text)).toEqual([
      'Giá lúa tăng nhẹ.',
      'Nông dân phấn khởi sau vụ mùa bội thu. Thêm.',
    ])
  })

  it('answers 404 for unknown pages and editions, 409 for an empty page, 400 for bad parameters', async () => {
    expect((await download(`/api/editions/${edition.id}/pages/9/icml`)).status).toBe(404)
    expect((await download(`/api/editions/999999/pages/1/icml`)).status).toBe(404)
    expect((await download(`/api/stories/999999/icml`)).status).toBe(404)
    const empty = await newsroom.http().get(`/api/editions/${edition.id}/pages/2/icml`).set(auth(planner()))
    expect(empty.status).toBe(409)
    expect(message(empty)).toContain('chưa có tin bài')
    const badPage = await newsroom
      .http()
      .get(`/api/editions/${edition.id}/pages/ba/icml`)
      .set(auth(planner()))
    expect(badPage.status).toBe(400)
    expect(message(badPage)).toContain('Số trang "ba" không hợp lệ')
    expect((await newsroom.http().get(`/api/editions/so-mot/fit`).set(auth(planner()))).status).toBe(400)
    expect((await newsroom.http().get(`/api/editions/999999/fit`).set(auth(planner()))).status).toBe(404)
  })
})

describe('edition package', () => {
  it('zips README, manifest, ICML per story and page, and the original picture in Links/', async () => {
    const response = await download(`/api/editions/${edition.id}/package`)
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toBe('application/zip')
    expect(response.headers['content-disposition']).toContain('bhy-so-123-2026-11-22.zip')
    const files = unzipSync(new Uint8Array(response.body))
    const link = `Links/${mediaId}-le-hoi-pho-hien.jpg`
    expect(Object.keys(files).sort()).toEqual(
      [
        'README.txt',
        'manifest.json',
        `trang-01/${stories.lead.slug}.icml`,
        `trang-01/${stories.corner.slug}.icml`,
        'trang-01/trang-01.icml',
        `trang-03/${stories.feature.slug}.icml`,
        'trang-03/trang-03.icml',
        link,
      ].sort(),
    )
    expect(Buffer.from(files[link]!).equals(photo)).toBe(true)

    const decode = (name: string) => new TextDecoder().decode(files[name])
    expect(decode('README.txt')).toContain('GÓI DÀN TRANG BÁO IN — Số 123 — 22/11/2026')
    const lead = readIcml(decode(`trang-01/${stories.lead.slug}.icml`))
    expect(lead.paragraphs[0]).toMatchObject({ style: 'Tít', text: 'Phố Hiến vào hội' })
    expect(lead.links).toEqual([`file:../${link}`])
    const page = readIcml(decode('trang-01/trang-01.icml'))
    expect(page.paragraphs.filter((p) => p.style === 'Tít')).toHaveLength(2)

    const manifest = JSON.parse(decode('manifest.json'))
    expect(manifest.edition).toMatchObject({ id: edition.id, number: 123, publication: { code: 'BHY' } })
    expect(manifest.pages.map((p: { number: number; icml: string | null }) => [p.number, p.icml])).toEqual([
      [1, 'trang-01/trang-01.icml'],
      [2, null],
      [3, 'trang-03/trang-03.icml'],
    ])
    expect(manifest.pages[0].placements[0]).toMatchObject({
      planned: 1500,
      links: [link],
      icml: `trang-01/${stories.lead.slug}.icml`,
    })
    expect(manifest.links).toEqual([{ path: link, media: mediaId, missing: false }])
  })

  it('answers 404 for an unknown edition and 409 for an edition without stories', async () => {
    expect((await download('/api/editions/999999/package')).status).toBe(404)
    const bare = await newsroom
      .http()
      .post('/api/editions')
      .set(auth(planner()))
      .send({ publication: printPaper, date: '2026-11-25', number: 126, pages: [{ number: 1 }] })
    expect(bare.status).toBe(201)
    const response = await newsroom
      .http()
      .get(`/api/editions/${bare.body.doc.id}/package`)
      .set(auth(planner()))
    expect(response.status).toBe(409)
  })
})

describe('access', () => {
  it('asks visitors to log in (401)', async () => {
    for (const path of [
      '/api/editions',
      `/api/editions/${edition.id}`,
      `/api/editions/${edition.id}/fit`,
      `/api/editions/${edition.id}/package`,
      `/api/editions/${edition.id}/pages/1/icml`,
      `/api/stories/${stories.lead.id}/icml`,
      `/api/stories/${stories.lead.id}/placements`,
      '/api/placements',
    ]) {
      const response = await newsroom.http().get(path)
      expect([path, response.status]).toEqual([path, 401])
    }
    expect((await newsroom.http().post('/api/placements').send({ edition: edition.id })).status).toBe(401)
  })

  it('keeps API clients out (403) and reporters to reading', async () => {
    const client = newsroom.users.apiClient.token
    for (const path of [
      `/api/editions/${edition.id}/fit`,
      `/api/editions/${edition.id}/package`,
      `/api/stories/${stories.lead.id}/icml`,
    ]) {
      expect([path, (await newsroom.http().get(path).set(auth(client))).status]).toEqual([path, 403])
    }
    const reporter = newsroom.users.reporter.token
    expect((await newsroom.http().get(`/api/editions/${edition.id}`).set(auth(reporter))).status).toBe(200)
    const before = await placementCount()
    expect((await place({ edition: edition.id, page: 2, story: stories.spare.id }, reporter)).status).toBe(
      403,
    )
    expect(
      (
        await newsroom
          .http()
          .post('/api/editions')
          .set(auth(reporter))
          .send({ publication: printPaper, date: '2026-12-02', number: 900 })
      ).status,
    ).toBe(403)
    expect(await placementCount()).toBe(before)
  })
})

describe('printed editions and deletes', () => {
  it('locks the placements of a printed edition (409)', async () => {
    const printed = await newsroom
      .http()
      .patch(`/api/editions/${edition.id}`)
      .set(auth(planner()))
      .send({ status: 'printed' })
    expect(printed.status).toBe(200)
    const response = await place({ edition: edition.id, page: 2, story: stories.spare.id })
    expect(response.status).toBe(409)
    expect(message(response)).toContain('đã in')

    // Nor is a story moved out of it, or taken off a printed page.
    const next = await newsroom
      .http()
      .post('/api/editions')
      .set(auth(planner()))
      .send({ publication: printPaper, date: '2026-11-27', number: 127, pages: [{ number: 1 }] })
    expect(next.status).toBe(201)
    const moved = await newsroom
      .http()
      .patch(`/api/placements/${placements.lead}`)
      .set(auth(planner()))
      .send({ edition: next.body.doc.id })
    expect(moved.status).toBe(409)
    expect(message(moved)).toContain('đã in: không chuyển tin')
    const lead = await newsroom.payload.findByID({ collection: 'placements', id: placements.lead, depth: 0 })
    expect(lead.edition).toBe(edition.id)
    const removed = await newsroom.http().delete(`/api/placements/${placements.lead}`).set(auth(planner()))
    expect(removed.status).toBe(409)
    expect(message(removed)).toBe('Số 123 — 22/11/2026 đã in: không gỡ tin khỏi trang được nữa.')
    expect(
      await newsroom.payload.count({ collection: 'placements', where: { id: { equals: placements.lead } } }),
    ).toMatchObject({ totalDocs: 1 })
  })

  it('takes the placements with a deleted story or edition', async () => {
    const deleted = await newsroom
      .http()
      .delete(`/api/stories/${stories.corner.id}`)
      .set(auth(newsroom.users.admin.token))
    expect(deleted.status).toBe(200)
    const left = await newsroom.payload.find({
      collection: 'placements',
      where: { edition: { equals: edition.id } },
    })
    expect(left.docs.map((p) => p.id).sort()).toEqual([placements.lead, placements.feature].sort())

    const response = await newsroom.http().delete(`/api/editions/${edition.id}`).set(auth(planner()))
    expect(response.status).toBe(200)
    const after = await newsroom.payload.find({
      collection: 'placements',
      where: { edition: { equals: edition.id } },
    })
    expect(after.totalDocs).toBe(0)
  })
})
