/**
 * An edition is dated by its day in Vietnam. Whatever time a client sends (the admin's day picker
 * sends noon, API clients midnight UTC or a local time), the day is read in Asia/Ho_Chi_Minh and
 * stored as that day at 00:00 UTC, so "the 22/11 edition" is one value to query.
 */
const TIME_ZONE = 'Asia/Ho_Chi_Minh'

const dayParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** `2026-11-22` for a date string or Date; undefined when it is not a date. */
export function editionDay(value: unknown): string | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const text = typeof value === 'string' ? value.trim() : ''
  // A bare day is that day, not midnight UTC shifted to Vietnam.
  // (and 2026-02-30 is no day: JavaScript would roll it over to 2 March).
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const time = Date.parse(`${text}T00:00:00.000Z`)
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text) ? text : undefined
  }
  const time = value instanceof Date ? value.getTime() : Date.parse(text)
  if (Number.isNaN(time)) return undefined
  return dayParts.format(new Date(time))
}

export const storedEditionDate = (day: string) => `${day}T00:00:00.000Z`

/** `22/11/2026` */
export function displayDay(value: unknown): string {
  const day = editionDay(value)
  if (!day) return ''
  const [year, month, date] = day.split('-')
  return `${date}/${month}/${year}`
}

/** `Số 123 — 22/11/2026` */
export const editionTitle = (number: unknown, date: unknown) =>
  `Số ${String(number ?? '?')}${displayDay(date) ? ` — ${displayDay(date)}` : ''}`
