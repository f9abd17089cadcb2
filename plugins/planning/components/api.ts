/** Shapes of the planning REST answers, as the calendar view reads them. */
export type { CalendarAnswer, CalendarAssignment, CalendarItem, Ref } from '../lib/calendar'
export { ApiError, messageOf, requestJson } from '../../../src/admin/requestJson'

export type Option = { id: number | string; name: string }

export const calendarURL = (
  api: string,
  query: { from: string; to: string; desk?: string; publication?: string },
) => {
  const params = new URLSearchParams({ from: query.from, to: query.to })
  if (query.desk) params.set('desk', query.desk)
  if (query.publication) params.set('publication', query.publication)
  return `${api}/plan-items/calendar?${params}`
}
