import { describe, expect, it } from '@jest/globals'
import ExcelJS from 'exceljs'

import { formatOf, readCsvTable, readTable, readXlsxTable, type TableResult } from './readTable'

const table = (result: TableResult) => {
  if (!result.ok) throw new Error(JSON.stringify(result))
  return result.table
}

async function xlsx(rows: unknown[][], sheets = 1): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Doanh thu')
  for (const row of rows) sheet.addRow(row)
  for (let i = 1; i < sheets; i++) workbook.addWorksheet(`Khác ${i}`).addRow(['bỏ qua'])
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe('reading CSV', () => {
  it('reads UTF-8 with a BOM, semicolons and quoted fields, skipping blank lines', () => {
    const bytes = Buffer.from(
      '\uFEFFtháng;số tiền;ghi chú\r\n2026-03;"1.000";"a; b"\r\n;;\r\n\r\n2026-04;2;\r\n',
    )
    const result = table(readCsvTable(bytes))
    expect(result).toMatchObject({ format: 'csv', encoding: 'utf-8-bom', delimiter: ';' })
    expect(result.header.cells).toEqual(['tháng', 'số tiền', 'ghi chú'])
    expect(result.records).toEqual([
      { line: 2, cells: ['2026-03', '1.000', 'a; b'] },
      { line: 5, cells: ['2026-04', '2', ''] },
    ])
  })

  it('reads Windows-1258 (combining tone marks) as NFC text, and tabs', () => {
    // "thực hiện" in Windows-1258: ư = 0xFD, dot below = 0xF2 after c… written as bytes by hand.
    const bytes = Buffer.from([
      ...Buffer.from('loai\tso tien\nth'),
      ...[0xfd, 0xf2, 0x63], // "ực"
      ...Buffer.from(' hi'),
      ...[0xea, 0xf2, 0x6e], // "ện": ê + combining dot below
      ...Buffer.from('\t5\n'),
    ])
    const result = table(readCsvTable(bytes))
    expect(result).toMatchObject({ encoding: 'windows-1258', delimiter: '\t' })
    expect(result.records[0]!.cells[0]).toBe('thực hiện'.normalize('NFC'))
  })

  it('refuses UTF-16 and an unclosed quote, by line', () => {
    const utf16 = readCsvTable(Buffer.from('\uFEFFtháng,số tiền\n', 'utf16le'))
    expect(utf16).toMatchObject({
      ok: false,
      problems: [{ line: 0, message: expect.stringMatching(/UTF-16/) }],
    })
    const quote = readCsvTable(Buffer.from('tháng,ghi chú\n2026-03,"mở mà không đóng\n'))
    expect(quote.ok).toBe(false)
  })

  it('says an empty file has no header', () => {
    expect(readCsvTable(Buffer.from('\n\n;;\n'))).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/không có dòng tiêu đề/) }],
    })
  })
})

describe('reading XLSX', () => {
  it('keeps numbers, dates and text as typed, from the first sheet, with sheet row numbers', async () => {
    const bytes = await xlsx(
      [
        ['Tháng', 'Số tiền', 'Ghi chú'],
        [new Date(Date.UTC(2026, 2, 1)), 1_234_567, { richText: [{ text: 'Quý ' }, { text: 'I' }] }],
        [],
        ['04/2026', { formula: '1000*2', result: 2000 }, null],
      ],
      2,
    )
    expect(formatOf(bytes)).toBe('xlsx')
    const result = table(await readTable(bytes))
    expect(result.format).toBe('xlsx')
    expect(result.header.cells).toEqual(['Tháng', 'Số tiền', 'Ghi chú'])
    expect(result.records).toEqual([
      { line: 2, cells: [new Date(Date.UTC(2026, 2, 1)), 1_234_567, 'Quý I'] },
      { line: 4, cells: ['04/2026', 2000, null] },
    ])
  })

  it('refuses a broken workbook and the old .xls format', async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])
    expect(await readXlsxTable(broken)).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/không đọc được tệp XLSX/) }],
    })
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect(await readTable(xls)).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/\.xls\) không được hỗ trợ/) }],
    })
  })
})
