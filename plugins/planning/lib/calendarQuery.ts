import { MAX_CALENDAR_DAYS } from '../types'
import { dayCount, parseDay } from './days'

export type CalendarQuery = { from: string; to: string; desk?: string; publication?: string }

const KNOWN = new Set(['from', 'to', 'desk', 'publication'])
const ID = /^\d{1,12}$/

/** Reads `from`, `to` (YYYY-MM-DD, at most MAX_CALENDAR_DAYS days) and optional desk/publication ids. */
export function parseCalendarQuery(params: URLSearchParams): CalendarQuery | { error: string } {
  for (const name of params.keys()) {
    if (!KNOWN.has(name))
      return { error: `Tham số "${name}" không được hỗ trợ; chỉ dùng from, to, desk, publication.` }
    if (params.getAll(name).length > 1) return { error: `Tham số "${name}" chỉ được gửi một lần.` }
  }
  const rawFrom = params.get('from')
  const rawTo = params.get('to')
  if (!rawFrom || !rawTo)
    return { error: 'Cần "from" và "to" dạng YYYY-MM-DD, ví dụ from=2026-03-09&to=2026-03-15.' }
  const from = parseDay(rawFrom)
  if (!from) return { error: `"from" phải là một ngày có thật dạng YYYY-MM-DD (nhận được "${rawFrom}").` }
  const to = parseDay(rawTo)
  if (!to) return { error: `"to" phải là một ngày có thật dạng YYYY-MM-DD (nhận được "${rawTo}").` }
  const days = dayCount(from, to)
  if (days < 1) return { error: '"to" không được trước "from".' }
  if (days > MAX_CALENDAR_DAYS)
    return { error: `Khoảng ngày tối đa ${MAX_CALENDAR_DAYS} ngày (yêu cầu ${days} ngày).` }
  const query: CalendarQuery = { from, to }
  for (const name of ['desk', 'publication'] as const) {
    const value = params.get(name)
    if (value === null || value === '') continue
    if (!ID.test(value)) return { error: `"${name}" phải là mã số (nhận được "${value}").` }
    query[name] = value
  }
  return query
}
