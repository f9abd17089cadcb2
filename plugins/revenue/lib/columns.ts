/**
 * The columns of a revenue file (docs/revenue.md): Vietnamese headers first, English aliases,
 * compared folded. Pure.
 */
import { lookupKey } from './lines'

export type Column = 'month' | 'publication' | 'line' | 'kind' | 'amount' | 'note'

/** The documented header, in file order; also the name each column goes by in messages. */
export const COLUMN_NAMES: Readonly<Record<Column, string>> = {
  month: 'tháng',
  publication: 'kênh/ấn phẩm',
  line: 'nguồn thu',
  kind: 'loại',
  amount: 'số tiền',
  note: 'ghi chú',
}

export const COLUMNS = Object.keys(COLUMN_NAMES) as Column[]
const REQUIRED_COLUMNS: readonly Column[] = ['month', 'line', 'kind', 'amount']

const ALIASES: Readonly<Record<Column, readonly string[]>> = {
  month: ['tháng', 'tháng/năm', 'kỳ', 'kỳ báo cáo', 'month', 'period'],
  publication: [
    'kênh/ấn phẩm',
    'ấn phẩm/kênh',
    'kênh',
    'ấn phẩm',
    'mã kênh',
    'mã ấn phẩm',
    'publication',
    'channel',
  ],
  line: ['nguồn thu', 'khoản thu', 'loại nguồn thu', 'nội dung thu', 'line', 'revenue line'],
  kind: ['loại', 'loại số liệu', 'kế hoạch/thực hiện', 'kind', 'type'],
  amount: [
    'số tiền',
    'số tiền (VND)',
    'số tiền (đồng)',
    'số tiền VNĐ',
    'giá trị',
    'thành tiền',
    'amount',
    'amount (VND)',
  ],
  note: ['ghi chú', 'diễn giải', 'note', 'notes', 'comment'],
}

const BY_HEADER: ReadonlyMap<string, Column> = new Map(
  COLUMNS.flatMap((column) => ALIASES[column].map((alias) => [lookupKey(alias), column] as const)),
)

export const columnOf = (header: string): Column | undefined => BY_HEADER.get(lookupKey(header))

/** What the header must look like, for the 400 refusing a file with wrong columns. */
const EXPECTED_COLUMNS =
  `cột cần có: ${REQUIRED_COLUMNS.map((c) => `"${COLUMN_NAMES[c]}"`).join(', ')}; ` +
  `không bắt buộc: "${COLUMN_NAMES.publication}", "${COLUMN_NAMES.note}" ` +
  `(tiêu đề mẫu: ${COLUMNS.map((c) => COLUMN_NAMES[c]).join(';')})`

export type ColumnMap = { columns: Map<Column, number>; problems: string[] }

/** Each known column's index; unknown, repeated and missing columns as problems. */
export function mapColumns(headers: readonly string[]): ColumnMap {
  const columns = new Map<Column, number>()
  const problems: string[] = []
  const unknown: string[] = []
  headers.forEach((raw, index) => {
    const title = raw.trim()
    if (!title) return
    const column = columnOf(title)
    if (!column) unknown.push(`"${title}"`)
    else if (columns.has(column))
      problems.push(`cột "${title}" trùng với cột "${headers[columns.get(column)!]!.trim()}"`)
    else columns.set(column, index)
  })
  if (unknown.length > 0) problems.push(`cột không nhận ra: ${unknown.join(', ')}`)
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.has(column))
  if (missing.length > 0) problems.push(`thiếu cột ${missing.map((c) => `"${COLUMN_NAMES[c]}"`).join(', ')}`)
  if (problems.length > 0) problems.push(EXPECTED_COLUMNS)
  return { columns, problems }
}
