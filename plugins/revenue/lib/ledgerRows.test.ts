import { describe, expect, it } from '@jest/globals'

import { ledgerHash } from './contentHash'
import { checkLedger, MAX_LISTED_ERRORS, noteOf, type PublicationRef } from './ledgerRows'
import type { Cell, Table } from './readTable'

const NOW = new Date('2026-11-22T12:00:00Z')
const PUBLICATIONS: PublicationRef[] = [
  { id: 1, code: 'BAO-IN', name: 'Báo Hưng Yên (báo in)' },
  { id: 2, code: 'TV', name: 'Truyền hình Hưng Yên' },
]
const HEADER = ['tháng', 'kênh/ấn phẩm', 'nguồn thu', 'loại', 'số tiền', 'ghi chú']

const tableOf = (rows: Cell[][], header: Cell[] = HEADER): Table => ({
  format: 'csv',
  header: { line: 1, cells: header },
  records: rows.map((cells, index) => ({ line: index + 2, cells })),
})
const check = (rows: Cell[][], header?: Cell[]) =>
  checkLedger(tableOf(rows, header), { publications: PUBLICATIONS, now: NOW })

describe('checking a revenue table', () => {
  it('turns good lines into rows: channel by code or name, agency-wide when empty', () => {
    const { rows, errors } = check([
      ['2026-03', 'BAO-IN', 'Quảng cáo trên báo in', 'thực hiện', '1.234.567', ' Quý I '],
      ['03/2026', 'truyen hinh hung yen', 'Tài trợ', 'kế hoạch', 5_000_000, ''],
      [new Date(Date.UTC(2026, 9, 1)), '', 'Đặt hàng, giao nhiệm vụ', 'KH', '1 000 000', null],
      ['10/2026', 'toàn cơ quan', 'dat hang', 'thuc hien', '900000', null],
    ])
    expect(errors).toEqual([])
    expect(rows).toEqual([
      {
        line: 2,
        month: '2026-03',
        publication: 1,
        revenueLine: 'advertisingPrint',
        kind: 'actual',
        amount: 1_234_567,
        note: 'Quý I',
      },
      {
        line: 3,
        month: '2026-03',
        publication: 2,
        revenueLine: 'sponsorship',
        kind: 'plan',
        amount: 5_000_000,
        note: '',
      },
      {
        line: 4,
        month: '2026-10',
        publication: null,
        revenueLine: 'stateOrders',
        kind: 'plan',
        amount: 1_000_000,
        note: '',
      },
      {
        line: 5,
        month: '2026-10',
        publication: null,
        revenueLine: 'stateOrders',
        kind: 'actual',
        amount: 900_000,
        note: '',
      },
    ])
  })

  it('names every bad cell by line and column, and returns no rows', () => {
    const { rows, errors } = check([
      ['2026-03', 'BAO-IN', 'Quảng cáo trên báo in', 'thực hiện', '1.000', ''],
      ['13/2026', 'VTV9', 'quảng cáo', 'dự báo', '-5', ''],
      ['1999-12', '', 'Tài trợ', 'thực hiện', '12,5', ''],
      ['2026-12', '', 'Tài trợ', 'thực hiện', '', ''],
      ['2028-01', '', 'Tài trợ', 'kế hoạch', 'abc', 'x'.repeat(501)],
      [45_000, '', 'Tài trợ', 'kế hoạch', true, ''],
    ])
    expect(rows).toEqual([])
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'tháng'],
      [3, 'loại'],
      [3, 'nguồn thu'],
      [3, 'số tiền'],
      [3, 'kênh/ấn phẩm'],
      [4, 'số tiền'],
      [4, 'tháng'],
      [5, 'số tiền'],
      [5, 'tháng'],
      [6, 'số tiền'],
      [6, 'ghi chú'],
      [6, 'tháng'],
      [7, 'tháng'],
      [7, 'số tiền'],
    ])
    expect(errors[4]!.message).toMatch(/không có kênh\/ấn phẩm "VTV9" \(ghi mã: BAO-IN, TV/)
    expect(errors[6]!.message).toMatch(/trước năm 2000/)
    expect(errors[8]!.message).toMatch(/chưa đến/)
    expect(errors[11]!.message).toMatch(/đến hết năm 2027/)
  })

  it('refuses two lines for the same month, channel, line and kind, naming both', () => {
    const { rows, errors } = check([
      ['2026-03', 'TV', 'Tài trợ', 'thực hiện', '1', ''],
      ['2026-03', 'TV', 'Tài trợ', 'kế hoạch', '1', ''],
      ['03/2026', 'truyền hình hưng yên', 'sponsorship', 'actual', '2', ''],
      ['2026-03', '', 'Tài trợ', 'thực hiện', '1', ''],
    ])
    expect(rows).toEqual([])
    expect(errors).toEqual([
      {
        line: 4,
        column: 'nguồn thu',
        message: expect.stringMatching(/^trùng với dòng 2: cùng tháng 03\/2026/),
      },
    ])
  })

  it('reports wrong headers with the expected columns, and files without data', () => {
    expect(check([['x']], ['tháng', 'doanh thu']).errors.map((e) => e.message)).toEqual([
      'cột không nhận ra: "doanh thu"',
      'thiếu cột "nguồn thu", "loại", "số tiền"',
      expect.stringMatching(/^cột cần có: "tháng", "nguồn thu", "loại", "số tiền"/),
    ])
    expect(check([]).errors).toEqual([{ line: 2, message: 'tệp không có dòng dữ liệu nào' }])
  })

  it('lists the first thousand errors by line and counts the rest', () => {
    const bad = Array.from({ length: 1_500 }, () => ['2026-03', 'TV', 'Tài trợ', 'thực hiện', 'abc', ''])
    const { rows, errors, moreErrors } = check(bad)
    expect(rows).toEqual([])
    expect(errors).toHaveLength(MAX_LISTED_ERRORS)
    expect(errors[0]!.line).toBe(2)
    expect(errors.at(-1)!.line).toBe(MAX_LISTED_ERRORS + 1)
    expect(moreErrors).toBe(500)
    expect(check(bad.slice(0, 3)).moreErrors).toBe(0)
  })

  it('drops the quote the export puts before a would-be formula in a note, and only that', () => {
    expect(['=1+1', '+84 912', '-5 %', '@ban', 'x'].map((n) => noteOf(`'${n}`))).toEqual([
      '=1+1',
      '+84 912',
      '-5 %',
      '@ban',
      "'x",
    ])
    expect(noteOf("'\tà")).toBe('\tà')
    expect(noteOf("''=1")).toBe("''=1")
    expect(noteOf('=1')).toBe('=1')
    const { rows } = check([
      ['2026-03', 'TV', 'Tài trợ', 'thực hiện', '1', "'=SUM(A1)"],
      ['2026-04', 'TV', 'Tài trợ', 'thực hiện', '1', "'\t-Quý I"],
      ['2026-05', 'TV', 'Tài trợ', 'thực hiện', '1', "'Quý I"],
    ])
    expect(rows.map((r) => r.note)).toEqual(['=SUM(A1)', '-Quý I', "'Quý I"])
  })

  it('refuses values beyond the header', () => {
    const { errors } = check([['2026-03', '', 'Tài trợ', 'thực hiện', '1', '', 'thừa']])
    expect(errors).toEqual([{ line: 2, message: 'có giá trị ngoài 6 cột của dòng tiêu đề' }])
  })
})

describe('the fingerprint of a file', () => {
  it('is the same for the same figures however they were written, and differs otherwise', () => {
    const a = check([
      ['2026-03', 'TV', 'Tài trợ', 'thực hiện', '1.000', ''],
      ['2026-04', 'TV', 'Tài trợ', 'thực hiện', '2000', ''],
    ]).rows
    const b = check(
      [
        ['thực hiện', 'sponsorship', '2.000', '04/2026', 'truyền hình hưng yên'],
        ['actual', 'tài trợ', 1000, '3/2026', 'tv'],
      ],
      ['loại', 'nguồn thu', 'số tiền', 'tháng', 'kênh'],
    ).rows
    expect(ledgerHash(a)).toBe(ledgerHash(b))
    expect(ledgerHash(a)).toMatch(/^[0-9a-f]{64}$/)
    expect(ledgerHash(a)).not.toBe(ledgerHash([{ ...a[0]!, amount: 1001 }, a[1]!]))
  })
})
