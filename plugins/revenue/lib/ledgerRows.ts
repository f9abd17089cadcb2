/**
 * Checks a revenue table cell by cell (docs/revenue.md): every problem with its line and column,
 * and two lines of one file for the same month, channel, line and kind. Pure: the endpoint
 * writes the rows only when there is no error at all.
 */
import { checkAmountNumber, parseAmount, type AmountResult } from './amount'
import { COLUMN_NAMES, mapColumns, type Column } from './columns'
import { KIND_LABELS, kindOf, LINE_HINT, lineOf, lookupKey, type EntryKind, type RevenueLine } from './lines'
import { formatMonth, monthOfDate, monthRangeProblem, parseMonth } from './months'
import type { Cell, Table } from './readTable'
import type { LineError } from '../../../src/lib/imports/responses'

export type PublicationRef = { id: number | string; code: string; name: string }

export type LedgerRow = {
  line: number
  month: string
  publication: number | string | null
  revenueLine: RevenueLine
  kind: EntryKind
  amount: number
  note: string
}

export const MAX_ROWS = 50_000
export const MAX_NOTE = 500
/** Errors listed in one answer: enough to fix a file by, small enough to send back. */
export const MAX_LISTED_ERRORS = 1_000

/** What the "kênh/ấn phẩm" column may say for revenue of the agency as a whole. */
const AGENCY_WIDE = new Set(['toan co quan', 'co quan', 'chung', 'tat ca', 'agency', 'all'])

export function textOf(cell: Cell): string {
  if (cell === null) return ''
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10)
  return String(cell).trim()
}

/** Lookup of channels by code or name, folded; ambiguous names are left out (the code still works). */
function publicationFinder(publications: readonly PublicationRef[]) {
  const byCode = new Map<string, PublicationRef>()
  const byName = new Map<string, PublicationRef | null>()
  for (const publication of publications) {
    byCode.set(lookupKey(publication.code), publication)
    const name = lookupKey(publication.name)
    byName.set(name, byName.has(name) ? null : publication)
  }
  return (text: string): PublicationRef | undefined => {
    const key = lookupKey(text)
    return byCode.get(key) ?? byName.get(key) ?? undefined
  }
}

function monthOfCell(cell: Cell): string | { error: string } {
  const text = textOf(cell)
  if (text === '') return { error: 'tháng trống' }
  const month =
    cell instanceof Date ? monthOfDate(cell) : typeof cell === 'string' ? parseMonth(cell) : undefined
  return month ?? { error: `tháng "${text}" không hợp lệ (ghi 2026-03, 03/2026 hoặc một ngày trong tháng)` }
}

function amountOfCell(cell: Cell): AmountResult {
  if (typeof cell === 'number') return checkAmountNumber(cell)
  if (typeof cell === 'string' || cell === null) return parseAmount(cell ?? '')
  return { ok: false, message: `số tiền "${textOf(cell)}" không phải là số` }
}

type Context = { publications: readonly PublicationRef[]; now: Date }

/** `errors` holds the first MAX_LISTED_ERRORS by line; `moreErrors` counts the rest. */
export type LedgerResult = { rows: LedgerRow[]; errors: LineError[]; moreErrors: number }

/** The first `max` of a list, and how many were left out. */
export function capList<T>(items: readonly T[], max = MAX_LISTED_ERRORS): { listed: T[]; more: number } {
  return { listed: items.slice(0, max), more: Math.max(0, items.length - max) }
}

/** A note as typed: drops the `'` the export put before a would-be formula (ledgerCsv). */
export function noteOf(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text
}

