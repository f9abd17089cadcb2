/**
 * Dates as feeds want them, written in the publication's own zone with that zone's real offset at
 * that instant (readers in Vietnam see 14:30 +0700, not 07:30 +0000; both mean the same time).
 */

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh'

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

type LocalTime = {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  weekday: number
  offsetMinutes: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

function localTime(date: Date, timeZone: string): LocalTime {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  const wallClockAsUtc = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  )
  const wholeSeconds = Math.floor(date.getTime() / 1000) * 1000
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
    weekday: new Date(wallClockAsUtc).getUTCDay(),
    offsetMinutes: Math.round((wallClockAsUtc - wholeSeconds) / 60_000),
  }
}

/** An ISO string (or Date) as a Date, or undefined when missing or unparseable. */
export function parseDate(value: string | Date | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0')

function offset(minutes: number, separator: string): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}${separator}${pad(minutes % 60)}`
}

/** RFC 822 (with a four-digit year, as RFC 1123 and every RSS reader expect): `Tue, 05 Nov 2024 14:30:00 +0700`. */
export function rfc822Date(
  value: string | Date | undefined,
  timeZone = DEFAULT_TIME_ZONE,
): string | undefined {
  const date = parseDate(value)
  if (!date) return undefined
  const t = localTime(date, timeZone)
  return `${DAYS[t.weekday]}, ${pad(t.day)} ${MONTHS[t.month - 1]} ${t.year} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)} ${offset(t.offsetMinutes, '')}`
}

/** W3C datetime / RFC 3339 with the zone's offset: `2024-11-05T14:30:00+07:00` (Atom, sitemaps, JSON Feed). */
export function w3cDate(value: string | Date | undefined, timeZone = DEFAULT_TIME_ZONE): string | undefined {
  const date = parseDate(value)
  if (!date) return undefined
  const t = localTime(date, timeZone)
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${offset(t.offsetMinutes, ':')}`
}
