import { readFileSync } from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { auth, startNewsroom, type TestNewsroom } from '../helpers/newsroom'

const AS_RUN = readFileSync(new URL('../../docs/examples/airtime-asrun.csv', import.meta.url))
const PLAN = readFileSync(new URL('../../docs/examples/airtime-plan.csv', import.meta.url))
const FAILING_TITLE = 'Lỗi ghi thử (giả lập)'
const HEADER = 'ngày;giờ bắt đầu;thời lượng;tên chương trình;thể loại;nguồn'
const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\n'), 'utf8')

/**
 * Makes the database itself refuse one schedule item (a trigger), as a full disk or a broken
 * constraint would: the import's bulk insert fails after its import record was written.
 */
async function failOneItemInTheDatabase(newsroom: TestNewsroom) {
  const db = newsroom.payload.db as unknown as {
    drizzle: unknown
    execute: (a: { drizzle: unknown; raw: string }) => Promise<unknown>
  }
  const run = (raw: string) => db.execute({ drizzle: db.drizzle, raw })
  if (newsroom.db === 'sqlite') {
    await run(
      `CREATE TRIGGER airtime_test_fail BEFORE INSERT ON schedule_items WHEN NEW.title = '${FAILING_TITLE}' ` +
        `BEGIN SELECT RAISE(ABORT, 'o dia day (gia lap)'); END`,
    )
    return
  }
  await run(
    `CREATE FUNCTION airtime_test_fail() RETURNS trigger AS $$ BEGIN IF NEW.title = '${FAILING_TITLE}' ` +
      `THEN RAISE EXCEPTION 'o dia day (gia lap)'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
  )
  await run(
    'CREATE TRIGGER airtime_test_fail BEFORE INSERT ON schedule_items FOR EACH ROW EXECUTE FUNCTION airtime_test_fail()',
  )
}

let newsroom: TestNewsroom
let tv: number | string
let radio: number | string
let website: number | string

beforeAll(async () => {
  newsroom = await startNewsroom()
  await failOneItemInTheDatabase(newsroom)
  const agency = (await newsroom.payload.find({ collection: 'agencies', limit: 1 })).docs[0]!.id
  const channel = async (name: string, code: string, kind: string) =>
    (
      await newsroom.payload.create({
        collection: 'publications',
        data: { name, code, kind, agency } as never,
      })
    ).id
  tv = await channel('Truyền hình Thử nghiệm', 'THTN', 'tv')
  radio = await channel('Phát thanh Thử nghiệm', 'PTTN', 'radio')
  website = await channel('Báo điện tử Thử nghiệm', 'BDT', 'website')
})

afterAll(async () => {
  await newsroom?.stop()
})

const token = (role: keyof TestNewsroom['users']) => newsroom.users[role].token
const upload = (
  fields: Record<string, string>,
  bytes: Buffer,
  role: keyof TestNewsroom['users'] = 'editor',
) => {
  let request = newsroom
    .http()
    .post('/api/schedule-items/import')
    .set(auth(token(role)))
  for (const [name, value] of Object.entries(fields)) request = request.field(name, value)
  return request.attach('file', bytes, { filename: 'lich.csv', contentType: 'text/csv' })
}
const items = async (channel: number | string, date: string, log?: string) =>
  (
    await newsroom.payload.find({
      collection: 'schedule-items',
      where: {
        channel: { equals: channel },
        date: { equals: date },
        ...(log ? { log: { equals: log } } : {}),
      },
      pagination: false,
      sort: 'startSeconds',
      depth: 0,
    })
  ).docs
const importCount = async () => (await newsroom.payload.count({ collection: 'airtime-imports' })).totalDocs
const compliance = (query: Record<string, string | number>, role: keyof TestNewsroom['users'] = 'manager') =>
  newsroom
    .http()
    .get(
      `/api/airtime/compliance?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`,
    )
    .set(auth(token(role)))
const ruleOf = (body: { rules: Array<{ rule: string }> }, rule: string) =>
  body.rules.find((r) => r.rule === rule) as Record<string, unknown>

describe('as-run CSV import and the compliance report', () => {
  it('imports the hand-checked day and reports its percentages', async () => {
    const response = await upload({ channel: String(tv), log: 'asrun' }, AS_RUN)
    expect(response.status).toBe(201)
    expect(response.body).toMatchObject({ created: 15, replaced: 0, dates: ['2026-03-02'], delimiter: ';' })
    const stored = await items(tv, '2026-03-02', 'asrun')
    expect(stored).toHaveLength(15)
    expect(stored[7]).toMatchObject({
      title: 'Khám phá thế giới',
      start: '14:00:00',
      startSeconds: 50_400,
      durationSeconds: 7_920,
      endSeconds: 58_320,
      source: 'csv',
      importBatch: response.body.import.id,
    })

    const report = await compliance({ channel: tv, date: '2026-03-02' })
    expect(report.status).toBe(200)
    expect(report.body).toMatchObject({ log: 'asrun', itemCount: 15, ok: false })
    // Defaults (ads out, reruns not new): 53 280 / 79 200 = 67.27 % domestic, 25 920 / 79 200 = 32.73 % foreign.
    expect(ruleOf(report.body, 'coverage')).toMatchObject({ ok: true, numeratorSeconds: 86_400 })
    expect(ruleOf(report.body, 'domestic')).toMatchObject({
      ok: false,
      numeratorSeconds: 53_280,
      denominatorSeconds: 79_200,
    })
    expect(ruleOf(report.body, 'newSelfProduced')).toMatchObject({
      numeratorSeconds: 14_400,
      denominatorSeconds: 53_280,
    })
    expect(ruleOf(report.body, 'foreign')).toMatchObject({ ok: false, numeratorSeconds: 25_920 })
    expect(ruleOf(report.body, 'vietnameseFilm')).toMatchObject({
      ok: false,
      threshold: 20,
      numeratorSeconds: 3_600,
    })
    expect(
      (ruleOf(report.body, 'foreign').violatingItems as Array<{ title: string }>).map((i) => i.title),
    ).toEqual(['Phim truyện nước ngoài: Bão tuyết', 'Khám phá thế giới'])

    // Both settings flipped per request: exactly 70 % domestic and 30 % foreign pass.
    const flipped = await compliance({
      channel: tv,
      date: '2026-03-02',
      adsInDenominator: 'true',
      rerunCountsAsNew: 'true',
    })
    expect(ruleOf(flipped.body, 'domestic')).toMatchObject({ ok: true, percent: 70 })
    expect(ruleOf(flipped.body, 'foreign')).toMatchObject({ ok: true, percent: 30 })
    expect(flipped.body.violations).toEqual(['vietnameseFilm'])
  })

  it('refuses the same bytes again (409) and replaces the day atomically on request', async () => {
    const before = await items(tv, '2026-03-02', 'asrun')
    const again = await upload({ channel: String(tv), log: 'asrun' }, AS_RUN)
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toMatch(/đã được nhập .* replace=true/)
    const replaced = await upload({ channel: String(tv), log: 'asrun', replace: 'true' }, AS_RUN)
    expect(replaced.status).toBe(201)
    expect(replaced.body).toMatchObject({ created: 15, replaced: 15 })
    const after = await items(tv, '2026-03-02', 'asrun')
    expect(after).toHaveLength(15)
    // New rows of the new import (SQLite may reuse the ids, so compare when they were written).
    const newest = Math.max(...before.map((i) => Date.parse(i.createdAt)))
    expect(
      after.every((i) => Date.parse(i.createdAt) > newest && i.importBatch === replaced.body.import.id),
    ).toBe(true)
    expect(replaced.body.import).toMatchObject({ replaced: 15, rows: 15, encoding: 'utf-8' })
    expect(await importCount()).toBe(1)
  })

  it('rolls the whole replace back when the database fails part-way', async () => {
    const before = (await items(tv, '2026-03-02', 'asrun')).map((i) => i.id)
    const imports = await importCount()
    const failing = csv(
      '02/03/2026;00:00;12:00:00;Nửa đầu;thời sự;tự sản xuất',
      `02/03/2026;12:00;12:00:00;${FAILING_TITLE};thời sự;tự sản xuất`,
    )
    const response = await upload({ channel: String(tv), log: 'asrun', replace: 'true' }, failing)
    expect(response.status).toBe(500)
    expect(response.body.errors[0].message).toMatch(/không có dòng nào được lưu/)
    expect((await items(tv, '2026-03-02', 'asrun')).map((i) => i.id)).toEqual(before)
    expect(await importCount()).toBe(imports)
  })

  it('reports every bad line of an invalid file and stores nothing', async () => {
    const imports = await importCount()
    const response = await upload(
      { channel: String(radio), log: 'plan' },
      csv(
        '05/03/2026;06:00;1800;Thời sự sáng;thời sự;tự sản xuất',
        '05/03/2026;6h30;1800;Giờ sai;thời sự;tự sản xuất',
        '05/03/2026;07:00;-600;Âm;thời sự;tự sản xuất',
        '05/03/2026;06:10;600;Chồng giờ;thời sự;tự sản xuất',
      ),
    )
    expect(response.status).toBe(400)
    expect(response.body.errors.map((e: { line: number; column?: string }) => [e.line, e.column])).toEqual([
      [3, 'giờ bắt đầu'],
      [4, 'thời lượng'],
      [5, 'giờ bắt đầu'],
    ])
    expect(response.body.errors[1].message).toBe('Dòng 4, cột "thời lượng": thời lượng "-600" là số âm')
    expect(await items(radio, '2026-03-05')).toHaveLength(0)
    expect(await importCount()).toBe(imports)
  })

  it('names the stored item a line overlaps, and writes nothing', async () => {
    const response = await upload(
      { channel: String(tv), log: 'asrun' },
      csv(
        '02/03/2026;23:30;3600;Phim chen ngang;phim;nước ngoài',
        '03/03/2026;01:00;1800;Bản tin đêm;thời sự;tự sản xuất',
      ),
    )
    expect(response.status).toBe(400)
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        line: 2,
        message: expect.stringMatching(/trùng giờ với mục #\d+ đã có "Thời sự tối \(phát lại\)"/),
      }),
    ])
    expect(await items(tv, '2026-03-03', 'asrun')).toHaveLength(0)
  })

  it('lets only one of two overlapping imports sent at the same time through', async () => {
    const [first, second] = await Promise.all([
      upload(
        { channel: String(radio), log: 'asrun' },
        csv('25/03/2026;00:00;12:00:00;Buổi sáng;thời sự;tự sản xuất'),
      ),
      upload(
        { channel: String(radio), log: 'asrun' },
        csv('25/03/2026;06:00;12:00:00;Buổi trưa;thời sự;tự sản xuất'),
      ),
    ])
    expect([first.status, second.status].sort()).toEqual([201, 400])
    expect(await items(radio, '2026-03-25', 'asrun')).toHaveLength(1)
  })

  it('reads a Windows-1258 file and the plan example with end times past midnight', async () => {
    const bytes = Buffer.from([
      ...Buffer.from('ngay,gio bat dau,thoi luong,ten chuong trinh,the loai,nguon\n06/03/2026,19:00,1800,'),
      ...[0x54, 0x68, 0xf5, 0xcc, 0x69, 0x20, 0x73, 0xfd, 0xf2], // "Thời sự" with combining tone marks
      ...Buffer.from(',thoi su,tu san xuat\n'),
    ])
    const legacy = await upload({ channel: String(radio), log: 'plan' }, bytes)
    expect(legacy.status).toBe(201)
    expect(legacy.body.encoding).toBe('windows-1258')
    expect((await items(radio, '2026-03-06'))[0]).toMatchObject({ title: 'Thời sự' })

    expect((await upload({ channel: String(tv), log: 'plan' }, PLAN)).status).toBe(201)
    const late = (await items(tv, '2026-03-03', 'plan')).at(-1)!
    expect(late).toMatchObject({ title: 'Phim khuya', startSeconds: 79_200, endSeconds: 88_200 })
    // No as-run for 4 March, so the report reads the plan; the 30 minutes past midnight count there.
    const next = await compliance({ channel: tv, date: '2026-03-04' })
    expect(next.body.log).toBe('plan')
    expect(next.body.segments).toEqual([
      expect.objectContaining({ title: 'Phim khuya', from: 0, to: 1_800, carriedOver: true }),
    ])
  })

  it('refuses bad requests with clear messages', async () => {
    const http = () => newsroom.http().post('/api/schedule-items/import')
    expect((await http().attach('file', AS_RUN, 'a.csv')).status).toBe(401)
    expect((await upload({ channel: String(tv), log: 'asrun' }, AS_RUN, 'reporter')).status).toBe(403)
    const json = await http()
      .set(auth(token('editor')))
      .send({ channel: tv })
    expect(json.status).toBe(400)
    expect(json.body.errors[0].message).toMatch(/multipart\/form-data/)
    expect((await upload({ channel: String(tv), log: 'tomorrow' }, AS_RUN)).status).toBe(400)
    expect((await upload({ channel: '999999', log: 'asrun' }, AS_RUN)).status).toBe(404)
    const site = await upload({ channel: String(website), log: 'asrun' }, AS_RUN)
    expect(site.status).toBe(400)
    expect(site.body.errors[0].message).toMatch(/không phải kênh phát thanh hay truyền hình/)
    const utf16 = await upload(
      { channel: String(tv), log: 'asrun' },
      Buffer.from(`\uFEFF${HEADER}`, 'utf16le'),
    )
    expect(utf16.status).toBe(400)
    expect(utf16.body.errors[0].message).toMatch(/UTF-16/)
    const columns = await upload(
      { channel: String(tv), log: 'asrun' },
      Buffer.from('ngày,kênh\n02/03/2026,VTV1\n'),
    )
    expect(columns.body.errors.map((e: { message: string }) => e.message)).toEqual([
      'Dòng 1: cột không nhận ra: "kênh"',
      expect.stringMatching(/^Dòng 1: thiếu cột "giờ bắt đầu", "tên chương trình", "thể loại", "nguồn"/),
    ])
    const huge = await upload({ channel: String(tv), log: 'asrun' }, Buffer.alloc(6 * 1024 * 1024, 0x41))
    expect(huge.status).toBe(413)
  })

  it('keeps a channel that has a schedule: deleting it is a 409 naming what holds it', async () => {
    const held = (
      await newsroom.payload.count({ collection: 'schedule-items', where: { channel: { equals: tv } } })
    ).totalDocs
    expect(held).toBeGreaterThan(0)
    const refused = await newsroom
      .http()
      .delete(`/api/publications/${tv}`)
      .set(auth(token('admin')))
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(
      new RegExp(`^Kênh #${tv} không xoá được vì còn ${held} mục lịch/nhật ký phát sóng, \\d+ lượt nhập`),
    )
    expect(refused.body.errors[0].message).toContain('Đang hoạt động')
    expect((await newsroom.payload.findByID({ collection: 'publications', id: tv })).id).toBe(tv)
    expect(
      (await newsroom.payload.count({ collection: 'schedule-items', where: { channel: { equals: tv } } }))
        .totalDocs,
    ).toBe(held)
  })
})

