/** Percentages and Vietnamese number formatting for the KPIs (pure). */

/** numerator / denominator in percent, exact (null without a denominator). */
export function percentOf(numerator: number, denominator: number): number | null {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator <= 0) return null
  // Multiplying first keeps whole-number shares exact (29 × 100 / 100 is 29, 29 / 100 × 100 is not).
  return (numerator * 100) / denominator
}

/**
 * value × 10^exponent through the number's decimal text. A number may print in exponent form
 * (1e-7, 1e+21): its own exponent is added to, so the text stays one valid numeral.
 */
function shiftDecimal(value: number, exponent: number): number {
  const [mantissa, power = '0'] = String(value).split('e')
  return Number(`${mantissa}e${Number(power) + exponent}`)
}

/**
 * Half away from zero to `digits` decimals; -0 becomes 0. Shifting through the decimal exponent
 * keeps 1.005 at 1.01 where multiplying by 100 would give 100.49999….
 */
export function roundTo(value: number, digits = 1): number {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return value
  const shifted = Math.round(shiftDecimal(Math.abs(value), digits))
  const rounded = Math.sign(value) * shiftDecimal(shifted, -digits)
  return rounded === 0 ? 0 : rounded
}

/** A KPI's displayed value: one decimal for shares, whole numbers for counts. */
export function displayValue(value: number | null, unit: 'percent' | 'days' | 'count'): number | null {
  if (value === null || !Number.isFinite(value)) return null
  return unit === 'percent' ? roundTo(value, 1) : Math.round(value)
}

const formats = new Map<number, Intl.NumberFormat>()

/** 1.234,5 — Vietnamese grouping and decimal comma, up to `digits` decimals. */
export function formatNumberVi(value: number, digits = 1): string {
  let format = formats.get(digits)
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits })
    formats.set(digits, format)
  }
  return format.format(value)
}

/** "34,2 %" or "—" when there is no figure. */
export function formatPercentVi(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${formatNumberVi(value, 1)} %`
}

/** A KPI value with its unit, for sentences and the report. */
export function formatKpiValue(value: number | null | undefined, unit: 'percent' | 'days' | 'count'): string {
  if (value === null || value === undefined) return '—'
  if (unit === 'percent') return formatPercentVi(value)
  return unit === 'days' ? `${formatNumberVi(value, 0)} ngày` : formatNumberVi(value, 0)
}

/** The change from last year: percentage points for shares, a difference for counts. */
export function changeOf(value: number | null, previous: number | null): number | null {
  if (value === null || previous === null) return null
  return roundTo(value - previous, 1)
}

export function formatChangeVi(change: number | null, unit: 'percent' | 'days' | 'count'): string {
  if (change === null) return '—'
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±'
  const magnitude = formatNumberVi(Math.abs(change), unit === 'percent' ? 1 : 0)
  return unit === 'percent' ? `${sign}${magnitude} điểm %` : `${sign}${magnitude}`
}
