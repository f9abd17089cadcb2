/**
 * Days and months as the newsroom counts them: in Vietnam (UTC+7 all year, no daylight saving), so
 * a story published at 23:30 UTC belongs to the next day's figures.
 */
const VIETNAM_OFFSET_MS = 7 * 3600_000

/** `YYYY-MM-DD` of the Vietnam day an instant falls in. */
export function vietnamDay(instant: Date | string | number): string {
  return new Date(new Date(instant).getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
}

/** `YYYY-MM` of the Vietnam month an instant falls in. */
export function vietnamMonth(instant: Date | string | number): string {
  return vietnamDay(instant).slice(0, 7)
}

/** The instant a Vietnam day (`YYYY-MM-DD`) starts. */
export function vietnamDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - VIETNAM_OFFSET_MS)
}

/** [start, end) of a Vietnam calendar year, as instants. */
export function vietnamYearRange(year: number): { from: Date; to: Date } {
  return { from: vietnamDayStart(`${year}-01-01`), to: vietnamDayStart(`${year + 1}-01-01`) }
}
