/**
 * Reading a platform's audience export (docs/audience.md): header mapping in Vietnamese or
 * English, and every line's problems with its line and column. Pure: which stories the keys
 * name, duplicates between keys of one story and overlaps with earlier imports are checked by
 * the import against the database.
 */
import { searchKey } from '../../../src/lib/vietnamese'
import { parseScheduleDate } from '../../airtime/lib/time'
import { csvRecords, detectDelimiter, firstLine } from './csvRecords'
import { MEASURES, type Measure } from './measures'
import { findPlatform, platformKeyList, type Platform } from './platforms'
import type { LineError } from '../../../src/lib/imports/responses'

type Column = 'date' | 'story' | 'platform' | Measure

/** The name each column goes by in messages and in the documented header. */
export const COLUMN_NAMES: Readonly<Record<Column, string>> = {
  date: 'ngày',
  story: 'bài',
  platform: 'nền tảng',
  views: 'lượt xem',
  uniques: 'người đọc',
  listens: 'lượt nghe',
  watchMinutes: 'phút xem',
  shares: 'chia sẻ',
  mobileViews: 'di động',
}

const HEADERS: Readonly<Record<string, Column>> = {
  ngay: 'date',
  date: 'date',
  day: 'date',
  bai: 'story',
  'bai viet': 'story',
  'tin bai': 'story',
  'ma bai': 'story',
  'duong dan': 'story',
  story: 'story',
  'story id': 'story',
  article: 'story',
  slug: 'story',
  url: 'story',
  'nen tang': 'platform',
  platform: 'platform',
  'luot xem': 'views',
  'luot doc': 'views',
  views: 'views',
  pageviews: 'views',
  'page views': 'views',
  'nguoi doc': 'uniques',
  'nguoi xem': 'uniques',
  'doc gia': 'uniques',
  uniques: 'uniques',
  'unique readers': 'uniques',
  'unique visitors': 'uniques',
  'luot nghe': 'listens',
  listens: 'listens',
  plays: 'listens',
  'phut xem': 'watchMinutes',
  'so phut xem': 'watchMinutes',
  'thoi gian xem phut': 'watchMinutes',
  'watch minutes': 'watchMinutes',
  'watch time minutes': 'watchMinutes',
  'chia se': 'shares',
  'luot chia se': 'shares',
  shares: 'shares',
  'di dong': 'mobileViews',
  'luot xem di dong': 'mobileViews',
  'xem tren di dong': 'mobileViews',
  mobile: 'mobileViews',
  'mobile views': 'mobileViews',
}

const headerKey = (header: string) =>
  searchKey(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/** The rows of a file, column by column (a million rows as a million objects would cost far more). */
export type AudienceRows = {
  length: number
  line: number[]
  /** Index into `keys`. */
  key: number[]
  platform: string[]
  day: string[]
  measures: Record<Measure, number[]>
  /** The story keys as written (id digits or slug), each once. */
  keys: string[]
}

export const emptyRows = (): AudienceRows => ({
  length: 0,
  line: [],
  key: [],
  platform: [],
  day: [],
  measures: Object.fromEntries(MEASURES.map((measure) => [measure, []])) as unknown as Record<
    Measure,
    number[]
  >,
  keys: [],
})

/** An id, a slug, or a public URL ending in the slug (`…/tin-tuc/mua-lua-boi-thu.html?utm=…`). */
export function storyKeyOf(text: string): string | undefined {
  let value = text.trim()
  if (value === '') return undefined
  if (/^https?:\/\//i.test(value)) {
    // A stray `%` ("giam-50%-phi.html") makes decodeURIComponent throw: a bad key, not a 500.
    try {
      const segments = new URL(value).pathname.split('/').filter(Boolean)
      value = decodeURIComponent(segments[segments.length - 1] ?? '').replace(/\.(?:html?|php|aspx?)$/i, '')
    } catch {
      return undefined
    }
  }
  value = value.toLowerCase()
  return /^[a-z0-9][a-z0-9._~-]{0,199}$/.test(value) ? value : undefined
}

/**
 * A count: digits, optionally grouped by thousands with `.`, `,` or spaces ("1.234.567"). Watch
 * minutes may have decimals: one separator not followed by exactly three digits is the decimal
 * mark ("12,5" and "12.5" are both twelve and a half).
 */
export function parseMeasure(textValue: string, decimals: boolean): number | string {
  const value = textValue.trim().replace(/\u00a0/g, ' ')
  if (value === '') return 0
  if (/^-/.test(value)) return `không được âm ("${value}")`
  if (/^\d+$/.test(value)) return Number(value)
  if (/^\d{1,3}(?:([., ])\d{3})(?:\1\d{3})*$/.test(value)) return Number(value.replace(/[., ]/g, ''))
  if (decimals) {
    const both = /^(\d{1,3}(?:([.,])\d{3})*)([.,])(\d+)$/.exec(value)
    if (both && both[2] !== both[3]) return Number(`${both[1]!.replace(/[.,]/g, '')}.${both[4]}`)
    const single = /^(\d+)[.,](\d+)$/.exec(value)
    if (single) return Number(`${single[1]}.${single[2]}`)
  }
  return decimals ? `"${value}" không phải là số` : `"${value}" không phải là số nguyên`
}

const MAX_VALUE = 1e12

export type ParseOptions = {
  /** The platform of files without a platform column (a YouTube export, say). */
  defaultPlatform?: Platform
  /** The Vietnam day of today: later days are refused. */
  today: string
  /** Errors past this many are counted, not listed. */
  maxErrors?: number
}

export type ParseResult = { rows: AudienceRows; errors: LineError[]; moreErrors: number; delimiter: string }

function memo<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>()
  return (text) => {
    if (known.has(text)) return known.get(text) as T
    const value = read(text)
    if (known.size < 10_000) known.set(text, value)
    return value
  }
}

