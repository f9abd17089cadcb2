/**
 * Reads the national list of wards, communes and special zones from CSV (docs/places-import.md):
 * decoding, CSV records, header mapping and validation, with every problem reported by line.
 * Pure: the import script does the writing, and only when nothing here failed.
 */
import { searchKey } from './vietnamese'

export type CommuneLevel = 'ward' | 'commune' | 'specialZone'

export type PlaceCsvRow = {
  /** Line of the file the record starts on (1 is the header). */
  line: number
  provinceCode: string
  code: string
  /** Official name with its level word ("Phường Phố Hiến"). */
  name: string
  level: CommuneLevel
}

export type PlaceCsvError = { line: number; message: string }

export type PlacesCsvResult = { rows: PlaceCsvRow[]; errors: PlaceCsvError[] }

export type KnownProvince = { code: string; name: string }

type Column = 'provinceCode' | 'provinceName' | 'code' | 'name' | 'level'

/** Header names, folded, for our format and the official export's Vietnamese columns. */
const HEADERS: Readonly<Record<string, Column>> = {
  'ma tinh': 'provinceCode',
  'ma tp': 'provinceCode',
  'ma tinh thanh pho': 'provinceCode',
  'ten tinh': 'provinceName',
  'tinh thanh pho': 'provinceName',
  'ten tp': 'provinceName',
  'ma xa': 'code',
  ma: 'code',
  'ma px': 'code',
  'ma phuong xa': 'code',
  'ten xa': 'name',
  ten: 'name',
  'phuong xa': 'name',
  'ten phuong xa': 'name',
  cap: 'level',
}
const REQUIRED: readonly Column[] = ['provinceCode', 'code', 'name', 'level']

const LEVELS: Readonly<Record<string, { level: CommuneLevel; word: string }>> = {
  phuong: { level: 'ward', word: 'Phường' },
  xa: { level: 'commune', word: 'Xã' },
  'dac khu': { level: 'specialZone', word: 'Đặc khu' },
}

/** Thrown when the file cannot be read as UTF-8 text at all. */
export class PlacesCsvEncodingError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PlacesCsvEncodingError'
  }
}

/** UTF-8 with or without BOM; anything else (Windows-1258, TCVN3, UTF-16) is refused by line. */
export function decodeCsv(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new PlacesCsvEncodingError(
      'Tệp đang ở bảng mã UTF-16. Hãy lưu lại dưới dạng "CSV UTF-8 (phân cách bằng dấu phẩy)".',
    )
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes)
    const line = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD'))).split('\n').length
    throw new PlacesCsvEncodingError(
      `Dòng ${line}: tệp không phải UTF-8 hợp lệ (có thể đang ở bảng mã Windows-1258 hoặc TCVN3). ` +
        'Hãy lưu lại dưới dạng "CSV UTF-8 (phân cách bằng dấu phẩy)".',
    )
  }
}

type CsvRecord = { line: number; fields: string[] }

/** RFC 4180 records: quoted fields may hold the delimiter, doubled quotes and line breaks. */
export function parseCsvRecords(
  text: string,
  delimiter = ',',
): { records: CsvRecord[]; errors: PlaceCsvError[] } {
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  let fieldStarted = false
  const endRecord = (): void => {
    fields.push(field)
    if (fields.length > 1 || fields[0]!.trim() !== '') records.push({ line: recordLine, fields })
    fields = []
    field = ''
    fieldStarted = false
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else {
        if (ch === '\n') line++
        field += ch
      }
      continue
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true
      fieldStarted = true
    } else if (ch === delimiter) {
      fields.push(field)
      field = ''
      fieldStarted = false
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else {
      field += ch
      if (ch.trim() !== '') fieldStarted = true
    }
  }
  if (quoted) return { records, errors: [{ line: recordLine, message: 'dấu ngoặc kép mở nhưng không đóng' }] }
  if (field !== '' || fields.length > 0) endRecord()
  return { records, errors: [] }
}

