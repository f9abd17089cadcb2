/** Shapes the revenue admin reads, and number formats for it. */
import type { RevenueYear } from '../types'
export { ApiError, messageOf, requestJson, type ApiProblem } from '../../../src/admin/requestJson'

export type { RevenueYear }
export type Id = number | string
export type Publication = { id: Id; name: string; code: string }
export type Period = { id: Id; month: string; closedAt?: string; note?: string | null }

/** Millions of đồng, as management reads ledgers ("1.234,5 tr"). */
export function millions(amount: number, locale: string): string {
  if (amount === 0) return '—'
  return (amount / 1_000_000).toLocaleString(locale, { maximumFractionDigits: 1 })
}

export function percent(value: number | null, locale: string): string {
  if (value === null) return '—'
  return `${value > 0 ? '+' : ''}${value.toLocaleString(locale, { maximumFractionDigits: 1 })} %`
}

export const share = (part: number, whole: number) =>
  whole > 0 ? Math.round((part / whole) * 1000) / 10 : null
