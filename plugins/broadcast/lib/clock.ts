/** Wall-clock strings of the station (Vietnam has one time zone and no daylight saving). */

const DAY = 86_400
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/
const HH_MM_SS = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Seconds after midnight of "HH:MM:SS" (or "HH:MM" with `allowShort`); undefined if not a time of day. */
export function parseClock(value: unknown, { allowShort = false } = {}): number | undefined {
  if (typeof value !== 'string') return undefined
  const found = HH_MM_SS.exec(value) ?? (allowShort ? HH_MM.exec(value) : null)
  if (!found) return undefined
  return Number(found[1]) * 3600 + Number(found[2]) * 60 + Number(found[3] ?? 0)
}

export const isClockHHMM = (value: unknown): boolean => typeof value === 'string' && HH_MM.test(value)
export const isClockHHMMSS = (value: unknown): boolean => typeof value === 'string' && HH_MM_SS.test(value)

/** "HH:MM:SS" of seconds after midnight, wrapping past midnight (a show running into the next day). */
export function formatClock(totalSeconds: number): string {
  const wrapped = ((Math.round(totalSeconds) % DAY) + DAY) % DAY
  const h = Math.floor(wrapped / 3600)
  const m = Math.floor((wrapped % 3600) / 60)
  const s = wrapped % 60
  return [h, m, s].map((part) => String(part).padStart(2, '0')).join(':')
}

/** "hh:mm:ss" of a duration (MOS `roEdDur`), hours not wrapped; negative durations get a minus sign. */
export function formatDurationHMS(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '-' : ''
  const abs = Math.abs(Math.round(totalSeconds))
  const h = Math.floor(abs / 3600)
  const m = Math.floor((abs % 3600) / 60)
  const s = abs % 60
  return sign + [h, m, s].map((part) => String(part).padStart(2, '0')).join(':')
}

/** "m:ss" (or "h:mm:ss" from an hour) for item lengths; "-0:15" when under. */
export function formatLength(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '-' : ''
  const abs = Math.abs(Math.round(totalSeconds))
  if (abs >= 3600) return sign + formatDurationHMS(abs)
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`
}

/** A real calendar date "YYYY-MM-DD" (no 2026-02-30). */
export function isISODate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** "dd/mm/yyyy", as Vietnamese schedules write dates. */
export function vietnameseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-')
  return `${day}/${month}/${year}`
}

const WEEKDAY_CODES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const

/** The weekday code (`mon` … `sun`) of a calendar date. */
export function weekdayOf(isoDate: string): (typeof WEEKDAY_CODES)[number] {
  const [year, month, day] = isoDate.split('-').map(Number)
  return WEEKDAY_CODES[new Date(Date.UTC(year!, month! - 1, day!)).getUTCDay()]!
}
