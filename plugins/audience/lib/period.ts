/**
 * The period and filters of an audience report, from a query string; and the split of a period
 * into whole months (read from the per-story-month table) and the odd days at its ends (read
 * from the day rows). Pure.
 */
import { isLookupId } from '../../../src/lib/lookupId'
import { addDays, daysBetween, parseIsoDate } from '../../airtime/lib/time'
import type { AudienceFilter } from '../types'
import { platformKeyList, platformOf } from './platforms'

export const MAX_PERIOD_DAYS = 366

export type QueryRefusal = { status: 400; message: string }

type Params = { get: (name: string) => string | null }

export function parseAudienceFilter(params: Params): AudienceFilter | QueryRefusal {
  const bad = (message: string): QueryRefusal => ({ status: 400, message })
  const fromText = (params.get('from') ?? '').trim()
  const toText = (params.get('to') ?? '').trim()
  if (!fromText || !toText)
    return bad('Cần "from" và "to" (YYYY-MM-DD), ví dụ ?from=2026-01-01&to=2026-12-31.')
  const from = parseIsoDate(fromText)
  if (!from) return bad(`"from" = "${fromText}" không phải ngày hợp lệ (YYYY-MM-DD).`)
  const to = parseIsoDate(toText)
  if (!to) return bad(`"to" = "${toText}" không phải ngày hợp lệ (YYYY-MM-DD).`)
  if (from > to) return bad(`"from" (${from}) sau "to" (${to}).`)
  if (from < '2000-01-01') return bad(`"from" (${from}) trước năm 2000.`)
  const days = daysBetween(from, to) + 1
  if (days > MAX_PERIOD_DAYS)
    return bad(`Khoảng thời gian ${days} ngày, vượt tối đa ${MAX_PERIOD_DAYS} ngày.`)

  const filter: AudienceFilter = { from, to }
  for (const name of ['publication', 'desk'] as const) {
    const value = params.get(name)
    if (value === null || value.trim() === '') continue
    if (!isLookupId(value.trim()))
      return bad(`"${name}" phải là mã (số) của một bản ghi, nhận được "${value}".`)
    filter[name] = Number(value.trim())
  }
  const platform = params.get('platform')
  if (platform !== null && platform.trim() !== '') {
    if (!platformOf(platform.trim()))
      return bad(`"platform" = "${platform}" không có trong danh mục (${platformKeyList()}).`)
    filter.platform = platform.trim()
  }
  return filter
}

const monthEnd = (month: string) => addDays(`${addDays(`${month}-28`, 4).slice(0, 7)}-01`, -1)

/** Every `YYYY-MM` the period touches, in order. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = []
  for (let month = from.slice(0, 7); month <= to.slice(0, 7); month = addDays(`${month}-28`, 4).slice(0, 7))
    months.push(month)
  return months
}

/** Whole months inside the period, and the ranges of days outside them. */
export function splitPeriod(
  from: string,
  to: string,
): { months: string[]; dayRanges: Array<[string, string]> } {
  const months: string[] = []
  const dayRanges: Array<[string, string]> = []
  for (const month of monthsOf(from, to)) {
    const start = `${month}-01`
    const end = monthEnd(month)
    if (from <= start && end <= to) months.push(month)
    else dayRanges.push([from > start ? from : start, to < end ? to : end])
  }
  return { months, dayRanges }
}
