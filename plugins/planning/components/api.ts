/** Shapes of the planning REST answers, as the calendar view reads them. */
export type { CalendarAnswer, CalendarAssignment, CalendarItem, Ref } from '../lib/calendar'

export type Option = { id: number | string; name: string }

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** JSON over the admin's cookie; a non-2xx answer's Vietnamese message becomes the thrown error. */
export async function requestJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { credentials: 'include', ...init })
  const body = await response.json().catch(() => null)
  if (!response.ok) throw new Error(body?.errors?.[0]?.message ?? body?.message ?? `HTTP ${response.status}`)
  return body as T
}

export const calendarURL = (
  api: string,
  query: { from: string; to: string; desk?: string; publication?: string },
) => {
  const params = new URLSearchParams({ from: query.from, to: query.to })
  if (query.desk) params.set('desk', query.desk)
  if (query.publication) params.set('publication', query.publication)
  return `${api}/plan-items/calendar?${params}`
}
