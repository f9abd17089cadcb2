/**
 * Reads a schedule or as-run log from CSV (docs/airtime.md): decoding, header mapping and every
 * line's problems with its line number and column. Overlaps between lines are found here too;
 * overlaps with items already stored are the endpoint's job. Pure.
 */
import { parseCsvRecords } from '../../../src/lib/placesCsv'
import { searchKey } from '../../../src/lib/vietnamese'
import {
  decodeText,
  TextEncodingError,
  type DetectedEncoding,
  type EncodingChoice,
} from '../../../src/lib/imports/decodeText'
import { describeSpan, overlapsWithEarlier } from './overlaps'
import { DAY_SECONDS, parseClock, parseDuration, parseScheduleDate } from './time'
import { genreOf, GENRE_HINT, originOf, ORIGIN_HINT, yesNoOf, type Genre, type Origin } from './vocabulary'
import type { LineError } from '../../../src/lib/imports/responses'

export type ScheduleRow = {
  line: number
  date: string
  startSeconds: number
  durationSeconds: number
  title: string
  genre: Genre
  origin: Origin
  rerun: boolean
  language: string
}

export type ScheduleCsvResult = {
  rows: ScheduleRow[]
  errors: LineError[]
  encoding?: DetectedEncoding
  delimiter?: string
}

type Column = 'date' | 'start' | 'duration' | 'end' | 'title' | 'genre' | 'origin' | 'rerun' | 'language'

/** The name each column goes by in messages and in the documented header. */
export const COLUMN_NAMES: Readonly<Record<Column, string>> = {
  date: 'ngày',
  start: 'giờ bắt đầu',
  duration: 'thời lượng',
  end: 'giờ kết thúc',
  title: 'tên chương trình',
  genre: 'thể loại',
  origin: 'nguồn',
  rerun: 'phát lại',
  language: 'ngôn ngữ',
}

/** Folded header names (Vietnamese, then English aliases). */
const HEADERS: Readonly<Record<string, Column>> = {
  ngay: 'date',
  'ngay phat song': 'date',
  date: 'date',
  'gio bat dau': 'start',
  'bat dau': 'start',
  'gio phat': 'start',
  start: 'start',
  'start time': 'start',
  'thoi luong': 'duration',
  'thoi luong giay': 'duration',
  duration: 'duration',
  'gio ket thuc': 'end',
  'ket thuc': 'end',
  end: 'end',
  'end time': 'end',
  'ten chuong trinh': 'title',
  'chuong trinh': 'title',
  'tieu de': 'title',
  title: 'title',
  programme: 'title',
  program: 'title',
  'the loai': 'genre',
  genre: 'genre',
  nguon: 'origin',
  'nguon goc': 'origin',
  origin: 'origin',
  'phat lai': 'rerun',
  rerun: 'rerun',
  'ngon ngu': 'language',
  language: 'language',
}

const REQUIRED: readonly Column[] = ['date', 'start', 'title', 'genre', 'origin']
export const MAX_ROWS = 20_000
const MAX_TITLE = 200
/** An end time before the start is read as the next day's only within this much airtime. */
const MAX_PAST_MIDNIGHT = 12 * 3600

