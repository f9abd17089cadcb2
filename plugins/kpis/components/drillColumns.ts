/**
 * The drill-down lists different records for each KPI (stories, revenue entries, platforms,
 * broadcast days, staff with their training, security controls). One table shows them all: its
 * columns come from the records themselves, known fields first with Vietnamese headings, and
 * every value is turned into text by its field (a role, a revenue line, money, hours…).
 */
import { MEASURE_LABELS } from '../../audience/lib/measures'

export type Bilingual = { vi: string; en: string }

export type Column = { key: string; label: Bilingual; numeric: boolean }

const KNOWN: Array<[string, Bilingual]> = [
  ['id', { vi: 'Mã', en: 'ID' }],
  ['headline', { vi: 'Tít', en: 'Headline' }],
  ['fullName', { vi: 'Họ tên', en: 'Name' }],
  ['title', { vi: 'Tên', en: 'Title' }],
  ['name', { vi: 'Tên', en: 'Name' }],
  ['label', { vi: 'Nội dung', en: 'Item' }],
  ['requirement', { vi: 'Yêu cầu', en: 'Requirement' }],
  ['inForce', { vi: 'Đang áp dụng', en: 'In force' }],
  ['found', { vi: 'Hiện trạng', en: 'Found' }],
  ['story', { vi: 'Tin bài', en: 'Story' }],
  ['channel', { vi: 'Kênh', en: 'Channel' }],
  ['day', { vi: 'Ngày', en: 'Day' }],
  ['date', { vi: 'Ngày', en: 'Date' }],
  ['month', { vi: 'Tháng', en: 'Month' }],
  ['publishedAt', { vi: 'Xuất bản', en: 'Published' }],
  ['confirmedAt', { vi: 'Xác nhận', en: 'Confirmed' }],
  ['desk', { vi: 'Ban', en: 'Desk' }],
  ['channels', { vi: 'Kênh', en: 'Channels' }],
  ['publication', { vi: 'Ấn phẩm/kênh', en: 'Publication' }],
  ['line', { vi: 'Nguồn thu', en: 'Revenue line' }],
  ['amount', { vi: 'Số tiền', en: 'Amount' }],
  ['target', { vi: 'Đích phát hành', en: 'Target' }],
  ['platform', { vi: 'Nền tảng', en: 'Platform' }],
  ['domestic', { vi: 'Trong nước', en: 'Domestic' }],
  ['views', { vi: 'Lượt xem', en: 'Views' }],
  ['mobileViews', { vi: 'Xem trên di động', en: 'Mobile views' }],
  ['uniques', MEASURE_LABELS.uniques],
  ['listens', { vi: 'Lượt nghe', en: 'Listens' }],
  ['watchMinutes', { vi: 'Phút xem', en: 'Watch minutes' }],
  ['shares', { vi: 'Lượt chia sẻ', en: 'Shares' }],
  ['aiClass', { vi: 'Phân loại AI', en: 'AI class' }],
  ['aiShare', { vi: 'Tỷ lệ ký tự AI', en: 'AI character share' }],
  ['share', { vi: 'Tỷ lệ AI', en: 'AI share' }],
  ['locales', { vi: 'Ngôn ngữ', en: 'Languages' }],
  ['headlines', { vi: 'Tít tiếng nước ngoài', en: 'Foreign-language headlines' }],
  ['locale', { vi: 'Ngôn ngữ', en: 'Language' }],
  ['role', { vi: 'Vai trò', en: 'Role' }],
  ['email', { vi: 'Thư điện tử', en: 'E-mail' }],
  ['trained', { vi: 'Đã đào tạo', en: 'Trained' }],
  ['firstTrainedAt', { vi: 'Đào tạo lần đầu', en: 'First trained' }],
  ['trainingRecords', { vi: 'Các khóa đào tạo', en: 'Training' }],
  ['course', { vi: 'Khóa học', en: 'Course' }],
  ['hours', { vi: 'Số giờ', en: 'Hours' }],
  ['pass', { vi: 'Đạt', en: 'Passed' }],
  ['ok', { vi: 'Đạt', en: 'Passed' }],
  ['violations', { vi: 'Vi phạm', en: 'Violations' }],
  ['itemCount', { vi: 'Số mục', en: 'Items' }],
  ['airtimeSeconds', { vi: 'Thời lượng', en: 'Airtime' }],
  ['value', { vi: 'Giá trị', en: 'Value' }],
  ['status', { vi: 'Trạng thái', en: 'Status' }],
  ['source', { vi: 'Nguồn', en: 'Source' }],
  ['note', { vi: 'Ghi chú', en: 'Note' }],
]
const KNOWN_LABELS = new Map(KNOWN)
const ORDER = new Map(KNOWN.map(([key], index) => [key, index]))

/** Bookkeeping and machine paths no reader of the figures needs. */
const HIDDEN = new Set([
  'createdAt',
  'updatedAt',
  'revision',
  '_status',
  '__v',
  'sizes',
  'fingerprint',
  'key',
  'report',
])

/** Timestamps whose hour matters; other dates (training, first trained) are days. */
const TIMED = new Set(['publishedAt', 'confirmedAt', 'acceptedAt', 'sentAt'])

export const MAX_COLUMNS = 9
export const MAX_CELL = 240

/** "watchMinutes" → "watch minutes": the best heading a field nobody named can get. */
const spaced = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()

const isNumeric = (values: unknown[]) =>
  values.some((value) => typeof value === 'number') &&
  values.every((value) => value === null || value === undefined || typeof value === 'number')

