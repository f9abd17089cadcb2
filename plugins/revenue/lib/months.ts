/**
 * Months of the ledger (`YYYY-MM`, Vietnam calendar) and the range a month may take: nothing
 * before 2000, no actual revenue for a month that has not begun, no plan further ahead than the
 * end of next year. Pure; "now" is passed in.
 */
import { vietnamMonth } from '../../../src/lib/vietnamTime'
import { searchKey } from '../../../src/lib/vietnamese'
import type { EntryKind } from './lines'

export const FIRST_YEAR = 2000
export const LAST_YEAR = 2100

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

export const isMonth = (value: unknown): value is string =>
  typeof value === 'string' && MONTH.test(value) && Number(value.slice(0, 4)) >= 1000

const pad = (n: number) => String(n).padStart(2, '0')

function monthFrom(year: number, month: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return undefined
  if (year < 1000 || year > 9999) return undefined
  return `${year}-${pad(month)}`
}

function dayExists(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * A month as accountants write it: `2026-03`, `2026/3`, `03/2026`, `3-2026`, `T3/2026`,
 * `tháng 3/2026`, `tháng 3 năm 2026`, or a whole date (`01/03/2026`, `2026-03-01`) — what Excel
 * leaves in a CSV when the cell was a date.
 */
export function parseMonth(text: string): string | undefined {
  const folded = searchKey(text)
    .replace(/^(thang|t)\s*(?=\d)/, '')
    .replace(/\s*nam\s*/, '/')
    .replace(/\s+/g, '')
  let match = /^(\d{4})[-/.](\d{1,2})$/.exec(folded)
  if (match) return monthFrom(Number(match[1]), Number(match[2]))
  match = /^(\d{1,2})[-/.](\d{4})$/.exec(folded)
  if (match) return monthFrom(Number(match[2]), Number(match[1]))
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(folded)
  if (match) {
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
    return dayExists(year, month, day) ? monthFrom(year, month) : undefined
  }
  match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(folded)
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
    return dayExists(year, month, day) ? monthFrom(year, month) : undefined
  }
  return undefined
}

/**
 * The month of a date cell. Spreadsheet dates carry no time zone: the reader hands them over as
 * UTC midnight of the day shown, so the UTC fields are the ones the accountant typed.
 */
export function monthOfDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined
  return monthFrom(date.getUTCFullYear(), date.getUTCMonth() + 1)
}

/** "2026-03" → "03/2026", as months are written in Vietnamese documents. */
export const formatMonth = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`

export const yearOf = (month: string) => Number(month.slice(0, 4))

export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, index) => `${year}-${pad(index + 1)}`)
}

/** Why a month cannot hold an entry of this kind now, or undefined when it can. */
export function monthRangeProblem(month: string, kind: EntryKind, now: Date): string | undefined {
  const year = yearOf(month)
  if (year < FIRST_YEAR)
    return `tháng ${formatMonth(month)} trước năm ${FIRST_YEAR}, ngoài phạm vi sổ doanh thu`
  const current = vietnamMonth(now)
  if (kind === 'actual' && month > current)
    return `tháng ${formatMonth(month)} chưa đến (nay là ${formatMonth(current)}), chưa thể có số thực hiện`
  const lastPlanYear = Math.min(yearOf(current) + 1, LAST_YEAR)
  if (kind === 'plan' && year > lastPlanYear)
    return `kế hoạch tháng ${formatMonth(month)} quá xa: chỉ nhận kế hoạch đến hết năm ${lastPlanYear}`
  return undefined
}

export function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR
}