/** Reads and checks every line of an already decoded file. */
export function parseAudienceCsv(text: string, options: ParseOptions): ParseResult {
  const maxErrors = options.maxErrors ?? 1000
  const rows = emptyRows()
  const errors: LineError[] = []
  let moreErrors = 0
  const fail = (error: LineError) => (errors.length < maxErrors ? errors.push(error) : moreErrors++)
  const delimiter = detectDelimiter(firstLine(text))
  const records = csvRecords(text, delimiter, (problem) => fail(problem))
  const header = records.next()
  if (header.done)
    return { rows, errors: [{ line: 1, message: 'Tệp không có dòng tiêu đề.' }], moreErrors, delimiter }

  const positions = new Map<Column, number>()
  header.value.fields.forEach((name, index) => {
    const column = HEADERS[headerKey(name)]
    if (!column) return
    if (positions.has(column))
      fail({
        line: header.value.line,
        column: name.trim(),
        message: `cột "${COLUMN_NAMES[column]}" có hai lần`,
      })
    else positions.set(column, index)
  })
  const required: Column[] = ['date', 'story', ...(options.defaultPlatform ? [] : (['platform'] as Column[]))]
  const missing = required.filter((column) => !positions.has(column))
  if (missing.length)
    fail({
      line: header.value.line,
      message: `thiếu cột ${missing.map((column) => `"${COLUMN_NAMES[column]}"`).join(', ')} (dòng tiêu đề: ${header.value.fields.join(delimiter).slice(0, 200)})`,
    })
  if (!MEASURES.some((measure) => positions.has(measure)))
    fail({
      line: header.value.line,
      message: 'không có cột số liệu nào (lượt xem, người đọc, lượt nghe, phút xem, chia sẻ, di động)',
    })
  if (errors.length) return { rows, errors, moreErrors, delimiter }

  const keyIndex = new Map<string, number>()
  const width = header.value.fields.length
  // A file repeats a few hundred days and a few platforms a million times: read each once.
  const dayOf = memo((text: string) => parseScheduleDate(text))
  const platformOfText = memo((text: string) => findPlatform(text))
  // One record at a time; these read it without a closure per line (a million of them add up).
  let fields: string[] = []
  let line = 0
  let ok = true
  const get = (column: Column) => {
    const index = positions.get(column)
    return index === undefined ? '' : (fields[index] ?? '').trim()
  }
  const bad = (column: Column, message: string) => {
    ok = false
    fail({ line, column: COLUMN_NAMES[column], message })
  }
  for (const record of records) {
    fields = record.fields
    line = record.line
    ok = true
    if (fields.length > width) {
      fail({
        line,
        message: `có ${fields.length} cột, nhiều hơn dòng tiêu đề (${width}); kiểm tra dấu phân cách "${delimiter}"`,
      })
      continue
    }
    const dateText = get('date')
    const day = dayOf(dateText)
    if (!day) bad('date', `ngày "${dateText}" không hợp lệ (ghi dd/mm/yyyy hoặc yyyy-mm-dd)`)
    else if (day < '2000-01-01') bad('date', `ngày ${dateText} trước năm 2000`)
    else if (day > options.today) bad('date', `ngày ${dateText} ở tương lai (hôm nay là ${options.today})`)

    const storyText = get('story')
    const key = storyKeyOf(storyText)
    if (!key)
      bad(
        'story',
        storyText
          ? `"${storyText.slice(0, 80)}" không phải mã, đường dẫn (slug) hay URL của tin bài`
          : 'thiếu tin bài',
      )

    const platformText = get('platform')
    const platform = platformText ? platformOfText(platformText) : options.defaultPlatform
    if (!platform)
      bad(
        'platform',
        platformText
          ? `nền tảng "${platformText}" không có trong danh mục (${platformKeyList()})`
          : 'thiếu nền tảng',
      )
    else if (platform.beacon)
      bad(
        'platform',
        `nền tảng "${platform.key}" được đếm bằng beacon của tòa soạn, không nhập từ tệp (tránh đếm hai lần)`,
      )

    const values = {} as Record<Measure, number>
    for (const measure of MEASURES) {
      const parsed = parseMeasure(get(measure), measure === 'watchMinutes')
      if (typeof parsed === 'string') bad(measure, parsed)
      else if (parsed > MAX_VALUE) bad(measure, `${get(measure)} lớn bất thường`)
      else values[measure] = measure === 'watchMinutes' ? Math.round(parsed * 100) / 100 : parsed
    }
    if (ok && values.mobileViews > values.views)
      bad('mobileViews', `lượt xem di động (${values.mobileViews}) lớn hơn lượt xem (${values.views})`)
    if (!ok || !day || !key || !platform) continue

    let index = keyIndex.get(key)
    if (index === undefined) {
      index = rows.keys.length
      keyIndex.set(key, index)
      rows.keys.push(key)
    }
    rows.line.push(line)
    rows.key.push(index)
    rows.platform.push(platform.key)
    rows.day.push(day)
    for (const measure of MEASURES) rows.measures[measure].push(values[measure])
    rows.length++
  }
  if (rows.length === 0 && errors.length === 0) fail({ line: 0, message: 'Tệp không có dòng số liệu nào.' })
  return { rows, errors, moreErrors, delimiter }
}