describe('schedule items through REST', () => {
  const create = (data: Record<string, unknown>, role: keyof TestNewsroom['users'] = 'editor') =>
    newsroom
      .http()
      .post('/api/schedule-items')
      .set(auth(token(role)))
      .send({ channel: radio, log: 'plan', ...data })
  const item = { date: '2026-03-10', genre: 'news', origin: 'self', title: 'Thời sự' }

  it('derives the seconds, keeps the source to the system, and refuses overlaps naming both items', async () => {
    const first = await create({
      ...item,
      start: '06:00',
      durationSeconds: 1_800,
      source: 'csv',
      startSeconds: 5,
    })
    expect(first.status).toBe(201)
    expect(first.body.doc).toMatchObject({
      start: '06:00:00',
      startSeconds: 21_600,
      endSeconds: 23_400,
      source: 'manual',
    })
    const clash = await create({ ...item, title: 'Chen ngang', start: '06:20:00', durationSeconds: 600 })
    expect(clash.status).toBe(400)
    expect(clash.body.errors[0].message).toMatch(
      new RegExp(
        `"Chen ngang" .* trùng giờ với mục #${first.body.doc.id} "Thời sự" \\(10/03/2026 06:00:00–06:30:00`,
      ),
    )
    const later = await create({ ...item, title: 'Sau đó', start: '06:30:00', durationSeconds: 600 })
    expect(later.status).toBe(201)
    const moved = await newsroom
      .http()
      .patch(`/api/schedule-items/${later.body.doc.id}`)
      .set(auth(token('editor')))
      .send({ start: '06:15:00' })
    expect(moved.status).toBe(400)
    expect(moved.body.errors[0].message).toMatch(/trùng giờ/)
    // Another log of the same channel is a separate time line.
    expect((await create({ ...item, log: 'asrun', start: '06:20:00', durationSeconds: 600 })).status).toBe(
      201,
    )
  })

  it('refuses an overlap across midnight with the day before', async () => {
    expect(
      (await create({ ...item, date: '2026-03-11', start: '23:30:00', durationSeconds: 3_600 })).status,
    ).toBe(201)
    const early = await create({ ...item, date: '2026-03-12', start: '00:10:00', durationSeconds: 600 })
    expect(early.status).toBe(400)
    expect(early.body.errors[0].message).toMatch(/00:30:00 hôm sau/)
  })

  it.each([
    ['zero duration', { durationSeconds: 0 }, /lớn hơn 0/],
    ['negative duration', { durationSeconds: -60 }, /lớn hơn 0/],
    ['a bad start', { start: '25:00' }, /HH:MM:SS/],
    ['a bad date', { date: '2026-02-30' }, /ngày có thật/],
    ['an unknown genre', { genre: 'ca cổ' }, /./],
  ])('refuses %s with 400', async (_label, data, message) => {
    const response = await create({
      ...item,
      date: '2026-03-13',
      start: '08:00',
      durationSeconds: 60,
      ...data,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(message)
  })

  it('refuses a non-broadcast channel, and reporters', async () => {
    const site = await create({
      ...item,
      channel: website,
      date: '2026-03-13',
      start: '09:00',
      durationSeconds: 60,
    })
    expect(site.status).toBe(400)
    expect(JSON.stringify(site.body)).toMatch(/không phải kênh phát thanh hay truyền hình/)
    expect((await create({ ...item, start: '10:00', durationSeconds: 60 }, 'reporter')).status).toBe(403)
    expect(
      (
        await newsroom
          .http()
          .get('/api/schedule-items')
          .set(auth(token('reporter')))
      ).status,
    ).toBe(200)
  })
})

describe('building the planned day from rundowns', () => {
  const date = '2026-03-20'
  const post = (path: string, body: unknown, role: keyof TestNewsroom['users'] = 'deskChief') =>
    newsroom
      .http()
      .post(path)
      .set(auth(token(role)))
      .send(body as object)
  const build = (body: unknown = { channel: tv, date }, role: keyof TestNewsroom['users'] = 'editor') =>
    post('/api/schedule-items/build', body, role)

  it('makes one plan item per rundown with the programme’s genre and origin, and rebuilds in place', async () => {
    const news = await post('/api/programmes', {
      name: 'Thời sự sáng',
      channel: tv,
      genre: 'news',
      origin: 'self',
      startTime: '06:00',
      durationSeconds: 1_800,
    })
    const film = await post('/api/programmes', {
      name: 'Phim nước ngoài',
      channel: tv,
      genre: 'film',
      origin: 'foreign',
      startTime: '20:00',
      durationSeconds: 5_400,
    })
    expect([news.status, film.status]).toEqual([201, 201])
    const morning = await post(
      '/api/rundowns',
      {
        programme: news.body.doc.id,
        date,
        items: [
          { type: 'story', title: 'Tin 1', plannedSeconds: 600 },
          { type: 'story', title: 'Tin 2', plannedSeconds: 900 },
          { type: 'other', title: 'Bỏ', plannedSeconds: 300, status: 'dropped' },
        ],
      },
      'editor',
    )
    // Planned 20 s over its 15-minute slot, as rundowns are until the producer cuts them to time:
    // the schedule holds the slot, so it does not clash with the 06:00 news (nor leave a gap before it).
    const next = await post(
      '/api/rundowns',
      {
        channel: tv,
        date,
        startTime: '05:45:00',
        plannedDurationSeconds: 900,
        items: [
          { type: 'story', title: 'Tin 3', plannedSeconds: 600 },
          { type: 'story', title: 'Tin 4', plannedSeconds: 320 },
        ],
      },
      'editor',
    )
    const evening = await post(
      '/api/rundowns',
      { programme: film.body.doc.id, date, rerun: true, items: [] },
      'editor',
    )
    expect([morning.status, next.status, evening.status]).toEqual([201, 201, 201])

    const first = await build()
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ rundowns: 3, created: 3, replaced: 0 })
    const planned = await items(tv, date, 'plan')
    expect(planned.map((i) => [i.start, i.durationSeconds, i.genre, i.origin, i.rerun, i.source])).toEqual([
      ['05:45:00', 900, 'other', 'self', false, 'rundown'], // no programme; the slot, though 20 s over
      ['06:00:00', 1_800, 'news', 'self', false, 'rundown'], // the slot, though the items plan 25 minutes
      ['20:00:00', 5_400, 'film', 'foreign', true, 'rundown'],
    ])
    expect(planned[1]).toMatchObject({ rundown: morning.body.doc.id, programme: news.body.doc.id })

    const again = await build()
    expect(again.body).toMatchObject({ created: 3, replaced: 3 })
    const report = await compliance({ channel: tv, date, log: 'plan' })
    expect(ruleOf(report.body, 'coverage')).toMatchObject({ ok: false, numeratorSeconds: 8_100 })
    // 00:00–05:45, 06:30–20:00 and 21:30–24:00: nothing between the two morning rundowns.
    expect((ruleOf(report.body, 'coverage').gaps as Array<{ from: number }>).map((gap) => gap.from)).toEqual([
      0, 23_400, 77_400,
    ])
  })

  it('refuses (409) a build that would overlap a manual plan item, and changes nothing', async () => {
    const before = (await items(tv, date, 'plan')).map((i) => i.id)
    const manual = await newsroom
      .http()
      .post('/api/schedule-items')
      .set(auth(token('editor')))
      .send({
        channel: tv,
        log: 'plan',
        date,
        start: '20:30',
        durationSeconds: 600,
        title: 'Chen',
        genre: 'ads',
        origin: 'domestic',
      })
    // The stored rundown item already holds 20:00–21:30, so the manual item is refused first…
    expect(manual.status).toBe(400)
    await newsroom.payload.delete({ collection: 'schedule-items', where: { id: { in: before } } })
    await newsroom.payload.create({
      collection: 'schedule-items',
      data: {
        channel: tv,
        log: 'plan',
        date,
        start: '20:30:00',
        durationSeconds: 600,
        title: 'Chen',
        genre: 'ads',
        origin: 'domestic',
      } as never,
    })
    // …and once it is there, the build names the clash and leaves the day as it is.
    const refused = await build()
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/kịch bản #\d+ .* trùng giờ với mục #\d+ đã có "Chen"/)
    expect((await items(tv, date, 'plan')).map((i) => i.title)).toEqual(['Chen'])
  })

  it('validates the request', async () => {
    expect((await build({ channel: tv, date }, 'reporter')).status).toBe(403)
    expect((await newsroom.http().post('/api/schedule-items/build').send({ channel: tv, date })).status).toBe(
      401,
    )
    expect((await build({ channel: tv, date: '20/03/2026' })).status).toBe(400)
    expect((await build({ channel: 987654, date })).status).toBe(404)
    expect((await build({ channel: website, date })).status).toBe(400)
    const malformed = await newsroom
      .http()
      .post('/api/schedule-items/build')
      .set(auth(token('editor')))
      .set('Content-Type', 'application/json')
      .send('{"channel":')
    expect(malformed.status).toBe(400)
    const huge = await build({ channel: tv, date, padding: 'x'.repeat(20_000) })
    expect(huge.status).toBe(413)
    expect(huge.body.errors[0].message).toMatch(/16 KB/)
  })
})

