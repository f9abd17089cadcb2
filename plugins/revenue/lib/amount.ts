/**
 * Amounts in whole đồng. Vietnamese writes thousands with dots or spaces (1.234.567, 1 234 567)
 * and decimals with a comma; a đồng has no fractions in accounts, so anything after a decimal
 * mark is refused rather than rounded away. Pure.
 */

/** A thousand trillion đồng: far above any agency's year, far below where doubles lose whole đồng. */
export const MAX_AMOUNT = 1_000_000_000_000_000

export type AmountResult = { ok: true; value: number } | { ok: false; message: string }

const CURRENCY = /\s*(vnđ|vnd|đồng|dong|đ|₫)\.?$/i
const SPACES = /[\s\u00a0\u202f]/g

function inRange(value: number, shown: string): AmountResult {
  if (value > MAX_AMOUNT) return { ok: false, message: `số tiền "${shown}" quá lớn (tối đa 10^15 đồng)` }
  return { ok: true, value }
}

/** A spreadsheet number cell. */
export function checkAmountNumber(value: number): AmountResult {
  const shown = String(value)
  if (!Number.isFinite(value)) return { ok: false, message: `số tiền "${shown}" không phải là số` }
  if (value < 0) return { ok: false, message: `số tiền "${shown}" là số âm` }
  if (!Number.isInteger(value))
    return { ok: false, message: `số tiền "${shown}" có phần lẻ của đồng; hãy ghi số đồng nguyên` }
  return inRange(value, shown)
}

/** A text cell: digits with one kind of thousands separator, optionally followed by "đ"/"VND". */
export function parseAmount(text: string): AmountResult {
  const shown = text.trim()
  if (shown === '') return { ok: false, message: 'số tiền trống' }
  const bare = shown.replace(CURRENCY, '').trim()
  if (/^-|^\(.*\)$|^−/.test(bare)) return { ok: false, message: `số tiền "${shown}" là số âm` }
  const compact = bare.replace(/^\+/, '')
  if (/^\d+$/.test(compact)) return inRange(Number(compact), shown)
  // One separator between groups of exactly three digits: 1.234.567, 1 234 567, 1,234,567.
  const spaced = compact.replace(SPACES, ' ')
  for (const separator of ['.', ' ', ',']) {
    const grouped = new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`)
    if (grouped.test(spaced)) return inRange(Number(spaced.split(separator).join('')), shown)
  }
  if (/^\d[\d. \u00a0\u202f]*[,.]\d{1,2}$/.test(compact) || /^\d+[.,]\d+$/.test(compact))
    return { ok: false, message: `số tiền "${shown}" có phần lẻ của đồng; hãy ghi số đồng nguyên` }
  return {
    ok: false,
    message: `số tiền "${shown}" không phải là số (ghi số đồng nguyên, ví dụ 1.234.567 hoặc 1234567)`,
  }
}