function headerKey(header: string): string {
  return searchKey(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** "Tỉnh Hưng Yên", "Thành phố Hà Nội" → the bare name, folded, to compare with ours. */
function provinceKey(name: string): string {
  return searchKey(name)
    .replace(/^(tinh|thanh pho|tp\.?)\s+/, '')
    .trim()
}

function cleanName(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim()
}

/** Parses and checks the whole file; `rows` is only meant to be used when `errors` is empty. */
export function parsePlacesCsv(
  input: Uint8Array | string,
  provinces: readonly KnownProvince[],
): PlacesCsvResult {
  let text: string
  try {
    text = typeof input === 'string' ? input : decodeCsv(input)
  } catch (error) {
    if (error instanceof PlacesCsvEncodingError)
      return { rows: [], errors: [{ line: 0, message: error.message }] }
    throw error
  }
  text = text.replace(/^\uFEFF/, '')
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ','
  const parsed = parseCsvRecords(text, delimiter)
  const errors: PlaceCsvError[] = [...parsed.errors]
  const [header, ...records] = parsed.records
  if (!header) return { rows: [], errors: [{ line: 1, message: 'tệp trống, không có dòng tiêu đề' }] }

  const columns = new Map<Column, number>()
  header.fields.forEach((name, index) => {
    const column = HEADERS[headerKey(name)]
    if (!column) return
    if (columns.has(column)) errors.push({ line: header.line, message: `cột "${name.trim()}" bị lặp` })
    else columns.set(column, index)
  })
  const missing = REQUIRED.filter((column) => !columns.has(column))
  if (missing.length > 0) {
    errors.push({
      line: header.line,
      message: `thiếu cột ${missing.map((c) => `"${CANONICAL[c]}"`).join(', ')} (tiêu đề cần: ma_tinh,ten_tinh,ma_xa,ten_xa,cap)`,
    })
    return { rows: [], errors }
  }

  const byCode = new Map(provinces.map((p) => [p.code, p]))
  const seen = new Map<string, number>()
  const rows: PlaceCsvRow[] = []
  for (const { line, fields } of records) {
    const problems = checkRecord(fields, columns, byCode, header.fields.length)
    if (typeof problems === 'string') {
      errors.push({ line, message: problems })
      continue
    }
    const first = seen.get(problems.code)
    if (first !== undefined) {
      errors.push({ line, message: `mã xã ${problems.code} trùng với dòng ${first}` })
      continue
    }
    seen.set(problems.code, line)
    rows.push({ line, ...problems })
  }
  return { rows, errors }
}

const CANONICAL: Readonly<Record<Column, string>> = {
  provinceCode: 'ma_tinh',
  provinceName: 'ten_tinh',
  code: 'ma_xa',
  name: 'ten_xa',
  level: 'cap',
}

/** One record: the row, or what is wrong with it. */
function checkRecord(
  fields: readonly string[],
  columns: ReadonlyMap<Column, number>,
  provinces: ReadonlyMap<string, KnownProvince>,
  width: number,
): Omit<PlaceCsvRow, 'line'> | string {
  if (fields.length !== width) return `có ${fields.length} cột, tiêu đề có ${width} cột`
  const get = (column: Column): string => {
    const index = columns.get(column)
    return index === undefined ? '' : fields[index]!.trim()
  }
  const provinceCode = get('provinceCode')
  if (!/^\d{2}$/.test(provinceCode)) {
    return `mã tỉnh "${provinceCode}" phải gồm đúng 2 chữ số${leadingZeroHint(provinceCode, 2)}`
  }
  const province = provinces.get(provinceCode)
  if (!province) return `mã tỉnh ${provinceCode} không thuộc 34 tỉnh, thành phố hiện hành`
  const provinceName = get('provinceName')
  if (provinceName && provinceKey(provinceName) !== provinceKey(province.name)) {
    return `mã tỉnh ${provinceCode} là ${province.name}, không phải "${provinceName}"`
  }
  const code = get('code')
  if (!/^\d{5}$/.test(code)) return `mã xã "${code}" phải gồm đúng 5 chữ số${leadingZeroHint(code, 5)}`
  const levelText = get('level')
  const level = LEVELS[searchKey(levelText)]
  if (!level) return `cấp "${levelText}" không hợp lệ (chỉ nhận Phường, Xã hoặc Đặc khu)`
  const rawName = cleanName(get('name'))
  if (!rawName) return 'tên xã trống'
  const lower = rawName.toLowerCase()
  const named = Object.values(LEVELS).find(({ word }) => lower.startsWith(`${word.toLowerCase()} `))
  if (named && named.level !== level.level) return `tên "${rawName}" không khớp cấp "${levelText}"`
  const name = named ? rawName : `${level.word} ${rawName}`
  return { provinceCode, code, name, level: level.level }
}

function leadingZeroHint(value: string, digits: number): string {
  return /^\d+$/.test(value) && value.length < digits
    ? ' (có thể Excel đã bỏ số 0 ở đầu: hãy định dạng cột là Văn bản)'
    : ''
}
