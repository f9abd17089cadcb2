/**
 * A bulletin's play schedule as editors fill it in, checked and put in the one shape the provincial
 * system receives: explicit days, zero-padded sorted times, and whether it plays at once.
 */
import type { BulletinPriority, BulletinSpec, ContentProblem } from '../../types'

export const SCHEDULE_TIMEZONE = 'Asia/Ho_Chi_Minh'
export const MAX_REPEATS = 10
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7]

export type NormalisedSchedule = {
  timezone: typeof SCHEDULE_TIMEZONE
  startDate: string
  /** null = no end (the system keeps playing it until it is withdrawn). */
  endDate: string | null
  /** 1 (Monday) … 7 (Sunday), sorted, never empty. */
  daysOfWeek: number[]
  /** HH:MM, sorted, without duplicates; may be empty only for emergency bulletins. */
  times: string[]
  repeats: number
  /** Emergency bulletins play as soon as they arrive, then at `times` if any. */
  playImmediately: boolean
}

export type ScheduleCheck = { problems: ContentProblem[]; schedule?: NormalisedSchedule }

/** A real calendar date in YYYY-MM-DD (rejects 2025-02-30, which Date would roll over). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const [year, month, day] = value.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** "7:05" or "07:05" → "07:05"; undefined when it is not a time of day. */
export function normaliseTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim())
  if (!match) return undefined
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (hours > 23 || minutes > 59) return undefined
  return `${String(hours).padStart(2, '0')}:${match[2]}`
}

/** 1 (Monday) … 7 (Sunday) of an ISO date. */
export function isoWeekday(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

export function checkSchedule(
  schedule: BulletinSpec['schedule'] | undefined,
  priority: BulletinPriority,
  today: string,
): ScheduleCheck {
  const field = (name: string) => `grassroots.schedule.${name}`
  const problems: ContentProblem[] = []
  if (!schedule) {
    return { problems: [{ field: 'grassroots.schedule', message: 'Chưa có lịch phát (schedule missing).' }] }
  }

  const { startDate } = schedule
  const endDate = schedule.endDate ? schedule.endDate : null
  if (!isIsoDate(startDate)) {
    problems.push({
      field: field('startDate'),
      message: `Ngày bắt đầu "${startDate ?? ''}" không phải ngày hợp lệ dạng YYYY-MM-DD (bad start date).`,
    })
  }
  if (endDate !== null && !isIsoDate(endDate)) {
    problems.push({
      field: field('endDate'),
      message: `Ngày kết thúc "${endDate}" không phải ngày hợp lệ dạng YYYY-MM-DD (bad end date).`,
    })
  } else if (endDate !== null && isIsoDate(startDate) && endDate < startDate) {
    problems.push({
      field: field('endDate'),
      message: `Ngày kết thúc ${endDate} trước ngày bắt đầu ${startDate} (end date before start date).`,
    })
  } else if (endDate !== null && endDate < today) {
    problems.push({
      field: field('endDate'),
      message: `Lịch phát đã kết thúc ngày ${endDate}, bản tin sẽ không được phát (schedule already ended).`,
    })
  }

  const rawDays = Array.isArray(schedule.daysOfWeek) ? schedule.daysOfWeek : []
  const badDays = rawDays.filter((day) => !Number.isInteger(day) || day < 1 || day > 7)
  if (badDays.length > 0) {
    problems.push({
      field: field('daysOfWeek'),
      message: `Thứ trong tuần phải là số 1 (thứ Hai) … 7 (Chủ nhật), có: ${badDays.join(', ')} (bad day of week).`,
    })
  }
  const days = rawDays.length === 0 ? EVERY_DAY : [...new Set(rawDays)].sort((a, b) => a - b)

  const rawTimes = Array.isArray(schedule.times) ? schedule.times : []
  const times: string[] = []
  for (const raw of rawTimes) {
    const time = normaliseTime(raw)
    if (time) times.push(time)
    else
      problems.push({ field: field('times'), message: `Giờ phát "${raw}" không đúng dạng HH:MM (bad time).` })
  }
  const uniqueTimes = [...new Set(times)].sort()
  if (rawTimes.length === 0 && priority !== 'emergency') {
    problems.push({
      field: field('times'),
      message: 'Cần ít nhất một giờ phát; chỉ bản tin khẩn cấp mới phát ngay khi nhận (no play times).',
    })
  }

  const { repeats } = schedule
  if (!Number.isInteger(repeats) || repeats < 1 || repeats > MAX_REPEATS) {
    problems.push({
      field: field('repeats'),
      message: `Số lần phát lại mỗi giờ phải là số nguyên 1–${MAX_REPEATS}, đang là ${repeats} (bad repeats).`,
    })
  }

  if (priority === 'emergency' && isIsoDate(startDate) && startDate > today) {
    // An emergency that waits for a later day is a planned announcement: the "ưu tiên" level exists for that.
    problems.push({
      field: field('startDate'),
      message:
        `Bản tin khẩn cấp phát ngay nên không thể bắt đầu từ ngày ${startDate} (sau hôm nay ${today}); ` +
        'hãy dùng mức "ưu tiên" cho thông báo có lịch (emergency cannot start in the future).',
    })
  }

  if (problems.length === 0 && endDate !== null && daysBetween(startDate, endDate) < 6) {
    const span = daysBetween(startDate, endDate)
    const playsSomeDay = Array.from({ length: span + 1 }, (_, i) => isoWeekday(addDays(startDate, i))).some(
      (weekday) => days.includes(weekday),
    )
    if (!playsSomeDay) {
      problems.push({
        field: field('daysOfWeek'),
        message: `Từ ${startDate} đến ${endDate} không có ngày nào trùng thứ đã chọn, bản tin sẽ không được phát (no day to play).`,
      })
    }
  }

  if (problems.length > 0) return { problems }
  return {
    problems,
    schedule: {
      timezone: SCHEDULE_TIMEZONE,
      startDate,
      endDate,
      daysOfWeek: days,
      times: uniqueTimes,
      repeats,
      playImmediately: priority === 'emergency',
    },
  }
}
