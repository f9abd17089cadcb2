/**
 * The revenue lines a provincial press agency reports (issue 7; the province's DT plans group them
 * the same way). `stateFunded` marks the money that comes from the state budget — orders and
 * assigned tasks — against everything earned on the market, the split the managers watch.
 */
import { searchKey } from '../../../src/lib/vietnamese'

export const REVENUE_LINES = [
  'advertisingPrint',
  'advertisingOnline',
  'advertisingAirtime',
  'sponsorship',
  'stateOrders',
  'subscriptionsAndSales',
  'contentSales',
  'jointProduction',
  'events',
  'services',
  'other',
] as const

export type RevenueLine = (typeof REVENUE_LINES)[number]

type LineInfo = {
  label: { vi: string; en: string }
  stateFunded: boolean
  /** Other names accountants write in the "nguồn thu" column (folded when compared). */
  aliases: readonly string[]
}

export const LINE_INFO: Readonly<Record<RevenueLine, LineInfo>> = {
  advertisingPrint: {
    label: { vi: 'Quảng cáo trên báo in', en: 'Print advertising' },
    stateFunded: false,
    aliases: ['quảng cáo báo in', 'quảng cáo in', 'QC báo in'],
  },
  advertisingOnline: {
    label: { vi: 'Quảng cáo trên báo điện tử, nền tảng số', en: 'Online advertising' },
    stateFunded: false,
    aliases: [
      'quảng cáo điện tử',
      'quảng cáo báo điện tử',
      'quảng cáo trực tuyến',
      'quảng cáo online',
      'quảng cáo số',
      'QC điện tử',
    ],
  },
  advertisingAirtime: {
    label: { vi: 'Quảng cáo trên phát thanh, truyền hình', en: 'Broadcast advertising' },
    stateFunded: false,
    aliases: [
      'quảng cáo phát thanh truyền hình',
      'quảng cáo phát thanh',
      'quảng cáo truyền hình',
      'quảng cáo phát sóng',
      'QC PT-TH',
      'airtime advertising',
    ],
  },
  sponsorship: {
    label: { vi: 'Tài trợ', en: 'Sponsorship' },
    stateFunded: false,
    aliases: ['tài trợ chương trình', 'tài trợ chuyên mục'],
  },
  stateOrders: {
    label: { vi: 'Đặt hàng, giao nhiệm vụ (ngân sách nhà nước)', en: 'State orders and assigned tasks' },
    stateFunded: true,
    aliases: [
      'đặt hàng, giao nhiệm vụ',
      'đặt hàng',
      'giao nhiệm vụ',
      'nhà nước đặt hàng',
      'đặt hàng nhà nước',
      'ngân sách nhà nước',
      'state orders',
    ],
  },
  subscriptionsAndSales: {
    label: { vi: 'Phát hành, bán báo', en: 'Subscriptions and print sales' },
    stateFunded: false,
    aliases: ['phát hành', 'bán báo', 'phát hành báo', 'phát hành báo in', 'subscriptions', 'print sales'],
  },
  contentSales: {
    label: { vi: 'Bán, cung cấp nội dung', en: 'Content sales' },
    stateFunded: false,
    aliases: ['bán nội dung', 'cung cấp nội dung', 'bản quyền nội dung', 'content licensing'],
  },
  jointProduction: {
    label: { vi: 'Liên kết sản xuất', en: 'Joint production' },
    stateFunded: false,
    aliases: ['liên kết', 'hợp tác sản xuất', 'liên kết sản xuất chương trình'],
  },
  events: {
    label: { vi: 'Tổ chức sự kiện', en: 'Events' },
    stateFunded: false,
    aliases: ['sự kiện'],
  },
  services: {
    label: { vi: 'Dịch vụ', en: 'Services' },
    stateFunded: false,
    aliases: ['dịch vụ khác', 'cung cấp dịch vụ'],
  },
  other: {
    label: { vi: 'Thu khác', en: 'Other' },
    stateFunded: false,
    aliases: ['khác', 'nguồn thu khác', 'other revenue'],
  },
}

/** Folded for comparison: no diacritics, no case, punctuation as spaces ("QC PT-TH" → "qc pt th"). */
export function lookupKey(text: string): string {
  return searchKey(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** "advertisingPrint" → "advertising print", so the key may be written either way. */
const spacedKey = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2')

const BY_NAME: ReadonlyMap<string, RevenueLine> = (() => {
  const map = new Map<string, RevenueLine>()
  for (const line of REVENUE_LINES) {
    const { label, aliases } = LINE_INFO[line]
    for (const name of [line, spacedKey(line), label.vi, label.en, ...aliases]) map.set(lookupKey(name), line)
  }
  return map
})()

/** A line from its key or any of its Vietnamese or English names, however it is accented or cased. */
export function lineOf(text: string): RevenueLine | undefined {
  const key = lookupKey(text)
  return key ? BY_NAME.get(key) : undefined
}

export const isRevenueLine = (value: unknown): value is RevenueLine =>
  typeof value === 'string' && (REVENUE_LINES as readonly string[]).includes(value)

export const isStateFunded = (line: string): boolean => isRevenueLine(line) && LINE_INFO[line].stateFunded

/** For error messages: the Vietnamese names a cell may hold. */
export const LINE_HINT = REVENUE_LINES.map((line) => `"${LINE_INFO[line].label.vi}"`).join(', ')

export const ENTRY_KINDS = ['plan', 'actual'] as const
export type EntryKind = (typeof ENTRY_KINDS)[number]

export const KIND_LABELS: Readonly<Record<EntryKind, { vi: string; en: string }>> = {
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  actual: { vi: 'Thực hiện', en: 'Actual' },
}

const KINDS: ReadonlyMap<string, EntryKind> = new Map([
  ['ke hoach', 'plan'],
  ['kh', 'plan'],
  ['du kien', 'plan'],
  ['chi tieu', 'plan'],
  ['plan', 'plan'],
  ['planned', 'plan'],
  ['budget', 'plan'],
  ['thuc hien', 'actual'],
  ['th', 'actual'],
  ['thuc te', 'actual'],
  ['thuc thu', 'actual'],
  ['da thu', 'actual'],
  ['actual', 'actual'],
  ['actuals', 'actual'],
])

export function kindOf(text: string): EntryKind | undefined {
  return KINDS.get(lookupKey(text))
}

export const isEntryKind = (value: unknown): value is EntryKind => value === 'plan' || value === 'actual'

export const ENTRY_SOURCES = ['manual', 'import'] as const
export type EntrySource = (typeof ENTRY_SOURCES)[number]
export const SOURCE_LABELS: Readonly<Record<EntrySource, { vi: string; en: string }>> = {
  manual: { vi: 'Nhập tay', en: 'Manual' },
  import: { vi: 'Nhập từ tệp', en: 'Imported' },
}