const headerKey = (header: string) =>
  searchKey(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const LANGUAGES: Readonly<Record<string, string>> = {
  '': 'vi',
  'tieng viet': 'vi',
  viet: 'vi',
  vietnamese: 'vi',
  'tieng anh': 'en',
  english: 'en',
  'tieng trung': 'zh',
  chinese: 'zh',
}

function languageOf(text: string): string {
  const key = searchKey(text)
  return (
    LANGUAGES[key] ??
    (/^[a-z]{2,3}(-[a-z]{2})?$/i.test(text.trim()) ? text.trim().toLowerCase() : text.trim())
  )
}

function delimiterOf(headerLine: string): string {
  const count = (ch: string) => headerLine.split(ch).length - 1
  const [commas, semicolons, tabs] = [count(','), count(';'), count('\t')]
  if (tabs > commas && tabs > semicolons) return '\t'
  return semicolons > commas ? ';' : ','
}

type Fields = { get: (column: Column) => string; name: (column: Column) => string }

/** One record's row, or its problems (each with the column it is about). */
function checkRecord(line: number, { get, name }: Fields): ScheduleRow | LineError[] {
  const errors: LineError[] = []
  const fail = (column: Column, message: string) => errors.push({ line, column: name(column), message })

  const dateText = get('date')
  const date = parseScheduleDate(dateText)
  if (!date) fail('date', `ngày "${dateText}" không hợp lệ (ghi dd/mm/yyyy hoặc yyyy-mm-dd)`)
  const startText = get('start')
  const startSeconds = parseClock(startText)
  if (startSeconds === undefined)
    fail('start', `giờ bắt đầu "${startText}" không hợp lệ (ghi HH:MM hoặc HH:MM:SS)`)

  let durationSeconds: number | undefined
  const [durationText, endText] = [get('duration'), get('end')]
  if (durationText) {
    const parsed = parseDuration(durationText)
    if ('error' in parsed) fail('duration', parsed.error)
    else durationSeconds = parsed.seconds
  }
  if (endText) {
    const end = parseClock(endText, { allowMidnightEnd: true })
    if (end === undefined) fail('end', `giờ kết thúc "${endText}" không hợp lệ (ghi HH:MM hoặc HH:MM:SS)`)
    else if (startSeconds !== undefined) {
      let length = end - startSeconds
      if (length < 0 && length + DAY_SECONDS <= MAX_PAST_MIDNIGHT) length += DAY_SECONDS
      if (length === 0) fail('end', 'giờ kết thúc trùng giờ bắt đầu (thời lượng bằng 0)')
      else if (length < 0)
        fail('end', `giờ kết thúc ${endText} trước giờ bắt đầu ${startText} (thời lượng âm)`)
      else if (durationSeconds !== undefined && durationSeconds !== length)
        fail('end', `giờ kết thúc ${endText} không khớp thời lượng "${durationText}"`)
      else durationSeconds = length
    }
  }
  if (!durationText && !endText) fail('duration', 'thiếu thời lượng (hoặc giờ kết thúc)')

  const title = get('title').normalize('NFC').replace(/\s+/g, ' ').trim()
  if (!title) fail('title', 'tên chương trình trống')
  else if (title.length > MAX_TITLE) fail('title', `tên chương trình dài quá ${MAX_TITLE} ký tự`)
  const genreText = get('genre')
  const genre = genreOf(genreText)
  if (!genre) fail('genre', `thể loại "${genreText}" không có trong danh mục (${GENRE_HINT})`)
  const originText = get('origin')
  const origin = originOf(originText)
  if (!origin) fail('origin', `nguồn "${originText}" không hợp lệ (${ORIGIN_HINT})`)
  const rerunText = get('rerun')
  const rerun = yesNoOf(rerunText)
  if (rerun === undefined) fail('rerun', `phát lại "${rerunText}" phải là "có" hoặc "không"`)
  const language = languageOf(get('language'))
  if (language.length > 32) fail('language', 'ngôn ngữ dài quá 32 ký tự')

  if (errors.length > 0) return errors
  return {
    line,
    date: date!,
    startSeconds: startSeconds!,
    durationSeconds: durationSeconds!,
    title,
    genre: genre!,
    origin: origin!,
    rerun: rerun!,
    language,
  }
}

/** Parses and checks the whole file; `rows` is only to be written when `errors` is empty. */
export function parseScheduleCsv(
  input: Uint8Array | string,
  { encoding = 'auto' }: { encoding?: EncodingChoice } = {},
): ScheduleCsvResult {
  let text: string
  let detected: DetectedEncoding | undefined
  try {
    if (typeof input === 'string') text = input.replace(/^\uFEFF/, '')
    else ({ text, encoding: detected } = decodeText(input, encoding))
  } catch (error) {
    if (error instanceof TextEncodingError) return { rows: [], errors: [{ line: 0, message: error.message }] }
    throw error
  }
  const delimiter = delimiterOf(text.slice(0, text.search(/\r?\n|$/)))
  const parsed = parseCsvRecords(text, delimiter)
  const errors: LineError[] = [...parsed.errors]
  // Excel writes the empty rows below a table as bare delimiters (";;;;;;"): not data.
  const [header, ...records] = parsed.records.filter(({ fields }) => fields.some((f) => f.trim() !== ''))
  const result = (rows: ScheduleRow[]) => ({ rows, errors, encoding: detected, delimiter })
  if (!header) return { ...result([]), errors: [{ line: 1, message: 'tệp trống, không có dòng tiêu đề' }] }

  const columns = new Map<Column, number>()
  const unknown: string[] = []
  header.fields.forEach((raw, index) => {
    const title = raw.trim()
    if (!title) return
    const column = HEADERS[headerKey(title)]
    if (!column) unknown.push(title)
    else if (columns.has(column))
      errors.push({ line: header.line, column: title, message: `cột "${title}" bị lặp` })
    else columns.set(column, index)
  })
  if (unknown.length > 0)
    errors.push({
      line: header.line,
      message: `cột không nhận ra: ${unknown.map((u) => `"${u}"`).join(', ')}`,
    })
  const missing = REQUIRED.filter((column) => !columns.has(column))
  if (!columns.has('duration') && !columns.has('end')) missing.push('duration')
  if (missing.length > 0)
    errors.push({
      line: header.line,
      message:
        `thiếu cột ${missing.map((c) => `"${COLUMN_NAMES[c]}"${c === 'duration' ? ' (hoặc "giờ kết thúc")' : ''}`).join(', ')}` +
        ` (tiêu đề cần: ${Object.values(COLUMN_NAMES).join(';')})`,
    })
  if (errors.length > 0) return result([])
  if (records.length === 0)
    return { ...result([]), errors: [{ line: 2, message: 'tệp không có dòng dữ liệu nào' }] }
  if (records.length > MAX_ROWS)
    return {
      ...result([]),
      errors: [{ line: 0, message: `tệp có ${records.length} dòng, tối đa ${MAX_ROWS} dòng một lần` }],
    }

  const width = header.fields.length
  const name = (column: Column) => header.fields[columns.get(column) ?? -1]?.trim() || COLUMN_NAMES[column]
  const rows: ScheduleRow[] = []
  for (const { line, fields } of records) {
    // Excel may pad a line with empty cells; only missing or extra values are an error.
    if (fields.length < width || fields.slice(width).some((f) => f.trim() !== '')) {
      errors.push({ line, message: `có ${fields.length} cột, dòng tiêu đề có ${width} cột` })
      continue
    }
    const get = (column: Column) => {
      const index = columns.get(column)
      return index === undefined ? '' : fields[index]!.trim()
    }
    const checked = checkRecord(line, { get, name })
    if (Array.isArray(checked)) errors.push(...checked)
    else rows.push(checked)
  }
  // One error per line that overlaps, on the later line of the file, naming one line it clashes with.
  const clashes = new Map<ScheduleRow, { other: ScheduleRow; more: number }>()
  for (const [first, second] of overlapsWithEarlier(rows)) {
    const later = first.line < second.line ? second : first
    const earlier = later === second ? first : second
    const known = clashes.get(later)
    if (known) known.more++
    else clashes.set(later, { other: earlier, more: 0 })
  }
  for (const [later, { other, more }] of clashes) {
    errors.push({
      line: later.line,
      column: name('start'),
      message:
        `${describeSpan(later)} trùng giờ với dòng ${other.line} ${describeSpan(other)}` +
        (more > 0 ? ` và ${more} dòng khác` : ''),
    })
  }
  errors.sort((a, b) => a.line - b.line)
  return result(rows)
}
