/**
 * Dates and clock times of the broadcast day. Everything is local time (Asia/Ho_Chi_Minh, UTC+7,
 * no daylight saving), kept as plain "YYYY-MM-DD" and seconds since the day's midnight, so no
 * time-zone conversion ever happens on the server.
 */

export const DAY_SECONDS = 86_400

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const VN_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/

function isoOf(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return undefined
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return date.toISOString().slice(0, 10)
}

/** A real calendar date written "YYYY-MM-DD", or undefined. */
export function parseIsoDate(text: string): string | undefined {
  const match = ISO_DATE.exec(text.trim())
  return match ? isoOf(Number(match[1]), Number(match[2]), Number(match[3])) : undefined
}

/** "dd/mm/yyyy" (as Vietnamese spreadsheets write it, also with . or -) or "yyyy-mm-dd". */
export function parseScheduleDate(text: string): string | undefined {
  const trimmed = text.trim()
  const vn = VN_DATE.exec(trimmed)
  if (vn) return isoOf(Number(vn[3]), Number(vn[2]), Number(vn[1]))
  return parseIsoDate(trimmed)
}

/** "YYYY-MM-DD" plus `days` (negative goes back). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (0 for the same day). */
export function daysBetween(from: string, to: string): number {
  const ms = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number]
    return Date.UTC(y, m - 1, d)
  }
  return Math.round((ms(to) - ms(from)) / (DAY_SECONDS * 1000))
}

const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/

/**
 * "HH:MM" or "HH:MM:SS" → seconds since midnight. Hours 0–23; with `allowMidnightEnd`, "24:00"
 * and "24:00:00" too (an end time at the close of the day).
 */
export function parseClock(text: string, { allowMidnightEnd = false } = {}): number | undefined {
  const match = CLOCK.exec(text.trim())
  if (!match) return undefined
  const [hours, minutes, seconds] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)]
  if (minutes > 59 || seconds > 59) return undefined
  if (hours === 24 && allowMidnightEnd && minutes === 0 && seconds === 0) return DAY_SECONDS
  if (hours > 23) return undefined
  return hours * 3600 + minutes * 60 + seconds
}

const pad = (value: number) => String(value).padStart(2, '0')

/** Seconds since midnight → "HH:MM:SS" on a 24-hour clock (a time past midnight wraps round). */
export function formatClock(seconds: number): string {
  const s = ((Math.floor(seconds) % DAY_SECONDS) + DAY_SECONDS) % DAY_SECONDS
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`
}

/** A length for people: "1 giờ 05 phút", "45 phút 30 giây". */
export function formatDuration(seconds: number): string {
  const s = Math.abs(Math.round(seconds))
  const [h, m, rest] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60]
  const parts = [h ? `${h} giờ` : '', m ? `${h ? pad(m) : m} phút` : '', rest ? `${rest} giây` : '']
  return `${seconds < 0 ? '-' : ''}${parts.filter(Boolean).join(' ') || '0 giây'}`
}

export type DurationParse = { seconds: number } | { error: string }

/**
 * A duration as a schedule writes it: whole seconds ("1800"), "H:MM:SS" or "MM:SS" (minutes may
 * pass 59: "90:00"). Negative and zero lengths are errors, as is anything over a whole day.
 */
export function parseDuration(text: string): DurationParse {
  const trimmed = text.trim()
  const negative = trimmed.startsWith('-')
  const body = negative ? trimmed.slice(1).trim() : trimmed
  let seconds: number | undefined
  if (/^\d{1,6}$/.test(body)) seconds = Number(body)
  else {
    const hms = /^(\d{1,2}):(\d{2}):(\d{2})$/.exec(body)
    const ms = /^(\d{1,4}):(\d{2})$/.exec(body)
    if (hms && Number(hms[2]) < 60 && Number(hms[3]) < 60)
      seconds = Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3])
    else if (ms && Number(ms[2]) < 60) seconds = Number(ms[1]) * 60 + Number(ms[2])
  }
  if (seconds === undefined)
    return { error: `thời lượng "${trimmed}" không hợp lệ (ghi số giây, HH:MM:SS hoặc MM:SS)` }
  if (negative && seconds > 0) return { error: `thời lượng "${trimmed}" là số âm` }
  if (seconds === 0) return { error: 'thời lượng bằng 0' }
  if (seconds > DAY_SECONDS) return { error: `thời lượng "${trimmed}" dài hơn một ngày (24 giờ)` }
  return { seconds }
}