describe('the compliance endpoints', () => {
  it('answers a range of days with each day’s verdict', async () => {
    const response = await newsroom
      .http()
      .get(`/api/airtime/compliance/days?channel=${tv}&from=2026-03-01&to=2026-03-04`)
      .set(auth(token('deskChief')))
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ totalDays: 4, compliantDays: 0 })
    expect(
      response.body.days.map((d: { date: string; log: string; itemCount: number }) => [
        d.date,
        d.log,
        d.itemCount,
      ]),
    ).toEqual([
      ['2026-03-01', 'plan', 0],
      ['2026-03-02', 'asrun', 15],
      ['2026-03-03', 'plan', 8],
      ['2026-03-04', 'plan', 1],
    ])
    expect(response.body.days[1].violations).toEqual([
      'domestic',
      'newSelfProduced',
      'foreign',
      'vietnameseFilm',
    ])
  })

  it('refuses bad queries and the wrong roles', async () => {
    const get = (query: string, role?: keyof TestNewsroom['users']) => {
      const request = newsroom.http().get(`/api/airtime/compliance${query}`)
      return role ? request.set(auth(token(role))) : request
    }
    expect((await get(`?channel=${tv}&date=2026-03-02`)).status).toBe(401)
    expect((await get(`?channel=${tv}&date=2026-03-02`, 'reporter')).status).toBe(403)
    expect((await get(`?channel=${tv}&date=2026-03-02`, 'apiClient')).status).toBe(403)
    expect((await get(`?channel=${tv}&date=2026-13-02`, 'editor')).status).toBe(400)
    expect((await get(`?date=2026-03-02`, 'editor')).status).toBe(400)
    expect((await get(`?channel=424242&date=2026-03-02`, 'editor')).status).toBe(404)
    expect((await get(`?channel=${website}&date=2026-03-02`, 'editor')).status).toBe(400)
    expect((await get(`?channel=${tv}&date=2026-03-02&log=live`, 'editor')).status).toBe(400)
    expect((await get(`?channel=${tv}&date=2026-03-02&adsInDenominator=maybe`, 'editor')).status).toBe(400)
    const long = await get(`/days?channel=${tv}&from=2026-01-01&to=2026-04-30`, 'admin')
    expect(long.status).toBe(400)
    expect(long.body.errors[0].message).toMatch(/tối đa 92 ngày/)
    expect((await get(`/days?channel=${tv}&from=2026-03-05&to=2026-03-01`, 'admin')).status).toBe(400)
  })
})