/** The columns of a page of records: known fields in a fixed order, then the rest as they come. */
export function drillColumns(docs: ReadonlyArray<Record<string, unknown>>): Column[] {
  const keys: string[] = []
  for (const doc of docs.slice(0, 50))
    for (const key of Object.keys(doc)) if (!HIDDEN.has(key) && !keys.includes(key)) keys.push(key)
  const ordered = keys
    .map((key, index) => ({ key, rank: ORDER.get(key) ?? KNOWN.length + index }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ key }) => key)
  return ordered.slice(0, MAX_COLUMNS).map((key) => {
    const label = KNOWN_LABELS.get(key) ?? { vi: spaced(key), en: spaced(key) }
    return { key, label, numeric: isNumeric(docs.map((doc) => doc[key])) }
  })
}

export type CellContext = {
  locale: string
  pick: (label: Bilingual) => string
  /** Names of codes and ids by field (`role`, `line`, `platform`, `publication`…), when known. */
  names?: Partial<Record<string, (value: string) => string | undefined>>
}

const isBilingual = (value: object): value is Bilingual =>
  typeof (value as Bilingual).vi === 'string' && typeof (value as Bilingual).en === 'string'

const NAME_FIELDS = ['fullName', 'name', 'headline', 'title', 'label', 'course', 'email'] as const
const QUALIFIERS = ['hours', 'date', 'day', 'value']

const DAY_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH = /^(\d{4})-(\d{2})$/

const cut = (text: string) => (text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text)

function number(value: number, locale: string, digits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)
}

/** Numbers some fields carry in a unit of their own. */
function numberText(key: string | undefined, value: number, ctx: CellContext): string {
  const vi = ctx.locale.startsWith('vi')
  switch (key) {
    case 'amount':
      return `${number(value, ctx.locale, 0)} đ`
    case 'aiShare':
    case 'share':
      // A ratio of characters (0–1), as the AI provenance records it.
      return `${number(value * 100, ctx.locale, 1)} %`
    case 'hours':
      return `${number(value, ctx.locale, 1)} ${vi ? 'giờ' : 'h'}`
    case 'airtimeSeconds':
      return `${number(value / 3600, ctx.locale, 1)} ${vi ? 'giờ' : 'h'}`
    case 'id':
      return String(value)
    default:
      return number(value, ctx.locale)
  }
}

function dateText(key: string | undefined, value: string, ctx: CellContext): string | null {
  if (DAY_TIME.test(value)) {
    const date = new Date(value)
    if (Number.isNaN(date.getTime())) return null
    const timed = key !== undefined && TIMED.has(key)
    return date.toLocaleString(ctx.locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(timed ? { hour: '2-digit', minute: '2-digit' } : {}),
      timeZone: 'Asia/Ho_Chi_Minh',
    })
  }
  const day = DAY.exec(value)
  if (day) return ctx.locale.startsWith('vi') ? `${day[3]}/${day[2]}/${day[1]}` : value
  const month = MONTH.exec(value)
  if (month && key === 'month') return `${month[2]}/${month[1]}`
  return null
}

/** One value as text: names for codes and related documents, local dates, Có/Không, lists joined. */
export function cellText(value: unknown, ctx: CellContext, key?: string, depth = 0): string {
  const vi = ctx.locale.startsWith('vi')
  if (value === null || value === undefined || value === '') return '—'
  const named = key ? ctx.names?.[key] : undefined
  if (named && (typeof value === 'string' || typeof value === 'number')) {
    const name = named(String(value))
    if (name) return name
  }
  if (typeof value === 'boolean') return value ? (vi ? 'Có' : 'Yes') : vi ? 'Không' : 'No'
  if (typeof value === 'number') return Number.isFinite(value) ? numberText(key, value, ctx) : '—'
  if (typeof value === 'string') return dateText(key, value, ctx) ?? cut(value)
  if (Array.isArray(value)) {
    if (value.length === 0) return '—'
    return cut(value.map((item) => cellText(item, ctx, key, depth + 1)).join('; '))
  }
  if (typeof value === 'object') {
    if (isBilingual(value)) return ctx.pick(value)
    const record = value as Record<string, unknown>
    const nameField = NAME_FIELDS.find((field) => typeof record[field] === 'string' && record[field])
    if (nameField) {
      // A training record or a rule: its name and the one or two figures that qualify it.
      const extras = QUALIFIERS.filter((field) => record[field] !== undefined && record[field] !== null).map(
        (field) => cellText(record[field], ctx, field, depth + 1),
      )
      const name = cellText(record[nameField], ctx, nameField, depth + 1)
      return extras.length ? `${name} (${extras.join(', ')})` : name
    }
    if (record.id !== undefined && depth > 0) return `#${String(record.id)}`
    if (depth > 1) return '…'
    return cut(
      Object.entries(record)
        .filter(([field]) => !HIDDEN.has(field))
        .map(([field, item]) => `${field}: ${cellText(item, ctx, field, depth + 1)}`)
        .join(', '),
    )
  }
  return String(value)
}

/** Where a record opens in the admin, for the kinds of record that have a page there. */
export function recordPath(doc: Record<string, unknown>): string | null {
  if (doc.id === undefined || doc.id === null) return null
  const id = encodeURIComponent(String(doc.id))
  if (typeof doc.headline === 'string') return `/collections/stories/${id}`
  if (typeof doc.fullName === 'string' || typeof doc.email === 'string') return `/collections/users/${id}`
  return null
}
