import { readFileSync } from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'

import { loadRevenueYear } from '../../plugins/revenue/lib/loadRevenueYear'
import { auth, startNewsroom, type TestNewsroom } from '../helpers/newsroom'

const BASELINE = readFileSync(new URL('../../docs/examples/revenue-2024.csv', import.meta.url))
const LEDGER_2025 = readFileSync(new URL('../../docs/examples/revenue-2025.csv', import.meta.url))
const HEADER = 'tháng;kênh/ấn phẩm;nguồn thu;loại;số tiền;ghi chú'
const FAILING_NOTE = 'Lỗi ghi thử (giả lập)'
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const MAX_IMPORT_BYTES = 1024 * 1024
const M = 1_000_000

const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join('\n'), 'utf8')

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Doanh thu 2026')
  sheet.addRow(['Tháng', 'Kênh/Ấn phẩm', 'Nguồn thu', 'Loại', 'Số tiền (VND)', 'Ghi chú'])
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** The database itself refuses one entry (a trigger), as a full disk would, after the import record was written. */
async function failOneEntryInTheDatabase(newsroom: TestNewsroom) {
  const db = newsroom.payload.db as unknown as {
    drizzle: unknown
    execute: (a: { drizzle: unknown; raw: string }) => Promise<unknown>
  }
  const run = (raw: string) => db.execute({ drizzle: db.drizzle, raw })
  if (newsroom.db === 'sqlite') {
    await run(
      `CREATE TRIGGER revenue_test_fail BEFORE INSERT ON revenue_entries WHEN NEW.note = '${FAILING_NOTE}' ` +
        `BEGIN SELECT RAISE(ABORT, 'o dia day (gia lap)'); END`,
    )
    return
  }
  await run(
    `CREATE FUNCTION revenue_test_fail() RETURNS trigger AS $$ BEGIN IF NEW.note = '${FAILING_NOTE}' ` +
      `THEN RAISE EXCEPTION 'o dia day (gia lap)'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
  )
  await run(
    'CREATE TRIGGER revenue_test_fail BEFORE INSERT ON revenue_entries FOR EACH ROW EXECUTE FUNCTION revenue_test_fail()',
  )
}

let newsroom: TestNewsroom
const pub = { print: 0 as number | string, web: 0 as number | string, tv: 0 as number | string }

beforeAll(async () => {
  newsroom = await startNewsroom({ FIGURES_MAX_IMPORT_BYTES: String(MAX_IMPORT_BYTES) })
  await failOneEntryInTheDatabase(newsroom)
  const agency = (await newsroom.payload.find({ collection: 'agencies', limit: 1 })).docs[0]!.id
  const channel = async (name: string, code: string, kind: string) =>
    (
      await newsroom.payload.create({
        collection: 'publications',
        data: { name, code, kind, agency } as never,
      })
    ).id
  pub.print = await channel('Báo Hưng Yên (báo in)', 'BAO-IN', 'print')
  pub.web = await channel('Báo điện tử Hưng Yên', 'WEB', 'website')
  pub.tv = await channel('Truyền hình Hưng Yên', 'TV', 'tv')
})

afterAll(async () => {
  await newsroom?.stop()
})

type Role = keyof TestNewsroom['users']
const token = (role: Role) => newsroom.users[role].token
const importFile = (
  bytes: Buffer,
  { name = 'doanh-thu.csv', replace = false, role = 'manager' as Role, type = 'text/csv' } = {},
) =>
  newsroom
    .http()
    .post(`/api/revenue-entries/import${replace ? '?replace=true' : ''}`)
    .set(auth(token(role)))
    .attach('file', bytes, { filename: name, contentType: type })
const importRaw = (bytes: Buffer, type: string, query = '') =>
  newsroom
    .http()
    .post(`/api/revenue-entries/import${query}`)
    .set(auth(token('manager')))
    .set('Content-Type', type)
    .send(bytes)
const report = (query: string, role: Role = 'manager') =>
  newsroom
    .http()
    .get(`/api/revenue/report?${query}`)
    .set(auth(token(role)))
const download = (query: string) =>
  newsroom
    .http()
    .get(`/api/revenue/report.csv?${query}`)
    .set(auth(token('manager')))
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => done(null, Buffer.concat(chunks)))
    })
const rest = (role: Role = 'manager') => ({
  post: (path: string, body: object) =>
    newsroom
      .http()
      .post(path)
      .set(auth(token(role)))
      .send(body),
  patch: (path: string, body: object) =>
    newsroom
      .http()
      .patch(path)
      .set(auth(token(role)))
      .send(body),
  delete: (path: string) =>
    newsroom
      .http()
      .delete(path)
      .set(auth(token(role))),
})
const counts = async () => ({
  entries: (await newsroom.payload.count({ collection: 'revenue-entries' })).totalDocs,
  imports: (await newsroom.payload.count({ collection: 'revenue-imports' })).totalDocs,
})
const entriesOf = async (month: string) =>
  (
    await newsroom.payload.find({
      collection: 'revenue-entries',
      where: { month: { equals: month } },
      pagination: false,
      depth: 0,
      sort: 'id',
    })
  ).docs
const messages = (body: { errors: Array<{ message: string }> }) => body.errors.map((e) => e.message)

describe('importing the ledger and the year report', () => {
  it('imports the baseline (multipart) and 2025 (raw CSV body), and reports the hand-computed figures', async () => {
    const baseline = await importFile(BASELINE, { name: 'doanh-thu-2024.csv' })
    expect(baseline.status).toBe(201)
    expect(baseline.body).toMatchObject({ created: 4, replaced: 0, format: 'csv', delimiter: ';' })
    const ledger = await importRaw(LEDGER_2025, 'text/csv; charset=utf-8', '?filename=doanh-thu-2025.csv')
    expect(ledger.status).toBe(201)
    expect(ledger.body.import).toMatchObject({
      fileName: 'doanh-thu-2025.csv',
      rows: 7,
      months: '2025-01, 2025-02, 2025-03',
      totalActual: 575 * M,
      totalPlan: 260 * M,
      uploadedBy: newsroom.users.manager.id,
    })
    expect(ledger.body.message).toMatch(
      /^Đã nhập 7 mục doanh thu \(01\/2025, 02\/2025, 03\/2025; thực hiện 575\.000\.000 đ/,
    )
    const note = (await entriesOf('2025-03')).find((e) => e.kind === 'actual')
    expect(note).toMatchObject({
      note: 'Tài trợ chương trình "Xuân quê hương"',
      source: 'import',
      amount: 135 * M,
    })

    const year = await report('year=2025')
    expect(year.status).toBe(200)
    // 105 + 230 + 65 + 40 + 135 = 575 M against 100 + 200 + 50 + 150 = 500 M in 2024: +15 %.
    expect(year.body).toMatchObject({
      year: 2025,
      baselineYear: 2024,
      plan: 260 * M,
      actual: 575 * M,
      stateFunded: 230 * M,
      market: 345 * M,
      baselineActual: 500 * M,
      previousYearActual: 500 * M,
      previousYearSamePeriod: 500 * M,
      growthVsBaselinePct: 15,
      growthVsPreviousYearPct: 15,
      monthsWithActuals: 3,
    })
    expect(year.body.months[0]).toEqual({
      month: '2025-01',
      plan: 110 * M,
      actual: 335 * M,
      stateFunded: 230 * M,
      market: 105 * M,
      previousYearActual: 300 * M,
    })
    expect(year.body.byLine.find((l: { line: string }) => l.line === 'sponsorship')).toEqual({
      line: 'sponsorship',
      plan: 150 * M,
      actual: 135 * M,
      previousYearActual: 150 * M,
      stateFunded: false,
    })
    expect(year.body.byPublication[0]).toMatchObject({ publication: null, actual: 230 * M })

    // One channel: TV had 40 + 135 = 175 M against 150 M (+16.7 %).
    const tv = await report(`year=2025&publication=${pub.tv}`)
    expect(tv.body).toMatchObject({ actual: 175 * M, baselineActual: 150 * M, growthVsBaselinePct: 16.7 })
    // The loader the KPIs call gives the same, with the configured baseline.
    expect(await loadRevenueYear(newsroom.payload, { year: 2025 })).toEqual(year.body)
    const againstItself = await report('year=2025&baseline=2025')
    expect(againstItself.body).toMatchObject({ baselineYear: 2025, growthVsBaselinePct: 0 })
  })

  it('imports an XLSX with date and number cells; this year counts only the months reported', async () => {
    const file = await xlsx([
      [new Date(Date.UTC(2026, 0, 1)), 'BAO-IN', 'Quảng cáo trên báo in', 'Thực hiện', 120 * M, null],
      [new Date(Date.UTC(2026, 1, 1)), 'web', 'advertisingOnline', 'actual', '80.000.000', 'Quý I'],
      ['2026-02', '', 'Đặt hàng', 'kế hoạch', 250 * M, null],
      [
        { formula: 'DATE(2026,12,1)', result: new Date(Date.UTC(2026, 11, 1)) },
        '',
        'Thu khác',
        'KH',
        5 * M,
        null,
      ],
    ])
    const response = await importFile(file, { name: 'doanh-thu-2026.xlsx', type: XLSX_MIME })
    expect(response.status).toBe(201)
    expect(response.body).toMatchObject({
      created: 4,
      format: 'xlsx',
      months: ['2026-01', '2026-02', '2026-12'],
    })
    const year = await report('year=2026')
    // January and February reported: 2025's same months were 105 + 230 + 65 + 40 = 440 M.
    expect(year.body).toMatchObject({
      actual: 200 * M,
      plan: 255 * M,
      monthsWithActuals: 2,
      previousYearSamePeriod: 440 * M,
      previousYearActual: 575 * M,
      baselineSamePeriod: 350 * M,
      growthVsPreviousYearPct: -54.5,
      growthVsBaselinePct: -60,
      growthVsBaselineSamePeriodPct: -42.9,
    })
    expect(year.body.byLineMonth).toContainEqual({ line: 'other', month: '2026-12', plan: 5 * M, actual: 0 })
  })

  it('reads Windows-1258 and UTF-8 with BOM files', async () => {
    const legacy = Buffer.from([
      ...Buffer.from('thang,kenh,nguon thu,loai,so tien\n2023-05,TV,Tai tro,th'),
      ...[0xfd, 0xf2, 0x63, 0x20, 0x68, 0x69, 0xea, 0xf2, 0x6e], // "ực hiện" with combining tone marks
      ...Buffer.from(',7000000\n'),
    ])
    const first = await importFile(legacy, { name: 'cu.csv' })
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({ encoding: 'windows-1258', created: 1 })
    expect((await entriesOf('2023-05'))[0]).toMatchObject({
      kind: 'actual',
      line: 'sponsorship',
      amount: 7 * M,
    })
    const bom = await importFile(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv('2023-06;WEB;Dịch vụ;thực hiện;1.000;')]),
    )
    expect(bom.status).toBe(201)
    expect(bom.body).toMatchObject({ encoding: 'utf-8-bom', created: 1 })
  })
})

describe('refused files store nothing', () => {
  it.each([
    ['wrong columns', Buffer.from('tháng,doanh thu\n2025-04,5\n'), /cột không nhận ra: "doanh thu"/],
    ['a decimal amount', csv('2025-04;TV;Tài trợ;thực hiện;1.234,50;'), /Dòng 2, cột "số tiền": .*phần lẻ/],
    ['a negative amount', csv('2025-04;TV;Tài trợ;thực hiện;-5000;'), /Dòng 2, cột "số tiền": .*âm/],
    ['a non-number', csv('2025-04;TV;Tài trợ;thực hiện;năm triệu;'), /không phải là số/],
    ['an empty amount', csv('2025-04;TV;Tài trợ;thực hiện;;'), /số tiền trống/],
    ['a month before 2000', csv('1999-12;TV;Tài trợ;thực hiện;5;'), /trước năm 2000/],
    ['an actual for a month to come', csv('2099-01;TV;Tài trợ;thực hiện;5;'), /chưa đến/],
    ['a plan too far ahead', csv('2099-01;TV;Tài trợ;kế hoạch;5;'), /quá xa/],
    ['an unknown channel', csv('2025-04;VTV9;Tài trợ;thực hiện;5;'), /không có kênh\/ấn phẩm "VTV9"/],
    ['an unknown line', csv('2025-04;TV;Lãi tiền gửi;thực hiện;5;'), /không có trong danh mục/],
    [
      'the same slot twice in one file',
      csv('2025-04;TV;Tài trợ;thực hiện;5;', '04/2025;tv;Tài trợ;thực hiện;6;'),
      /Dòng 3, cột "nguồn thu": trùng với dòng 2/,
    ],
    ['no data lines', csv(), /không có dòng dữ liệu/],
    ['UTF-16', Buffer.from(`\uFEFF${HEADER}\n`, 'utf16le'), /UTF-16/],
    ['a broken XLSX', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), /không đọc được tệp XLSX/],
  ])('%s → 400', async (_label, bytes, message) => {
    const before = await counts()
    const response = await importFile(bytes)
    expect(response.status).toBe(400)
    expect(messages(response.body).join('\n')).toMatch(message)
    expect(await counts()).toEqual(before)
  })

  it('lists every bad line at once, with line and column', async () => {
    const response = await importFile(
      csv(
        '2025-04;TV;Tài trợ;thực hiện;5;',
        '2025-04;TV;Tài trợ;dự báo;1,5;',
        '2025-13;TV;Tài trợ;thực hiện;5;',
      ),
    )
    expect(response.body.errors.map((e: { line: number; column?: string }) => [e.line, e.column])).toEqual([
      [3, 'loại'],
      [3, 'số tiền'],
      [4, 'tháng'],
    ])
    const columns = await importFile(Buffer.from('month;amount\n2025-04;5\n'))
    expect(messages(columns.body)).toEqual([
      'Dòng 1: thiếu cột "nguồn thu", "loại"',
      expect.stringMatching(/^Dòng 1: cột cần có: "tháng", "nguồn thu", "loại", "số tiền"/),
    ])
  })

  it('lists the first thousand errors of a bad file and says how many more there are', async () => {
    const bad = Array.from({ length: 1_250 }, () => '2025-04;TV;Tài trợ;thực hiện;năm triệu;')
    const before = await counts()
    const response = await importFile(csv(...bad))
    expect(response.status).toBe(400)
    expect(response.body.errors).toHaveLength(1_001)
    expect(response.body.errors[999]).toMatchObject({ line: 1_001, column: 'số tiền' })
    expect(response.body.errors[1_000]).toEqual({
      line: 0,
      message: '… và 250 lỗi khác (sửa các lỗi trên rồi gửi lại để xem tiếp).',
    })
    expect(await counts()).toEqual(before)
  })

  it('refuses requests that carry no usable file', async () => {
    const before = await counts()
    expect((await importRaw(Buffer.from('{"a":1}'), 'application/json')).status).toBe(415)
    expect((await importFile(Buffer.alloc(0))).status).toBe(400)
    const huge = await importFile(Buffer.alloc(MAX_IMPORT_BYTES + 1024, 0x41))
    expect(huge.status).toBe(413)
    expect(messages(huge.body)[0]).toMatch(/vượt giới hạn 1 MB/)
    const hugeRaw = await importRaw(Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x41), 'text/csv')
    expect(hugeRaw.status).toBe(413)
    // The same figures stay refused even with replace=true: nothing in them would change.
    expect((await importFile(LEDGER_2025, { replace: true })).status).toBe(409)
    expect(
      (
        await newsroom
          .http()
          .post('/api/revenue-entries/import?replace=perhaps')
          .set(auth(token('manager')))
          .attach('file', LEDGER_2025, 'a.csv')
      ).status,
    ).toBe(400)
    expect(await counts()).toEqual(before)
  })
})

describe('a file is never counted twice', () => {
  it('refuses the same figures again (409), even re-saved as XLSX, naming the earlier import', async () => {
    const before = await counts()
    const again = await importFile(LEDGER_2025, { name: 'lan-hai.csv' })
    expect(again.status).toBe(409)
    expect(messages(again.body)[0]).toMatch(
      /đã được nhập lúc .* bởi manager@test\.local \(lượt nhập #\d+, tệp "doanh-thu-2025\.csv"\)/,
    )
    const resaved = await xlsx([
      ['03/2025', 'TV', 'Tài trợ', 'thực hiện', 135 * M, 'Tài trợ chương trình "Xuân quê hương"'],
      ['03/2025', 'TV', 'sponsorship', 'plan', 150 * M, null],
      ['02/2025', 'TV', 'Quảng cáo trên phát thanh, truyền hình', 'thực hiện', 40 * M, null],
      ['02/2025', 'WEB', 'Quảng cáo trên báo điện tử, nền tảng số', 'thực hiện', 65 * M, null],
      ['2025-01', '', 'Đặt hàng, giao nhiệm vụ', 'thực hiện', 230 * M, 'Hợp đồng đặt hàng số 12/2025'],
      ['2025-01', 'BAO-IN', 'Quảng cáo trên báo in', 'thực hiện', 105 * M, null],
      ['2025-01', 'BAO-IN', 'Quảng cáo trên báo in', 'kế hoạch', 110 * M, null],
    ])
    const xlsxAgain = await importFile(resaved, { name: 'doanh-thu-2025.xlsx', type: XLSX_MIME })
    expect(xlsxAgain.status).toBe(409)
    // The workbook sent as the raw body is read the same way.
    const raw = await importRaw(resaved, XLSX_MIME)
    expect(raw.status).toBe(409)
    expect(messages(raw.body)[0]).toMatch(/lượt nhập #\d+, tệp "doanh-thu-2025\.csv"/)
    expect(await counts()).toEqual(before)
  })

  it('refuses rows colliding with stored entries (409, listed) unless replace=true, which swaps exactly those', async () => {
    const manual = await rest().post('/api/revenue-entries', {
      month: '2025-04',
      publication: pub.web,
      line: 'events',
      kind: 'actual',
      amount: 9 * M,
    })
    expect(manual.status).toBe(201)
    const correction = csv(
      '2025-03;TV;Tài trợ;thực hiện;140.000.000;Điều chỉnh sau đối soát',
      '2025-04;WEB;Tổ chức sự kiện;thực hiện;10.000.000;',
      '2025-04;WEB;Dịch vụ;thực hiện;2.000.000;',
    )
    const before = await counts()
    const refused = await importFile(correction, { name: 'dieu-chinh.csv' })
    expect(refused.status).toBe(409)
    expect(refused.body.collisions).toEqual([
      expect.objectContaining({
        line: 2,
        storedAmount: 135 * M,
        fileAmount: 140 * M,
        import: expect.anything(),
      }),
      expect.objectContaining({ line: 3, entry: manual.body.doc.id, import: null, storedAmount: 9 * M }),
    ])
    expect(messages(refused.body)[2]).toMatch(
      /^Dòng 3: đã có mục #\d+ cho tháng 04\/2025, Báo điện tử Hưng Yên, Tổ chức sự kiện, thực hiện: 9\.000\.000 đ \(nhập tay\)/,
    )
    expect(await counts()).toEqual(before)

    const replaced = await importFile(correction, { name: 'dieu-chinh.csv', replace: true })
    expect(replaced.status).toBe(201)
    expect(replaced.body).toMatchObject({ created: 3, replaced: 2 })
    expect(await counts()).toEqual({ entries: before.entries + 1, imports: before.imports + 1 })
    const march = (await entriesOf('2025-03')).filter((e) => e.kind === 'actual')
    expect(march).toHaveLength(1)
    expect(march[0]).toMatchObject({ amount: 140 * M, import: replaced.body.import.id })
    // 575 − 135 + 140 + 10 + 2: the replaced figures are gone, not added.
    expect((await report('year=2025')).body.actual).toBe(592 * M)
  })

  it('lists every stored entry of a slot that holds more than one, and replaces them all', async () => {
    // Older data can hold two agency-wide entries for one slot (SQL's unique index skips empty channels).
    const legacy = { month: '2020-07', line: 'other', kind: 'actual', source: 'manual' }
    const stored = [
      await newsroom.payload.db.create({ collection: 'revenue-entries', data: { ...legacy, amount: 3 * M } }),
      await newsroom.payload.db.create({ collection: 'revenue-entries', data: { ...legacy, amount: 4 * M } }),
    ]
    const file = csv('2020-07;;Thu khác;thực hiện;5.000.000;Đối chiếu lại')
    const before = await counts()
    const refused = await importFile(file)
    expect(refused.status).toBe(409)
    const ids = (refused.body.collisions as Array<{ line: number; entry: number | string }>).map(
      (c) => c.entry,
    )
    expect(ids.map(String).sort()).toEqual(stored.map((e) => String(e.id)).sort())
    expect(messages(refused.body)[0]).toMatch(/^1 dòng của tệp trùng với 2 mục đã có/)
    expect(messages(refused.body)[1]).toMatch(/^Dòng 2: .*ô này đang có 2 mục, bị tính 2 lần/)
    expect(await counts()).toEqual(before)

    const replaced = await importFile(file, { replace: true })
    expect(replaced.status).toBe(201)
    expect(replaced.body).toMatchObject({ created: 1, replaced: 2 })
    expect((await entriesOf('2020-07')).map((e) => e.amount)).toEqual([5 * M])
  })

  it('lets only one of two identical imports sent at the same time through', async () => {
    const file = csv('2022-01;TV;Tài trợ;thực hiện;1;')
    const results = await Promise.all([importFile(file), importFile(file)])
    expect(results.map((r) => r.status).sort()).toEqual([201, 409])
    expect(await entriesOf('2022-01')).toHaveLength(1)
  })

  it('rolls the whole replace back when the database fails part-way', async () => {
    const before = await counts()
    const stored = await entriesOf('2025-04')
    const response = await importFile(
      csv('2025-04;WEB;Dịch vụ;thực hiện;3.000.000;', `2025-05;WEB;Dịch vụ;thực hiện;1;${FAILING_NOTE}`),
      { replace: true },
    )
    expect(response.status).toBe(500)
    expect(messages(response.body)[0]).toMatch(/không có dòng nào được lưu/)
    expect(await counts()).toEqual(before)
    expect(await entriesOf('2025-04')).toEqual(stored)
  })

  it('undoes an import by deleting it, entries included', async () => {
    const response = await importFile(
      csv('2021-01;TV;Tài trợ;thực hiện;1;', '2021-02;TV;Tài trợ;thực hiện;2;'),
    )
    expect(response.status).toBe(201)
    const deleted = await rest().delete(`/api/revenue-imports/${response.body.import.id}`)
    expect(deleted.status).toBe(200)
    expect([...(await entriesOf('2021-01')), ...(await entriesOf('2021-02'))]).toEqual([])
  })
})

describe('closed months', () => {
  let marchEntry: number | string

  it('closes a month (managers), once, and never ahead of time', async () => {
    const closed = await rest().post('/api/revenue-periods', { month: '2025-03', note: 'Đã báo cáo quý I' })
    expect(closed.status).toBe(201)
    expect(closed.body.doc).toMatchObject({ month: '2025-03', closedBy: expect.anything() })
    expect(Date.parse(closed.body.doc.closedAt)).toBeGreaterThan(Date.now() - 60_000)
    const twice = await rest('admin').post('/api/revenue-periods', { month: '2025-03' })
    expect(twice.status).toBe(409)
    expect(messages(twice.body)[0]).toMatch(/^Tháng 03\/2025 đã khóa sổ từ/)
    expect((await rest().post('/api/revenue-periods', { month: '2099-01' })).status).toBe(400)
    expect((await rest('editor').post('/api/revenue-periods', { month: '2025-02' })).status).toBe(403)
    marchEntry = (await entriesOf('2025-03')).find((e) => e.kind === 'plan')!.id
  })

  it('refuses create, update, move and delete of its entries (409), by any role', async () => {
    const created = await rest('admin').post('/api/revenue-entries', {
      month: '2025-03',
      line: 'events',
      kind: 'actual',
      amount: 1,
    })
    expect(created.status).toBe(409)
    expect(messages(created.body)[0]).toMatch(/^Tháng 03\/2025 đã khóa sổ: không thể thêm, sửa hay xóa/)
    expect((await rest('admin').patch(`/api/revenue-entries/${marchEntry}`, { amount: 1 })).status).toBe(409)
    expect((await rest().delete(`/api/revenue-entries/${marchEntry}`)).status).toBe(409)
    const april = (await entriesOf('2025-04'))[0]!
    expect((await rest().patch(`/api/revenue-entries/${april.id}`, { month: '2025-03' })).status).toBe(409)
    // Trusted server code goes through the same hooks.
    await expect(
      newsroom.payload.update({ collection: 'revenue-entries', id: marchEntry, data: { amount: 2 } }),
    ).rejects.toMatchObject({ status: 409 })
    expect((await newsroom.payload.findByID({ collection: 'revenue-entries', id: marchEntry })).amount).toBe(
      150 * M,
    )
  })

  it('refuses a whole import touching it, naming the months, and deleting an import that has entries there', async () => {
    const before = await counts()
    const response = await importFile(
      csv('2025-05;TV;Tài trợ;thực hiện;1;', '2025-03;TV;Sự kiện;thực hiện;1;'),
    )
    expect(response.status).toBe(409)
    expect(messages(response.body)[0]).toMatch(/Tháng 03\/2025 đã khóa sổ/)
    expect(await counts()).toEqual(before)
    const ledgerImport = (await entriesOf('2025-03')).find((e) => e.kind === 'plan')!.import
    const refused = await rest().delete(`/api/revenue-imports/${ledgerImport}`)
    expect(refused.status).toBe(409)
    expect(messages(refused.body)[0]).toMatch(/Không thể hủy lượt nhập #.*Tháng 03\/2025 đã khóa sổ/)
    // Nothing of it went: neither the import nor any of its entries, in open months or closed.
    expect(await counts()).toEqual(before)
  })

  it('is reopened only by an admin deleting the closure, which is audited', async () => {
    const period = (
      await newsroom.payload.find({ collection: 'revenue-periods', where: { month: { equals: '2025-03' } } })
    ).docs[0]!
    expect((await rest().delete(`/api/revenue-periods/${period.id}`)).status).toBe(403)
    expect((await rest('admin').delete(`/api/revenue-periods/${period.id}`)).status).toBe(200)
    expect((await rest().patch(`/api/revenue-entries/${marchEntry}`, { amount: 151 * M })).status).toBe(200)
    const audit = await newsroom.payload.find({
      collection: 'audit-log' as never,
      where: { collectionSlug: { equals: 'revenue-periods' }, documentId: { equals: String(period.id) } },
    })
    expect(audit.docs.map((d) => (d as unknown as { action: string }).action)).toContain('delete')
  })
})

describe('deleting a publication', () => {
  const publication = async (code: string) =>
    (
      await newsroom.payload.create({
        collection: 'publications',
        data: {
          name: `Kênh ${code}`,
          code,
          kind: 'website',
          agency: (await newsroom.payload.find({ collection: 'agencies', limit: 1 })).docs[0]!.id,
        } as never,
      })
    ).id

  it('is refused (409, saying how many entries) while it has revenue entries, and deletes nothing', async () => {
    const id = await publication('XOA-CO-SO')
    const entry = await rest().post('/api/revenue-entries', {
      month: '2019-03',
      publication: id,
      line: 'events',
      kind: 'actual',
      amount: 2 * M,
    })
    expect(entry.status).toBe(201)
    const before = await counts()
    const refused = await rest('admin').delete(`/api/publications/${id}`)
    expect(refused.status).toBe(409)
    expect(messages(refused.body)[0]).toMatch(
      new RegExp(
        `^Kênh/ấn phẩm #${id} không xoá được vì còn 1 mục trong sổ doanh thu gắn với nó\\. .*"Đang hoạt động"`,
      ),
    )
    expect((await newsroom.payload.findByID({ collection: 'publications', id })).code).toBe('XOA-CO-SO')
    expect(await counts()).toEqual(before)
    expect(
      (await newsroom.payload.findByID({ collection: 'revenue-entries', id: entry.body.doc.id, depth: 0 }))
        .publication,
    ).toBe(id)
  })

  it('goes ahead when it has none', async () => {
    const id = await publication('XOA-KHONG')
    expect((await rest().delete(`/api/publications/${id}`)).status).toBe(200)
    expect(
      (await newsroom.payload.find({ collection: 'publications', where: { id: { equals: id } } })).docs,
    ).toEqual([])
  })
})

