/**
 * Calendar days as `YYYY-MM-DD` strings. A plan's date is a day in the newsroom's zone, stored
 * at 12:00 UTC as Payload's own day-only picker does, so it reads as the same day anywhere from
 * UTC−11 to UTC+11 and a range query by day is a plain UTC range.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

/** The day if `value` is a real `YYYY-MM-DD` date (no 30 February), else undefined. */
export function parseDay(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const match = DAY.exec(value)
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined
  return value
}

/** The calendar day an instant falls on in `timeZone`. */
export function dayInZone(instant: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(instant)
    .slice(0, 10)
}

/**
 * The plan day a client meant: `2026-03-10` as written, a timestamp by its day in the newsroom's
 * zone (the admin sends 12:00 UTC, an API client may send local midnight). Undefined if neither.
 */
export function planDayOf(value: unknown, timeZone: string): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : dayInZone(value, timeZone)
  if (typeof value !== 'string') return undefined
  if (DAY.test(value)) return parseDay(value)
  // A timestamp needs at least a time after the day; Date.parse alone takes "2026" or "March 5".
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? undefined : dayInZone(new Date(ms), timeZone)
}

/** How a plan day is stored. */
export const storedPlanDate = (day: string) => `${day}T12:00:00.000Z`

/** The stored plan date read back as its day. */
export const dayOfStored = (stored: string) => new Date(stored).toISOString().slice(0, 10)

const toUTC = (day: string) => Date.parse(`${day}T00:00:00.000Z`)
const fromUTC = (ms: number) => new Date(ms).toISOString().slice(0, 10)

export const addDays = (day: string, days: number) => fromUTC(toUTC(day) + days * MS_PER_DAY)

/** Days from `from` to `to`, both included (0 or less if `to` is before `from`). */
export const dayCount = (from: string, to: string) => Math.round((toUTC(to) - toUTC(from)) / MS_PER_DAY) + 1

export function daysFrom(from: string, to: string): string[] {
  const days: string[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day)
  return days
}

/** The Monday of the week a day falls in (the Vietnamese week starts on Monday). */
export function mondayOf(day: string): string {
  const weekday = new Date(toUTC(day)).getUTCDay() // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7))
}