export function checkLedger(table: Table, { publications, now }: Context): LedgerResult {
  const headers = table.header.cells.map(textOf)
  const { columns, problems } = mapColumns(headers)
  if (problems.length > 0)
    return {
      rows: [],
      errors: problems.map((message) => ({ line: table.header.line, message })),
      moreErrors: 0,
    }
  if (table.records.length === 0)
    return {
      rows: [],
      errors: [{ line: table.header.line + 1, message: 'tệp không có dòng dữ liệu nào' }],
      moreErrors: 0,
    }
  if (table.records.length > MAX_ROWS)
    return {
      rows: [],
      errors: [{ line: 0, message: `tệp có ${table.records.length} dòng, tối đa ${MAX_ROWS} dòng một lần` }],
      moreErrors: 0,
    }

  const findPublication = publicationFinder(publications)
  const known = publications.map((p) => p.code).join(', ')
  const name = (column: Column) => headers[columns.get(column) ?? -1] || COLUMN_NAMES[column]
  const width = headers.length
  const rows: LedgerRow[] = []
  const errors: LineError[] = []

  for (const { line, cells } of table.records) {
    if (cells.slice(width).some((cell) => textOf(cell) !== '')) {
      errors.push({ line, message: `có giá trị ngoài ${width} cột của dòng tiêu đề` })
      continue
    }
    const cell = (column: Column): Cell => {
      const index = columns.get(column)
      return index === undefined ? null : (cells[index] ?? null)
    }
    const fail = (column: Column, message: string) => errors.push({ line, column: name(column), message })
    const before = errors.length

    const month = monthOfCell(cell('month'))
    if (typeof month !== 'string') fail('month', month.error)
    const kindText = textOf(cell('kind'))
    const kind = kindOf(kindText)
    if (!kind)
      fail(
        'kind',
        kindText === ''
          ? 'loại trống (ghi "kế hoạch" hoặc "thực hiện")'
          : `loại "${kindText}" không hợp lệ (ghi "kế hoạch" hoặc "thực hiện")`,
      )
    const lineText = textOf(cell('line'))
    const revenueLine = lineOf(lineText)
    if (!revenueLine)
      fail(
        'line',
        lineText === ''
          ? 'nguồn thu trống'
          : `nguồn thu "${lineText}" không có trong danh mục (${LINE_HINT})`,
      )
    const amount = amountOfCell(cell('amount'))
    if (!amount.ok) fail('amount', amount.message)
    const publicationText = textOf(cell('publication'))
    let publication: PublicationRef | null = null
    if (publicationText !== '' && !AGENCY_WIDE.has(lookupKey(publicationText))) {
      publication = findPublication(publicationText) ?? null
      if (!publication)
        fail(
          'publication',
          `không có kênh/ấn phẩm "${publicationText}" (ghi mã: ${known || 'chưa có kênh nào'}; để trống nếu là của toàn cơ quan)`,
        )
    }
    // The guard's quote goes before the blanks are folded: a tab after it is part of the guard.
    const note = noteOf(textOf(cell('note')))
      .replace(/\s+/g, ' ')
      .trim()
    if (note.length > MAX_NOTE) fail('note', `ghi chú dài quá ${MAX_NOTE} ký tự`)
    if (typeof month === 'string' && kind) {
      const range = monthRangeProblem(month, kind, now)
      if (range) fail('month', range)
    }
    if (errors.length > before) continue
    rows.push({
      line,
      month: month as string,
      publication: publication?.id ?? null,
      revenueLine: revenueLine!,
      kind: kind!,
      amount: (amount as { value: number }).value,
      note,
    })
  }

  const seen = new Map<string, LedgerRow>()
  for (const row of rows) {
    const key = slotKey(row)
    const first = seen.get(key)
    if (!first) seen.set(key, row)
    else
      errors.push({
        line: row.line,
        column: name('line'),
        message:
          `trùng với dòng ${first.line}: cùng tháng ${formatMonth(row.month)}, cùng kênh/ấn phẩm, ` +
          `cùng nguồn thu và cùng loại ${KIND_LABELS[row.kind].vi.toLowerCase()}; hãy cộng lại thành một dòng`,
      })
  }
  // Sorted before the cut, so the lines listed are the first ones of the file.
  errors.sort((a, b) => a.line - b.line)
  const { listed, more } = capList(errors)
  return { rows: errors.length > 0 ? [] : rows, errors: listed, moreErrors: more }
}

/** One entry per month × channel × line × kind: the ledger's key. */
export function slotKey(row: {
  month: string
  publication: number | string | null
  revenueLine: string
  kind: string
}): string {
  return `${row.month}|${row.publication ?? ''}|${row.revenueLine}|${row.kind}`
}
