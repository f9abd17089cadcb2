/**
 * A revenue file as a table of cells, whatever it came in: CSV (UTF-8 with or without BOM, or
 * Windows-1258; comma, semicolon or tab) or XLSX (the first sheet; cells stay numbers, dates or
 * text as Excel typed them). Checking the cells is ledgerRows' job.
 */
import ExcelJS from 'exceljs'
import { unzipSync } from 'fflate'

import { parseCsvRecords } from '../../../src/lib/placesCsv'
import { decodeText, TextEncodingError, type DetectedEncoding } from '../../../src/lib/imports/decodeText'

export type Cell = string | number | boolean | Date | null
export type TableRecord = { line: number; cells: Cell[] }
export type FileFormat = 'csv' | 'xlsx'

export type Table = {
  format: FileFormat
  header: TableRecord
  records: TableRecord[]
  encoding?: DetectedEncoding
  delimiter?: string
}

export type TableProblem = { line: number; message: string }
export type TableResult = { ok: true; table: Table } | { ok: false; problems: TableProblem[] }

/** A sheet unpacks to many times its size; past this it is a zip bomb, not a ledger. */
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte)
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0]

/** By content, not by name: a ledger saved as .csv by a tool that wrote XLSX is still read. */
export function formatOf(bytes: Uint8Array): FileFormat | 'xls' {
  if (startsWith(bytes, ZIP)) return 'xlsx'
  if (startsWith(bytes, OLE)) return 'xls'
  return 'csv'
}

function delimiterOf(firstLine: string): string {
  const count = (ch: string) => firstLine.split(ch).length - 1
  const [commas, semicolons, tabs] = [count(','), count(';'), count('\t')]
  if (tabs > commas && tabs > semicolons) return '\t'
  return semicolons > commas ? ';' : ','
}

const blank = (cells: readonly Cell[]) => cells.every((cell) => cell === null || String(cell).trim() === '')

function tableOf(format: FileFormat, rows: TableRecord[], extra: Partial<Table> = {}): TableResult {
  // Spreadsheets leave empty rows (";;;;" in CSV) below and between the data: not records.
  const [header, ...records] = rows.filter((row) => !blank(row.cells))
  if (!header) return { ok: false, problems: [{ line: 1, message: 'tệp trống, không có dòng tiêu đề' }] }
  return { ok: true, table: { format, header, records, ...extra } }
}

export function readCsvTable(bytes: Uint8Array): TableResult {
  let text: string
  let encoding: DetectedEncoding
  try {
    ;({ text, encoding } = decodeText(bytes))
  } catch (error) {
    if (error instanceof TextEncodingError)
      return { ok: false, problems: [{ line: 0, message: error.message }] }
    throw error
  }
  const firstLine = text.replace(/^[\r\n]+/, '').split(/\r?\n/, 1)[0] ?? ''
  const delimiter = delimiterOf(firstLine)
  const { records, errors } = parseCsvRecords(text, delimiter)
  if (errors.length > 0) return { ok: false, problems: errors }
  return tableOf(
    'csv',
    records.map(({ line, fields }) => ({ line, cells: fields })),
    { encoding, delimiter },
  )
}

type ExcelValue = ExcelJS.CellValue | undefined

/** A cell as the accountant sees it: formulas by their result, rich text and links by their text. */
function cellOf(value: ExcelValue): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value.normalize('NFC')
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .normalize('NFC')
  if ('result' in value) return cellOf(value.result as ExcelValue)
  if ('formula' in value || 'sharedFormula' in value) return null
  if ('hyperlink' in value) return cellOf((value as { text?: ExcelValue }).text)
  if ('error' in value) return String(value.error)
  return null
}

function unpackedSize(bytes: Uint8Array): number | undefined {
  let total = 0
  try {
    // The filter sees each entry's declared size and unpacks nothing.
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize
        return false
      },
    })
  } catch {
    return undefined
  }
  return total
}

const NOT_XLSX = 'không đọc được tệp XLSX (tệp hỏng hoặc không phải bảng tính Excel)'

export async function readXlsxTable(bytes: Uint8Array): Promise<TableResult> {
  const size = unpackedSize(bytes)
  if (size === undefined) return { ok: false, problems: [{ line: 0, message: NOT_XLSX }] }
  if (size > MAX_UNPACKED_BYTES)
    return {
      ok: false,
      problems: [
        { line: 0, message: 'tệp XLSX giải nén ra quá lớn; hãy chỉ để trang tính doanh thu trong tệp' },
      ],
    }
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never)
  } catch {
    return { ok: false, problems: [{ line: 0, message: NOT_XLSX }] }
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) return { ok: false, problems: [{ line: 0, message: 'tệp XLSX không có trang tính nào' }] }
  const rows: TableRecord[] = []
  const width = sheet.columnCount
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: Cell[] = []
    for (let column = 1; column <= width; column++) cells.push(cellOf(row.getCell(column).value))
    rows.push({ line, cells })
  })
  return tableOf('xlsx', rows)
}

export async function readTable(bytes: Uint8Array): Promise<TableResult> {
  const format = formatOf(bytes)
  if (format === 'xls')
    return {
      ok: false,
      problems: [
        {
          line: 0,
          message: 'tệp Excel 97-2003 (.xls) không được hỗ trợ; hãy lưu lại dưới dạng .xlsx hoặc CSV UTF-8',
        },
      ],
    }
  return format === 'xlsx' ? readXlsxTable(bytes) : readCsvTable(bytes)
}
