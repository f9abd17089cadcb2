import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'

import type { ComputeKpis } from '../../plugins/maturity/lib/kpiEvidence'
import { NO_KPI_DATA } from '../../plugins/maturity/lib/kpiEvidence'
import { seedMaturity } from '../../src/seed/maturity'
import { httpError } from '../../src/lib/httpErrors'
import { auth, startNewsroom, type TestNewsroom } from '../helpers/newsroom'

/** Evidence over this is refused (413): small, so the test sends little. */
const UPLOAD_LIMIT = 300 * 1024
const SEED_NOW = new Date('2026-05-15T03:00:00Z')

type Role = keyof TestNewsroom['users']
type Id = number | string
type Answer = {
  id?: string
  criterion: Id
  points?: number | null
  note?: string | null
  evidence?: Id[]
  prefilled?: string | null
}

let newsroom: TestNewsroom
let pdf: Buffer
let png: Buffer
let noise: Buffer
/** Criterion ids by code ("1.1" …), from the seeded example set. */
const criteria = new Map<string, Id>()

beforeAll(async () => {
  newsroom = await startNewsroom({ MAX_UPLOAD_BYTES: String(UPLOAD_LIMIT) })
  await seedMaturity(newsroom.payload, SEED_NOW)
  const { docs } = await newsroom.payload.find({
    collection: 'maturity-criteria',
    pagination: false,
    depth: 0,
  })
  for (const doc of docs) criteria.set(doc.code, doc.id)

  const doc = await PDFDocument.create()
  doc.addPage([595, 842]).drawText('Quyet dinh phe duyet cap do 3', {
    x: 50,
    y: 780,
    font: await doc.embedFont(StandardFonts.Helvetica),
  })
  pdf = Buffer.from(await doc.save())
  png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#1f6f3f' } })
    .png()
    .toBuffer()
  noise = await sharp({
    create: {
      width: 420,
      height: 420,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .png()
    .toBuffer()
})

afterAll(async () => {
  await newsroom?.stop()
})

const token = (role: Role) => newsroom.users[role].token
const api = (role?: Role) => {
  const agent = newsroom.http()
  const withAuth = <T extends { set: (h: Record<string, string>) => T }>(request: T) =>
    role ? request.set(auth(token(role))) : request
  return {
    get: (url: string) => withAuth(agent.get(url)),
    post: (url: string, body?: object) => withAuth(agent.post(url)).send(body ?? {}),
    patch: (url: string, body: object) => withAuth(agent.patch(url)).send(body),
    delete: (url: string) => withAuth(agent.delete(url)),
  }
}
const id = (code: string) => criteria.get(code)!
/** Every message of a refusal, a field validation's per-field ones included. */
const message = (response: {
  body: { errors?: Array<{ message: string; data?: { errors?: Array<{ message: string }> } }> }
}) =>
  (response.body.errors ?? [])
    .flatMap((e) => [e.message, ...(e.data?.errors ?? []).map((d) => d.message)])
    .join(' ')
const score = async (assessment: Id, role: Role = 'manager') => {
  const response = await api(role).get(`/api/maturity-assessments/${assessment}/score`)
  expect(response.status).toBe(200)
  return response.body
}
const stored = (assessment: Id) =>
  newsroom.payload.findByID({
    collection: 'maturity-assessments',
    id: assessment,
    depth: 0,
  }) as unknown as Promise<{
    status: string
    total: number
    level: string
    answers: Answer[]
    pillarScores: Record<string, number>
    submittedAt?: string | null
    revision: number
  }>
/** A save as the dashboard sends it: based on the revision stored now, so never stale. */
const save = async (assessment: Id, body: object, role: Role = 'manager') =>
  api(role).patch(`/api/maturity-assessments/${assessment}`, {
    revision: (await stored(assessment)).revision,
    ...body,
  })
const createAssessment = async (year: number, answers: Answer[] = []) => {
  const response = await api('manager').post('/api/maturity-assessments', { year, answers })
  expect(response.status).toBe(201)
  return response.body.doc as { id: Id; answers: Answer[] }
}
const upload = (
  fields: Record<string, unknown>,
  bytes: Buffer,
  filename: string,
  contentType: string,
  role: Role = 'manager',
) =>
  newsroom
    .http()
    .post('/api/maturity-evidence')
    .set(auth(token(role)))
    .field('_payload', JSON.stringify(fields))
    .attach('file', bytes, { filename, contentType })
const evidenceCount = async () =>
  (await newsroom.payload.count({ collection: 'maturity-evidence' })).totalDocs
/** Answers with points set for the given codes (points by code), as a client sends them. */
const answersFor = (points: Record<string, number>): Answer[] =>
  Object.entries(points).map(([code, value]) => ({ criterion: id(code), points: value }))

describe('the example criteria and the seeded draft', () => {
  it('adds up exactly to every pillar maximum, and the seeded draft scores 29,5 (Yếu)', async () => {
    expect(criteria.size).toBe(24)
    const year = 2026
    const { docs } = await newsroom.payload.find({
      collection: 'maturity-assessments',
      where: { year: { equals: year } },
    })
    expect(docs).toHaveLength(1)
    const body = await score(docs[0]!.id)
    expect(
      body.pillars.map((p: { key: string; max: number; criteriaMax: number }) => [
        p.key,
        p.max,
        p.criteriaMax,
      ]),
    ).toEqual([
      ['strategy', 18, 18],
      ['infrastructure', 24, 24],
      ['organisation', 20, 20],
      ['audience', 23, 23],
      ['technology', 15, 15],
    ])
    expect(body.warnings).toEqual([])
    expect(body).toMatchObject({ total: 29.5, max: 100, level: { key: 'weak', label: 'Yếu' } })
    expect(body.criteria).toHaveLength(24)
    const ai = body.criteria.find((c: { code: string }) => c.code === '5.1')
    expect(ai).toMatchObject({
      points: 3,
      evidenceKpi: 'aiShare',
      note: 'AI hỗ trợ tóm tắt, phụ đề, đọc tin.',
    })
    if (newsroom.payload.config.custom?.kpis?.computeKpis) {
      expect(ai.prefilled).toMatch(/^Tỷ lệ .* năm 2026: /)
      expect(ai.prefilled).toContain('/api/kpis/aiShare/records?year=2026')
    } else expect(ai.prefilled).toContain(NO_KPI_DATA)
    expect(body.criteria.find((c: { code: string }) => c.code === '1.1').prefilled).toBeNull()
  })
})

describe('who may do what', () => {
  it('lets desk chiefs, managers and admins read; managers and admins keep assessments; admins keep criteria', async () => {
    for (const role of ['reporter', 'editor', 'apiClient'] as Role[]) {
      expect((await api(role).get('/api/maturity-criteria')).status).toBe(403)
      expect((await api(role).get('/api/maturity-assessments')).status).toBe(403)
    }
    expect((await api().get('/api/maturity-assessments')).status).toBe(403)
    expect((await api('deskChief').get('/api/maturity-criteria')).body.totalDocs).toBe(24)
    const seeded = (await newsroom.payload.find({ collection: 'maturity-assessments', limit: 1 })).docs[0]!.id
    expect((await api().get(`/api/maturity-assessments/${seeded}/score`)).status).toBe(401)
    expect((await api('editor').get(`/api/maturity-assessments/${seeded}/score`)).status).toBe(403)
    expect((await api('deskChief').get(`/api/maturity-assessments/${seeded}/score`)).status).toBe(200)
    expect((await api('deskChief').post(`/api/maturity-assessments/${seeded}/prefill`)).status).toBe(403)
    expect((await api('deskChief').post('/api/maturity-assessments', { year: 2024 })).status).toBe(403)
    expect(
      (await api('deskChief').patch(`/api/maturity-assessments/${seeded}`, { answers: [] })).status,
    ).toBe(403)
    const manager = await api('manager').post('/api/maturity-criteria', {
      pillar: 'technology',
      code: '5.9',
      text: 'Thử',
      maxPoints: 1,
      active: false,
    })
    expect(manager.status).toBe(403)
    expect(
      (await upload({ assessment: seeded, criterion: id('2.3') }, png, 'a.png', 'image/png', 'deskChief'))
        .status,
    ).toBe(403)
  })
})

describe('creating through the REST route the admin form uses', () => {
  it('answers like Payload’s own create: multipart _payload, 201 {doc, message}, field errors, audited', async () => {
    const sent = await newsroom
      .http()
      .post('/api/maturity-assessments?depth=0&fallback-locale=null')
      .set(auth(token('manager')))
      .field('_payload', JSON.stringify({ year: 2021, status: 'draft' }))
    expect(sent.status).toBe(201)
    expect(sent.body.message).toBe('Đã tạo bản tự đánh giá năm 2021.')
    expect(sent.body.doc).toMatchObject({ year: 2021, title: 'Tự đánh giá mức độ chuyển đổi số năm 2021' })
    expect(sent.body.doc.answers).toHaveLength(24)
    const audit = await newsroom.payload.find({
      collection: 'audit-log' as never,
      where: {
        collectionSlug: { equals: 'maturity-assessments' },
        documentId: { equals: String(sent.body.doc.id) },
      },
    })
    expect(audit.docs.map((d) => (d as unknown as { action: string }).action)).toContain('create')

    const bad = await api('manager').post('/api/maturity-assessments', { year: 1999 })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0]).toMatchObject({ name: 'ValidationError' })
    expect(bad.body.errors[0].data.errors[0]).toMatchObject({ path: 'year' })
    expect(bad.body.errors[0].data.errors[0].message).toMatch(/Năm đánh giá phải là số nguyên từ 2020/)
    expect((await api().post('/api/maturity-assessments', { year: 2019 })).status).toBe(401)
    await newsroom.payload.delete({ collection: 'maturity-assessments', id: sent.body.doc.id })
  })
})

describe('criteria as data', () => {
  it('refuses active criteria adding up above the pillar maximum, naming the pillar, its maximum and the sum', async () => {
    const before = (await newsroom.payload.count({ collection: 'maturity-criteria' })).totalDocs
    const over = await api('admin').post('/api/maturity-criteria', {
      pillar: 'strategy',
      code: '1.6',
      text: 'Tiêu chí thêm',
      maxPoints: 1,
    })
    expect(over.status).toBe(400)
    expect(message(over)).toMatch(
      /Trụ cột "Chiến lược" có tối đa 18 điểm; các tiêu chí đang áp dụng khác đã chiếm 18 điểm, thêm 1 điểm sẽ thành 19 điểm/,
    )
    expect((await newsroom.payload.count({ collection: 'maturity-criteria' })).totalDocs).toBe(before)

    // Inactive it takes nothing; it may become active once another gives the point up.
    const spare = await api('admin').post('/api/maturity-criteria', {
      pillar: 'strategy',
      code: '1.6',
      text: 'Tiêu chí thêm',
      maxPoints: 1,
      active: false,
    })
    expect(spare.status).toBe(201)
    const spareId = spare.body.doc.id
    expect((await api('admin').patch(`/api/maturity-criteria/${spareId}`, { active: true })).status).toBe(400)
    expect((await api('admin').patch(`/api/maturity-criteria/${id('1.4')}`, { maxPoints: 2 })).status).toBe(
      200,
    )
    expect((await api('admin').patch(`/api/maturity-criteria/${spareId}`, { active: true })).status).toBe(200)
    // Back as it was, in the order the sum allows.
    expect((await api('admin').patch(`/api/maturity-criteria/${spareId}`, { active: false })).status).toBe(
      200,
    )
    expect((await api('admin').patch(`/api/maturity-criteria/${id('1.4')}`, { maxPoints: 3 })).status).toBe(
      200,
    )
    expect((await api('admin').delete(`/api/maturity-criteria/${spareId}`)).status).toBe(200)
  })

  it('refuses a bad code, a duplicate code, a zero maximum, and deleting a criterion in use', async () => {
    const bad = await api('admin').post('/api/maturity-criteria', {
      pillar: 'audience',
      code: '4 / 9',
      text: 'x',
      maxPoints: 1,
      active: false,
    })
    expect(bad.status).toBe(400)
    expect(message(bad)).toMatch(/Mã tiêu chí phải có dạng "2\.3"/)
    const duplicate = await api('admin').post('/api/maturity-criteria', {
      pillar: 'audience',
      code: '4.1',
      text: 'x',
      maxPoints: 1,
      active: false,
    })
    expect(duplicate.status).toBe(400)
    const zero = await api('admin').post('/api/maturity-criteria', {
      pillar: 'audience',
      code: '4.9',
      text: 'x',
      maxPoints: 0,
      active: false,
    })
    expect(zero.status).toBe(400)
    expect(message(zero)).toMatch(/Điểm tối đa phải lớn hơn 0/)
    const used = await api('admin').delete(`/api/maturity-criteria/${id('1.1')}`)
    expect(used.status).toBe(409)
    expect(message(used)).toMatch(/đã được dùng trong 1 bản tự đánh giá/)
  })
})

describe('scoring an assessment', () => {
  let assessment: Id
  const full = {
    '1.1': 4,
    '1.2': 4,
    '1.3': 3,
    '1.4': 3,
    '1.5': 4,
    '2.1': 5,
    '2.2': 4,
    '2.3': 6,
    '2.4': 5,
    '2.5': 4,
  }

  beforeAll(async () => {
    assessment = (await createAssessment(2025, answersFor({ ...full, '3.1': 5, '3.2': 3 }))).id
  })

  it('keeps the points sent with the create and adds one answer per active criterion', async () => {
    const doc = await stored(assessment)
    expect(doc.answers).toHaveLength(24)
    expect(doc.answers.find((a) => a.criterion === id('3.2'))).toMatchObject({ points: 3 })
    expect(doc.answers.find((a) => a.criterion === id('4.4'))).toMatchObject({ points: null })
  })

  it('gives 50 points as Trung bình, 49,9 as Yếu and 90 as Xuất sắc, stored and computed alike', async () => {
    expect(await score(assessment)).toMatchObject({
      total: 50,
      level: { key: 'average', label: 'Trung bình' },
    })
    expect(await stored(assessment)).toMatchObject({
      total: 50,
      level: 'average',
      pillarScores: { strategy: 18, infrastructure: 24, organisation: 8, audience: 0, technology: 0 },
    })

    const answers = (await stored(assessment)).answers
    const set = (points: Record<string, number>) =>
      answers.map((row) => {
        const code = [...criteria].find(([, value]) => value === row.criterion)![0]
        return code in points ? { ...row, points: points[code] } : row
      })
    const weak = await save(assessment, {
      answers: set({ '3.2': 2.9 }),
    })
    expect(weak.status).toBe(200)
    expect(await score(assessment)).toMatchObject({ total: 49.9, level: { key: 'weak', label: 'Yếu' } })

    const excellent = await save(assessment, {
      answers: set({
        '3.2': 5,
        '3.3': 4,
        '3.4': 3,
        '3.5': 3,
        '4.1': 5,
        '4.2': 5,
        '4.3': 4,
        '4.4': 5,
        '4.5': 4,
        '5.1': 5,
      }),
    })
    expect(excellent.status).toBe(200)
    const body = await score(assessment)
    expect(body).toMatchObject({ total: 90, level: { key: 'excellent', label: 'Xuất sắc' } })
    expect(body.pillars.map((p: { score: number }) => p.score)).toEqual([18, 24, 20, 23, 5])
    expect((await stored(assessment)).level).toBe('excellent')
  })

  it('refuses points over the criterion maximum, negative, non-numeric, twice, or for unknown criteria — and changes nothing', async () => {
    const before = await stored(assessment)
    const patch = (answers: unknown) => save(assessment, { answers })
    const withPoints = (code: string, points: unknown) =>
      before.answers.map((row) => (row.criterion === id(code) ? { ...row, points } : row))

    const over = await patch(withPoints('1.1', 5))
    expect(over.status).toBe(400)
    expect(message(over)).toMatch(/Tiêu chí 1\.1 \(".+"\): điểm phải từ 0 đến 4, nhận được 5\./)
    expect(message(await patch(withPoints('2.3', -1)))).toMatch(/Tiêu chí 2\.3 .*từ 0 đến 6, nhận được -1/)
    expect((await patch(withPoints('2.3', 1.234))).status).toBe(400)
    expect((await patch(withPoints('2.3', 'sáu'))).status).toBe(400)
    const twice = await patch([...before.answers, { criterion: id('1.1'), points: 1 }])
    expect(twice.status).toBe(400)
    expect(message(twice)).toMatch(/Tiêu chí 1\.1 .*có hai câu trả lời \(thứ \d+ và thứ 25\)/)
    const unknown = await patch([{ criterion: 999_999, points: 1 }])
    expect(unknown.status).toBe(400)
    expect(message(unknown)).toMatch(/tiêu chí #999999 không tồn tại/)
    const notAnId = await patch([{ criterion: 'abc', points: 1 }])
    expect(notAnId.status).toBe(400)
    expect(message(notAnId)).toMatch(/"Tiêu chí" phải là mã của một bản ghi có thật/)
    const notAList = await patch('mọi thứ')
    expect(notAList.status).toBe(400)

    const after = await stored(assessment)
    expect(after.total).toBe(before.total)
    expect(after.answers).toEqual(before.answers)
  })

  it('answers 404 for unknown assessments, 400 for ids that are not ids, 409 for a second assessment of a year', async () => {
    expect((await api('manager').get('/api/maturity-assessments/999999/score')).status).toBe(404)
    const notAnId = await api('manager').get('/api/maturity-assessments/abc/score')
    expect(notAnId.status).toBe(400)
    expect(message(notAnId)).toMatch(/nhận được "abc"/)
    expect((await api('manager').post('/api/maturity-assessments/999999/prefill')).status).toBe(404)
    expect((await api('manager').post('/api/maturity-assessments/99999999999/prefill')).status).toBe(400)
    expect(
      (await api('manager').patch('/api/maturity-assessments/999999', { answers: [], revision: 1 })).status,
    ).toBe(404)
    const twice = await api('manager').post('/api/maturity-assessments', { year: 2025 })
    expect(twice.status).toBe(409)
    expect(message(twice)).toMatch(/Đã có bản tự đánh giá năm 2025/)
    expect((await api('manager').post('/api/maturity-assessments', { year: 1999 })).status).toBe(400)
    expect((await api('manager').post('/api/maturity-assessments', { year: 'năm nay' })).status).toBe(400)
    const broken = await newsroom
      .http()
      .post('/api/maturity-assessments')
      .set(auth(token('manager')))
      .set('Content-Type', 'application/json')
      .send('{"year": 20')
    expect(broken.status).toBe(400)
    expect((await save(assessment, { year: 2024 })).status).toBe(400)
  })
})

describe('evidence files', () => {
  let assessment: Id

  beforeAll(async () => {
    assessment = (await createAssessment(2024)).id
  })

  it('stores a real PDF and PNG, links them to the criterion, and serves them only to readers', async () => {
    const sent = await upload(
      { assessment, criterion: id('2.3'), title: 'Quyết định phê duyệt cấp độ 3' },
      pdf,
      'quyet-dinh.pdf',
      'application/pdf',
    )
    expect(sent.status).toBe(201)
    expect(sent.body.doc).toMatchObject({
      mimeType: 'application/pdf',
      title: 'Quyết định phê duyệt cấp độ 3',
      uploadedBy: { id: newsroom.users.manager.id },
    })
    const image = await upload(
      { assessment, criterion: id('2.3') },
      png,
      'ảnh chụp màn hình.png',
      'image/png',
    )
    expect(image.status).toBe(201)
    expect(image.body.doc.title).toBe('ảnh chụp màn hình')

    const row = (await stored(assessment)).answers.find((a) => a.criterion === id('2.3'))!
    expect(row.evidence).toEqual([sent.body.doc.id, image.body.doc.id])
    const listed = (await score(assessment)).criteria.find((c: { code: string }) => c.code === '2.3')
    expect(listed.evidence.map((e: { title: string }) => e.title)).toEqual([
      'Quyết định phê duyệt cấp độ 3',
      'ảnh chụp màn hình',
    ])

    const file = `/api/maturity-evidence/file/${encodeURIComponent(sent.body.doc.filename)}`
    expect((await api().get(file)).status).toBe(403)
    expect((await api('reporter').get(file)).status).toBe(403)
    const read = await api('deskChief').get(file).buffer(true)
    expect(read.status).toBe(200)
    expect(Buffer.compare(read.body as Buffer, pdf)).toBe(0)
  })

  it('refuses a fake PDF, a corrupt PDF and an oversized file, storing nothing', async () => {
    const before = await evidenceCount()
    const fake = await upload(
      { assessment, criterion: id('1.1') },
      Buffer.from('Đây là văn bản, không phải PDF.'),
      'nghi-quyet.pdf',
      'application/pdf',
    )
    expect(fake.status).toBe(400)
    expect(message(fake)).toMatch(/"nghi-quyet\.pdf" không phải PDF như phần mở rộng \.pdf/)
    const cut = await upload(
      { assessment, criterion: id('1.1') },
      pdf.subarray(0, pdf.length - 200),
      'cat.pdf',
      'application/pdf',
    )
    expect(cut.status).toBe(400)
    expect(message(cut)).toMatch(/bị hỏng hoặc không trọn vẹn/)
    expect(noise.length).toBeGreaterThan(UPLOAD_LIMIT)
    const big = await upload({ assessment, criterion: id('1.1') }, noise, 'lon.png', 'image/png')
    expect(big.status).toBe(413)
    expect(await evidenceCount()).toBe(before)
  })

  it('refuses evidence of another assessment in an answer, and unlinks a deleted file', async () => {
    const other = (
      await newsroom.payload.find({ collection: 'maturity-assessments', where: { year: { equals: 2026 } } })
    ).docs[0]!.id
    const theirs = await upload(
      { assessment: other, criterion: id('1.1') },
      png,
      'cua-nam-khac.png',
      'image/png',
    )
    expect(theirs.status).toBe(201)
    const answers = (await stored(assessment)).answers.map((row) =>
      row.criterion === id('1.1') ? { ...row, evidence: [theirs.body.doc.id] } : row,
    )
    const refused = await save(assessment, { answers })
    expect(refused.status).toBe(400)
    expect(message(refused)).toMatch(/tệp minh chứng #\d+ thuộc bản tự đánh giá khác/)

    const png2 = await upload({ assessment, criterion: id('1.2') }, png, 'tam.png', 'image/png')
    expect((await stored(assessment)).answers.find((a) => a.criterion === id('1.2'))!.evidence).toEqual([
      png2.body.doc.id,
    ])
    expect((await api('manager').delete(`/api/maturity-evidence/${png2.body.doc.id}`)).status).toBe(200)
    expect((await stored(assessment)).answers.find((a) => a.criterion === id('1.2'))!.evidence).toEqual([])
    expect((await api('manager').get('/api/maturity-evidence/999999')).status).toBe(404)
  })

  it('keeps a file with its assessment, and moves it between criteria without leaving it behind', async () => {
    const other = (
      await newsroom.payload.find({ collection: 'maturity-assessments', where: { year: { equals: 2026 } } })
    ).docs[0]!.id
    const file = (await upload({ assessment, criterion: id('1.3') }, png, 'ke-hoach.png', 'image/png')).body
      .doc.id
    const listedUnder = async () =>
      (await stored(assessment)).answers
        .filter((row) => (row.evidence ?? []).includes(file))
        .map((row) => row.criterion)
    expect(await listedUnder()).toEqual([id('1.3')])

    const moved = await api('manager').patch(`/api/maturity-evidence/${file}`, { assessment: other })
    expect(moved.status).toBe(400)
    expect(message(moved)).toMatch(
      /thuộc bản tự đánh giá #\d+ mà nó được tải lên cho; không chuyển sang bản khác/,
    )
    const emptied = await api('manager').patch(`/api/maturity-evidence/${file}`, { assessment: null })
    expect(emptied.status).toBe(400)

    expect(
      (await api('manager').patch(`/api/maturity-evidence/${file}`, { criterion: id('1.4') })).status,
    ).toBe(200)
    expect(await listedUnder()).toEqual([id('1.4')])
    // The assessment still saves: no answer lists a file that is no longer its criterion's.
    const saveStored = () => stored(assessment).then(({ answers }) => save(assessment, { answers }))
    expect((await saveStored()).status).toBe(200)

    expect((await api('manager').patch(`/api/maturity-evidence/${file}`, { criterion: null })).status).toBe(
      200,
    )
    expect(await listedUnder()).toEqual([])
    expect((await saveStored()).status).toBe(200)
    expect((await api('manager').delete(`/api/maturity-evidence/${file}`)).status).toBe(200)
  })

  it('refuses an assessment or criterion that does not exist, or an id no row can have (400)', async () => {
    const before = await evidenceCount()
    const send = (fields: Record<string, unknown>) => upload(fields, png, 'x.png', 'image/png')
    const noAssessment = await send({ assessment: 999_999, criterion: id('1.1') })
    expect(noAssessment.status).toBe(400)
    expect(message(noAssessment)).toMatch(/Bản tự đánh giá #999999 không tồn tại/)
    const huge = await send({ assessment: 99_999_999_999, criterion: id('1.1') })
    expect(huge.status).toBe(400)
    expect(message(huge)).toMatch(/"Bản tự đánh giá" phải là mã của một bản ghi có thật/)
    const noCriterion = await send({ assessment, criterion: 999_999 })
    expect(noCriterion.status).toBe(400)
    expect(message(noCriterion)).toMatch(/Tiêu chí #999999 không tồn tại/)
    expect((await send({ assessment, criterion: 99_999_999_999 })).status).toBe(400)
    expect(await evidenceCount()).toBe(before)

    const file = (await send({ assessment, criterion: id('1.5') })).body.doc.id
    const patched = await api('manager').patch(`/api/maturity-evidence/${file}`, { criterion: 999_999 })
    expect(patched.status).toBe(400)
    expect(message(patched)).toMatch(/Tiêu chí #999999 không tồn tại/)
    expect((await api('manager').delete(`/api/maturity-evidence/${file}`)).status).toBe(200)
  })
})

describe('a submitted assessment', () => {
  let assessment: Id

  beforeAll(async () => {
    assessment = (await createAssessment(2023, answersFor({ '1.1': 2 }))).id
    await upload({ assessment, criterion: id('1.1') }, png, 'bang-chung.png', 'image/png')
  })

  it('is locked (409) until an admin reopens it', async () => {
    const submit = await save(assessment, {
      status: 'submitted',
    })
    expect(submit.status).toBe(200)
    expect(submit.body.doc.submittedAt).toBeTruthy()
    expect(submit.body.doc.submittedBy).toMatchObject({ id: newsroom.users.manager.id })

    const edit = await save(assessment, {
      answers: answersFor({ '1.1': 4 }),
    })
    expect(edit.status).toBe(409)
    expect(message(edit)).toMatch(/Bản tự đánh giá năm 2023 đã nộp nên bị khóa/)
    expect((await save(assessment, { answers: [] }, 'admin')).status).toBe(409)
    expect((await api('manager').delete(`/api/maturity-assessments/${assessment}`)).status).toBe(409)
    expect((await api('manager').post(`/api/maturity-assessments/${assessment}/prefill`)).status).toBe(409)
    const evidence = await upload({ assessment, criterion: id('1.1') }, pdf, 'muon.pdf', 'application/pdf')
    expect(evidence.status).toBe(409)
    const file = (
      await newsroom.payload.find({
        collection: 'maturity-evidence',
        where: { assessment: { equals: assessment } },
      })
    ).docs[0]!
    expect((await api('manager').delete(`/api/maturity-evidence/${file.id}`)).status).toBe(409)
    expect(
      (await api('manager').patch(`/api/maturity-evidence/${file.id}`, { title: 'Đổi tên' })).status,
    ).toBe(409)
    expect((await stored(assessment)).answers.find((a) => a.criterion === id('1.1'))!.points).toBe(2)

    const manager = await save(assessment, { status: 'draft' })
    expect(manager.status).toBe(403)
    const reopen = await save(assessment, { status: 'draft' }, 'admin')
    expect(reopen.status).toBe(200)
    expect(reopen.body.doc.submittedAt).toBeFalsy()
    const answers = (await stored(assessment)).answers.map((row) =>
      row.criterion === id('1.1') ? { ...row, points: 4 } : row,
    )
    expect((await save(assessment, { answers })).status).toBe(200)
    expect((await score(assessment)).total).toBe(4)
  })

  it('is not deleted, nor any of its files, when one file cannot be deleted', async () => {
    const second = (
      await upload({ assessment, criterion: id('1.2') }, pdf, 'ke-hoach.pdf', 'application/pdf')
    ).body.doc.id
    const evidence = () =>
      newsroom.payload.count({
        collection: 'maturity-evidence',
        where: { assessment: { equals: assessment } },
      })
    expect(await evidence()).toMatchObject({ totalDocs: 2 })
    const hooks = newsroom.payload.collections['maturity-evidence'].config.hooks
    const stuck = ({ id: deleting }: { id: Id }) => {
      if (String(deleting) === String(second)) throw httpError(409, 'Thử: tệp này không xoá được.')
    }
    hooks.beforeDelete = [...(hooks.beforeDelete ?? []), stuck]
    try {
      const refused = await api('manager').delete(`/api/maturity-assessments/${assessment}`)
      expect(refused.status).toBe(409)
      expect(message(refused)).toMatch(/Thử: tệp này không xoá được/)
    } finally {
      hooks.beforeDelete = hooks.beforeDelete.filter((hook) => hook !== stuck)
    }
    expect(await stored(assessment)).toMatchObject({ status: 'draft' })
    expect(await evidence()).toMatchObject({ totalDocs: 2 })
    expect((await api('manager').delete(`/api/maturity-evidence/${second}`)).status).toBe(200)
  })

  it('takes its evidence with it when a draft is deleted', async () => {
    expect(
      await newsroom.payload.count({
        collection: 'maturity-evidence',
        where: { assessment: { equals: assessment } },
      }),
    ).toMatchObject({ totalDocs: 1 })
    expect((await api('manager').delete(`/api/maturity-assessments/${assessment}`)).status).toBe(200)
    expect(
      await newsroom.payload.count({
        collection: 'maturity-evidence',
        where: { assessment: { equals: assessment } },
      }),
    ).toMatchObject({ totalDocs: 0 })
  })
})

describe('the KPI prefill', () => {
  it('refreshes the evidence texts and adds new criteria, never touching points, notes or files', async () => {
    const assessment = (await createAssessment(2022)).id
    const typed = (await stored(assessment)).answers.map((row) =>
      row.criterion === id('5.1')
        ? { ...row, points: 2.5, note: 'Có quy chế dùng AI', prefilled: 'bịa ra' }
        : row,
    )
    expect((await save(assessment, { answers: typed })).status).toBe(200)
    const file = await upload({ assessment, criterion: id('5.1') }, png, 'quy-che-ai.png', 'image/png')
    const before = (await stored(assessment)).answers.find((a) => a.criterion === id('5.1'))!
    // The client's "bịa ra" did not replace the KPI text.
    expect(before.prefilled).not.toBe('bịa ra')
    const kpiText = before.prefilled!
    if (newsroom.payload.config.custom?.kpis?.computeKpis) expect(kpiText).toMatch(/năm 2022: /)
    else expect(kpiText).toContain(NO_KPI_DATA)

    const added = await api('admin').post('/api/maturity-criteria', {
      pillar: 'technology',
      code: '5.5',
      text: 'Tiêu chí mới về AI',
      maxPoints: 1,
      evidenceKpi: 'aiShare',
      active: false,
    })
    expect((await api('admin').patch(`/api/maturity-criteria/${id('5.4')}`, { maxPoints: 2 })).status).toBe(
      200,
    )
    expect(
      (await api('admin').patch(`/api/maturity-criteria/${added.body.doc.id}`, { active: true })).status,
    ).toBe(200)

    const prefill = await api('manager').post(`/api/maturity-assessments/${assessment}/prefill`)
    expect(prefill.status).toBe(200)
    expect(prefill.body).toMatchObject({ added: 1 })
    expect(prefill.body.message).toMatch(/thêm 1 tiêu chí/)
    const after = await stored(assessment)
    expect(after.answers).toHaveLength(25)
    expect(after.answers.find((a) => a.criterion === id('5.1'))).toMatchObject({
      points: 2.5,
      note: 'Có quy chế dùng AI',
      evidence: [file.body.doc.id],
      prefilled: kpiText,
    })
    expect(after.answers.find((a) => a.criterion === added.body.doc.id)!.prefilled).toBe(kpiText)
    expect(after.total).toBe(2.5)

    // The example set as it was.
    expect(
      (await api('admin').patch(`/api/maturity-criteria/${added.body.doc.id}`, { active: false })).status,
    ).toBe(200)
    expect((await api('admin').patch(`/api/maturity-criteria/${id('5.4')}`, { maxPoints: 3 })).status).toBe(
      200,
    )
  })
})

describe('the score of a submitted assessment', () => {
  it('keeps what it reported when the criteria change afterwards, and warns that they differ', async () => {
    const assessment = (await createAssessment(2020, answersFor({ '1.1': 4, '2.3': 6 }))).id
    expect((await save(assessment, { status: 'submitted' })).status).toBe(200)
    const reported = { total: 10, level: 'weak' }
    expect((await score(assessment)).stored).toMatchObject({
      ...reported,
      pillarScores: { strategy: 4, infrastructure: 6, organisation: 0, audience: 0, technology: 0 },
    })
    expect((await score(assessment)).warnings).toEqual([])

    expect((await api('admin').patch(`/api/maturity-criteria/${id('1.1')}`, { maxPoints: 3 })).status).toBe(
      200,
    )
    try {
      const body = await score(assessment)
      expect(body.total).toBe(9)
      expect(body.stored).toMatchObject({ ...reported, pillarScores: { strategy: 4 } })
      expect(body.warnings[0]).toBe(
        'Kết quả đã nộp là 10 điểm (Yếu), tính theo các tiêu chí hiện nay là 9 điểm (Yếu); theo trụ cột: ' +
          '"Chiến lược" 4 → 3: tiêu chí đã được sửa sau khi nộp. Kết quả đã nộp được giữ nguyên.',
      )
      expect(await stored(assessment)).toMatchObject(reported)
    } finally {
      expect((await api('admin').patch(`/api/maturity-criteria/${id('1.1')}`, { maxPoints: 4 })).status).toBe(
        200,
      )
    }
    expect((await score(assessment)).warnings).toEqual([])

    expect((await save(assessment, { status: 'draft' }, 'admin')).status).toBe(200)
    expect((await api('manager').delete(`/api/maturity-assessments/${assessment}`)).status).toBe(200)
  })
})

describe('the KPIs computed for a new assessment', () => {
  it('are not computed for a year that already has an assessment, or that is refused', async () => {
    const config = newsroom.payload.config as { custom?: { kpis?: Record<string, unknown> } }
    config.custom ??= {}
    const kpis = config.custom.kpis
    const years: number[] = []
    const counting: ComputeKpis = async (_payload, { year }) => {
      years.push(year)
      return { year, kpis: [] }
    }
    config.custom.kpis = { ...kpis, computeKpis: counting }
    try {
      const twice = await api('manager').post('/api/maturity-assessments', { year: 2025 })
      expect(twice.status).toBe(409)
      expect(message(twice)).toMatch(/Đã có bản tự đánh giá năm 2025 \(#\d+\)/)
      expect((await api('manager').post('/api/maturity-assessments', { year: 1999 })).status).toBe(400)
      expect(years).toEqual([])
      // The same count sees a computation that is wanted.
      const existing = (
        await newsroom.payload.find({ collection: 'maturity-assessments', where: { year: { equals: 2025 } } })
      ).docs[0]!.id
      expect((await api('manager').post(`/api/maturity-assessments/${existing}/prefill`)).status).toBe(200)
      expect(years).toEqual([2025])
    } finally {
      config.custom.kpis = kpis
    }
  })
})

describe('saves based on an older revision', () => {
  let assessment: Id
  const withPoints = (answers: Answer[], points: Record<string, number>) =>
    answers.map((row) => {
      const code = [...criteria].find(([, value]) => value === row.criterion)![0]
      return code in points ? { ...row, points: points[code] } : row
    })
  const url = () => `/api/maturity-assessments/${assessment}`
  const graphql = (mutation: string) =>
    newsroom
      .http()
      .post('/api/graphql')
      .set(auth(token('manager')))
      .send({ query: `mutation { ${mutation} { id revision } }` })

  beforeAll(async () => {
    const created = await api('manager').post('/api/maturity-assessments', { year: 2021, revision: 40 })
    expect(created.status).toBe(201)
    // Set by the hooks whatever a client sends; the seed's Local API create gets one too.
    expect(created.body.doc.revision).toBe(1)
    assessment = created.body.doc.id
    const seeded = (
      await newsroom.payload.find({ collection: 'maturity-assessments', where: { year: { equals: 2026 } } })
    ).docs[0] as unknown as { revision: number }
    expect(seeded.revision).toBeGreaterThanOrEqual(1)
  })

  afterAll(async () => {
    if (assessment !== undefined)
      await newsroom.payload.delete({ collection: 'maturity-assessments', id: assessment })
  })

  it('requires the revision read with every save over HTTP (428), and changes nothing without it', async () => {
    const before = await stored(assessment)
    const missing = await api('manager').patch(url(), { answers: withPoints(before.answers, { '1.1': 3 }) })
    expect(missing.status).toBe(428)
    expect(message(missing)).toMatch(/Thiếu số phiên bản \(revision\) của bản tự đánh giá bạn đã đọc/)
    const notANumber = await api('manager').patch(url(), { status: 'draft', revision: 'mới nhất' })
    expect(notANumber.status).toBe(400)
    expect(message(notANumber)).toMatch(/phải là số nguyên không âm, nhận được "mới nhất"/)
    const overGraphql = await graphql(`updateMaturityAssessment(id: ${assessment}, data: { status: draft })`)
    expect(overGraphql.body.errors?.[0]?.message).toMatch(/Thiếu số phiên bản/)
    expect(await stored(assessment)).toEqual(before)
  })

  it('refuses a stale revision (409, naming both) and keeps the first save; a fresh one moves it on', async () => {
    const read = await stored(assessment)
    const first = await api('manager').patch(url(), {
      answers: withPoints(read.answers, { '1.1': 2 }),
      revision: read.revision,
    })
    expect(first.status).toBe(200)
    expect(first.body.doc.revision).toBe(read.revision + 1)

    const second = await api('admin').patch(url(), {
      answers: withPoints(read.answers, { '1.2': 4 }),
      revision: read.revision,
    })
    expect(second.status).toBe(409)
    expect(message(second)).toBe(
      `Bản tự đánh giá đã được người khác lưu (phiên bản ${read.revision + 1}, bạn đang sửa phiên bản ${read.revision}). Hãy tải lại bản tự đánh giá và áp dụng lại thay đổi của bạn.`,
    )
    expect(second.body.errors[0].data).toMatchObject({
      currentRevision: read.revision + 1,
      yourRevision: read.revision,
    })
    const overGraphql = await graphql(
      `updateMaturityAssessment(id: ${assessment}, data: { status: draft, revision: ${read.revision} })`,
    )
    expect(overGraphql.body.errors?.[0]?.message).toMatch(/đã được người khác lưu/)
    const kept = await stored(assessment)
    expect(kept.revision).toBe(read.revision + 1)
    expect(kept.total).toBe(2)
    expect(kept.answers.find((a) => a.criterion === id('1.2'))!.points).toBeNull()

    // Re-applied on the reloaded assessment it saves, and a sent revision is never stored as sent.
    const again = await api('admin').patch(url(), {
      answers: withPoints(kept.answers, { '1.2': 4 }),
      revision: String(kept.revision),
    })
    expect(again.status).toBe(200)
    expect(again.body.doc.revision).toBe(kept.revision + 1)
    expect((await stored(assessment)).total).toBe(6)
  })

  it('moves on with an evidence upload, so a save based on the answers read before it cannot drop the file', async () => {
    const read = await stored(assessment)
    const file = await upload({ assessment, criterion: id('1.3') }, png, 'nghi-quyet.png', 'image/png')
    expect(file.status).toBe(201)
    const linked = await stored(assessment)
    expect(linked.revision).toBe(read.revision + 1)
    expect(linked.answers.find((a) => a.criterion === id('1.3'))!.evidence).toEqual([file.body.doc.id])

    // The dashboard loaded before the upload: its answers for 1.3 have no file.
    const lost = await api('manager').patch(url(), {
      answers: withPoints(read.answers, { '1.3': 1 }),
      revision: read.revision,
    })
    expect(lost.status).toBe(409)
    expect(await stored(assessment)).toEqual(linked)

    const reapplied = await save(assessment, { answers: withPoints(linked.answers, { '1.3': 1 }) })
    expect(reapplied.status).toBe(200)
    expect((await stored(assessment)).answers.find((a) => a.criterion === id('1.3'))).toMatchObject({
      points: 1,
      evidence: [file.body.doc.id],
    })
  })

  it('lets trusted server code save without the check, but still moves the revision on; so do submit and reopen', async () => {
    const read = await stored(assessment)
    const local = (await newsroom.payload.update({
      collection: 'maturity-assessments',
      id: assessment,
      data: { answers: withPoints(read.answers, { '1.4': 1 }), revision: 1 } as never,
      depth: 0,
    })) as unknown as { revision: number }
    expect(local.revision).toBe(read.revision + 1)

    const submitted = await save(assessment, { status: 'submitted' })
    expect(submitted.status).toBe(200)
    expect(submitted.body.doc.revision).toBe(read.revision + 2)
    const reopened = await save(assessment, { status: 'draft' }, 'admin')
    expect(reopened.status).toBe(200)
    expect(reopened.body.doc.revision).toBe(read.revision + 3)
  })

  it('refuses the KPI prefill when someone saved between its read and its write, keeping that save', async () => {
    const config = newsroom.payload.config as { custom?: { kpis?: Record<string, unknown> } }
    config.custom ??= {}
    const kpis = config.custom.kpis
    let before: Awaited<ReturnType<typeof stored>> | undefined
    // Someone saves while the (slow) KPIs are computed, after the prefill read the assessment.
    const savingMeanwhile: ComputeKpis = async (payload, { year }) => {
      before = await stored(assessment)
      await payload.update({
        collection: 'maturity-assessments',
        id: assessment,
        data: { answers: withPoints(before.answers, { '1.5': 3 }) } as never,
        depth: 0,
      })
      return { year, kpis: [] }
    }
    config.custom.kpis = { ...kpis, computeKpis: savingMeanwhile }
    try {
      const refused = await api('manager').post(`/api/maturity-assessments/${assessment}/prefill`)
      expect(refused.status).toBe(409)
      expect(message(refused)).toMatch(/đã được người khác lưu \(phiên bản \d+, bạn đang sửa phiên bản \d+\)/)
    } finally {
      config.custom.kpis = kpis
    }
    const after = await stored(assessment)
    expect(after.revision).toBe(before!.revision + 1)
    expect(after.answers.find((a) => a.criterion === id('1.5'))!.points).toBe(3)

    const prefill = await api('manager').post(`/api/maturity-assessments/${assessment}/prefill`)
    expect(prefill.status).toBe(200)
    expect(prefill.body.doc.revision).toBe(after.revision + 1)
    expect((await stored(assessment)).answers.find((a) => a.criterion === id('1.5'))!.points).toBe(3)
  })
})
