/**
 * Numbers as the charts and cards print them: Vietnamese grouping ("1.234.567", "32,5 %") in
 * vi-VN, English in en-GB. Our own compact words rather than Intl's "compact" notation, whose
 * abbreviations ("1,2 T") differ between ICU versions and would read oddly on an axis.
 */

export type Unit = 'percent' | 'days' | 'count' | 'vnd'

const SCALES_VI: Array<[number, string]> = [
  [1e9, 'tỷ'],
  [1e6, 'triệu'],
  [1e3, 'nghìn'],
]
const SCALES_EN: Array<[number, string]> = [
  [1e9, 'bn'],
  [1e6, 'm'],
  [1e3, 'k'],
]

export function formatNumber(value: number, locale: string, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value)
}

/** "1,2 tỷ", "350 triệu", "12 nghìn"; below a thousand the number itself. */
export function compactNumber(value: number, locale: string): string {
  const scales = locale.startsWith('vi') ? SCALES_VI : SCALES_EN
  const size = Math.abs(value)
  for (const [divisor, word] of scales) {
    if (size >= divisor) {
      const scaled = value / divisor
      return `${formatNumber(scaled, locale, Math.abs(scaled) < 10 ? 1 : 0)} ${word}`
    }
  }
  return formatNumber(value, locale, size < 10 ? 1 : 0)
}

/** "32,5 %" (the value is already a percentage, 0–100). */
export function formatPercent(value: number, locale: string, digits = 1): string {
  return `${formatNumber(value, locale, digits)} %`
}

/** A value in its unit, for a card or a tooltip; "—" when there is nothing to show. */
export function formatValue(value: number | null | undefined, unit: Unit, locale: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—'
  const vi = locale.startsWith('vi')
  switch (unit) {
    case 'percent':
      return formatPercent(value, locale)
    case 'days':
      return `${formatNumber(value, locale)} ${vi ? 'ngày' : value === 1 ? 'day' : 'days'}`
    case 'vnd':
      return `${formatNumber(value, locale)} đ`
    default:
      return formatNumber(value, locale, 1)
  }
}

/** An axis tick: percentages keep their sign, money and counts are compacted. */
export function formatTick(value: number, unit: Unit, locale: string): string {
  if (unit === 'percent') return formatPercent(value, locale, value % 1 === 0 ? 0 : 1)
  return compactNumber(value, locale)
}

/** "T1" … "T12" in Vietnamese (tháng), "Jan" … "Dec" in English, from `YYYY-MM`. */
export function monthLabel(month: string, locale: string): string {
  const number = Number(month.slice(5, 7))
  if (!(number >= 1 && number <= 12)) return month
  if (locale.startsWith('vi')) return `T${number}`
  return new Date(Date.UTC(2000, number - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })
}

/** The change from the year before in percentage points or per cent, signed: "+3,2", "−1,5". */
export function signedChange(current: number | null, previous: number | null, locale: string): string | null {
  if (typeof current !== 'number' || typeof previous !== 'number') return null
  const change = current - previous
  const text = formatNumber(Math.abs(change), locale, 1)
  return change > 0 ? `+${text}` : change < 0 ? `−${text}` : '±0'
}

/** A target as a chart can print it beside its line: "≥ 30 %", "≤ 30 %", "10–20 %". */
export function targetText(target: { min?: number; max?: number }, unit: Unit, locale: string): string {
  const value = (n: number) => formatValue(n, unit, locale)
  const { min, max } = target
  if (typeof min === 'number' && typeof max === 'number') {
    if (unit === 'percent') return `${formatNumber(min, locale, 1)}–${formatPercent(max, locale)}`
    return `${value(min)}–${value(max)}`
  }
  if (typeof min === 'number') return `≥ ${value(min)}`
  if (typeof max === 'number') return `≤ ${value(max)}`
  return ''
}