describe('manual entries through REST', () => {
  const entry = () => ({
    month: '2024-06',
    publication: pub.print,
    line: 'contentSales',
    kind: 'actual',
    amount: 5 * M,
  })

  it('keeps one entry per slot (400 naming it) and the source to the system', async () => {
    const first = await rest().post('/api/revenue-entries', { ...entry(), source: 'import' })
    expect(first.status).toBe(201)
    expect(first.body.doc).toMatchObject({ source: 'manual', amount: 5 * M })
    const second = await rest('admin').post('/api/revenue-entries', { ...entry(), amount: 6 })
    expect(second.status).toBe(400)
    expect(messages(second.body)[0]).toMatch(
      new RegExp(
        `^Đã có mục #${first.body.doc.id} cho tháng 06/2024, Báo Hưng Yên \\(báo in\\), Bán, cung cấp nội dung, thực hiện \\(5\\.000\\.000 đ\\)`,
      ),
    )
    // Agency-wide entries (no channel) are held to the same rule.
    expect((await rest().post('/api/revenue-entries', { ...entry(), publication: null })).status).toBe(201)
    expect((await rest().post('/api/revenue-entries', { ...entry(), publication: undefined })).status).toBe(
      400,
    )
  })

  it.each([
    ['a decimal amount', { amount: 12.5 }, /phần lẻ/],
    ['a negative amount', { amount: -1 }, /./],
    ['an amount as words', { amount: 'năm triệu' }, /không phải là số/],
    ['an amount with decimals as text', { amount: '5.000,5' }, /phần lẻ/],
    ['a bad month', { month: '06/2024' }, /YYYY-MM/],
    ['a month to come', { month: '2099-01' }, /chưa đến/],
    ['an unknown line', { line: 'lottery' }, /./],
    ['a channel id too large for PostgreSQL', { publication: 99_999_999_999 }, /./],
    ['an unknown channel', { publication: 987_654 }, /không tồn tại/],
  ])('refuses %s with 400', async (_label, data, message) => {
    const before = await counts()
    const response = await rest().post('/api/revenue-entries', { ...entry(), month: '2024-07', ...data })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(message)
    expect(await counts()).toEqual(before)
  })

  it('reads an amount sent as Vietnamese text in whole đồng', async () => {
    const response = await rest().post('/api/revenue-entries', {
      ...entry(),
      month: '2024-10',
      amount: '5.000.000',
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.amount).toBe(5 * M)
    const updated = await rest().patch(`/api/revenue-entries/${response.body.doc.id}`, {
      amount: '6 000 000',
    })
    expect(updated.body.doc.amount).toBe(6 * M)
  })

  it('refuses malformed JSON and the wrong roles', async () => {
    const malformed = await newsroom
      .http()
      .post('/api/revenue-entries')
      .set(auth(token('manager')))
      .set('Content-Type', 'application/json')
      .send('{"month": "2024-08",')
    expect(malformed.status).toBe(400)
    for (const role of ['reporter', 'editor', 'deskChief'] as const) {
      expect((await rest(role).post('/api/revenue-entries', { ...entry(), month: '2024-09' })).status).toBe(
        403,
      )
      expect(
        (
          await newsroom
            .http()
            .get('/api/revenue-entries')
            .set(auth(token(role)))
        ).status,
      ).toBe(403)
    }
  })
})

describe('the report endpoints', () => {
  it('are for managers and admins only', async () => {
    expect((await newsroom.http().get('/api/revenue/report?year=2025')).status).toBe(401)
    for (const role of ['reporter', 'editor', 'deskChief', 'apiClient'] as const)
      expect((await report('year=2025', role)).status).toBe(403)
    expect((await report('year=2025', 'admin')).status).toBe(200)
    expect((await importFile(BASELINE, { role: 'deskChief' })).status).toBe(403)
  })

  it.each([
    ['year=1999', 400, /từ 2000 đến 2100/],
    ['year=2101', 400, /từ 2000 đến 2100/],
    ['year=năm-nay', 400, /"year"/],
    ['year=2025&baseline=2026', 400, /Năm gốc 2026 sau năm báo cáo 2025/],
    ['year=2023&baseline=2024', 400, /Năm gốc 2024 sau năm báo cáo 2023/],
    ['year=2023&baseline=1999', 400, /"baseline"/],
    ['year=2025&publication=abc', 400, /"publication"/],
    ['year=2025&publication=99999999999', 400, /"publication"/],
    ['year=2025&publication=987654', 404, /#987654/],
  ])('refuses %s', async (query, status, message) => {
    const response = await report(query)
    expect(response.status).toBe(status)
    expect(messages(response.body)[0]).toMatch(message)
  })

  it('reports a year before the configured baseline against itself, with no growth and a note', async () => {
    const early = await report('year=2023')
    expect(early.status).toBe(200)
    // 2023 holds the Windows-1258 file (7 000 000 đ) and the UTF-8 one (1 000 đ).
    expect(early.body).toMatchObject({
      year: 2023,
      baselineYear: 2023,
      actual: 7_001_000,
      baselineActual: 7_001_000,
      growthVsBaselinePct: null,
      growthVsBaselineSamePeriodPct: null,
      baselineNote: expect.stringMatching(/^Năm 2023 trước năm gốc 2024: .*không tính tăng trưởng/),
    })
    expect(await loadRevenueYear(newsroom.payload, { year: 2023 })).toEqual(early.body)
    // Asked for explicitly, the year against itself is measured as asked.
    const asked = await report('year=2023&baseline=2023')
    expect(asked.body).toMatchObject({ baselineYear: 2023, growthVsBaselinePct: 0, baselineNote: null })
    expect((await report('year=2025')).body.baselineNote).toBeNull()
  })

  it('exports any year’s ledger, whatever baseline the link carries', async () => {
    for (const query of ['year=2023', 'year=2023&baseline=2024', 'year=2023&baseline=abc']) {
      const response = await download(query)
      expect(response.status).toBe(200)
      expect((response.body as Buffer).toString('utf8')).toContain('2023-05;TV;Tài trợ;Thực hiện;7000000;')
    }
    expect((await download('year=1999')).status).toBe(400)
  })

  it('exports the year’s ledger as a CSV the importer recognises', async () => {
    const response = await download('year=2024')
    expect(response.status).toBe(200)
    expect(response.headers['content-disposition']).toBe('attachment; filename="so-doanh-thu-2024.csv"')
    const text = (response.body as Buffer).toString('utf8')
    expect(text.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true)
    expect(text).toContain('2024-01;BAO-IN;Quảng cáo trên báo in;Thực hiện;100000000;')
    // 2024 holds the baseline file plus the manual entries: not the same figures, so they collide.
    const back = await importFile(response.body as Buffer)
    expect(back.status).toBe(409)
    expect(back.body.collisions.length).toBe(7)
  })

  it('imports thousands of entries in one file and sums them back by year', async () => {
    // 12 years × 12 months × 4 channels (one agency-wide) × 5 lines × 2 kinds = 5 760 entries of 1 000 đ.
    const lines: string[] = []
    for (let year = 2001; year <= 2012; year++)
      for (let month = 1; month <= 12; month++)
        for (const channel of ['', 'BAO-IN', 'WEB', 'TV'])
          for (const line of ['Quảng cáo trên báo in', 'Tài trợ', 'Dịch vụ', 'Tổ chức sự kiện', 'Thu khác'])
            for (const kind of ['kế hoạch', 'thực hiện'])
              lines.push(`${year}-${String(month).padStart(2, '0')};${channel};${line};${kind};1000;`)
    // How fast is measured by `npm run bench -- figures`; this holds what it computes.
    const response = await importFile(Buffer.from([HEADER, ...lines].join('\n')), { name: 'lon.csv' })
    expect(response.status).toBe(201)
    expect(response.body.created).toBe(5_760)
    const year = await loadRevenueYear(newsroom.payload, { year: 2012, baselineYear: 2001 })
    expect(year).toMatchObject({
      actual: 240_000,
      plan: 240_000,
      baselineActual: 240_000,
      growthVsBaselinePct: 0,
    })
  })

  it('caps the collision list, and replaces more entries than SQLite binds in one statement', async () => {
    // 6 channels × 21 years × 12 months × 11 lines × 2 kinds = 33 264 entries (SQLite: 32 766 parameters).
    const agency = (await newsroom.payload.find({ collection: 'agencies', limit: 1 })).docs[0]!.id
    const codes = ['K1', 'K2', 'K3', 'K4', 'K5', 'K6']
    for (const code of codes)
      await newsroom.payload.create({
        collection: 'publications',
        data: { name: `Kênh ${code}`, code, kind: 'website', agency } as never,
      })
    const names = ['QC báo in', 'QC điện tử', 'QC PT-TH', 'Tài trợ', 'stateOrders', 'bán báo']
    names.push('contentSales', 'liên kết', 'events', 'services', 'other')
    const ledger = (amount: number) => {
      const lines: string[] = []
      for (let year = 2000; year <= 2020; year++)
        for (let month = 1; month <= 12; month++)
          for (const code of codes)
            for (const name of names)
              for (const kind of ['KH', 'TH'])
                lines.push(`${year}-${String(month).padStart(2, '0')};${code};${name};${kind};${amount}`)
      return Buffer.from([HEADER, ...lines].join('\n'))
    }
    const first = await importFile(ledger(1), { name: 'lich-su.csv' })
    expect(first.status).toBe(201)
    expect(first.body.created).toBe(33_264)

    const before = await counts()
    const refused = await importFile(ledger(2), { name: 'lich-su-sua.csv' })
    expect(refused.status).toBe(409)
    expect(refused.body.totalCollisions).toBe(33_264)
    expect(refused.body.collisions).toHaveLength(1_000)
    expect(refused.body.errors).toHaveLength(1_002)
    expect(refused.body.errors[1_001].message).toMatch(/^… và 32264 mục trùng khác/)
    expect(await counts()).toEqual(before)

    const replaced = await importFile(ledger(2), { name: 'lich-su-sua.csv', replace: true })
    expect(replaced.status).toBe(201)
    expect(replaced.body).toMatchObject({ created: 33_264, replaced: 33_264 })
    expect(await counts()).toEqual({ entries: before.entries, imports: before.imports + 1 })
  }, 180_000)
})
