/**
 * A year of one TV channel's as-run log (planning/asrunCsv.ts: ~99 items a day covering 24 h),
 * sent month by month through POST /api/schedule-items/import as the station sends it; and one
 * schedule change: a passing day's log re-sent corrected with a programme missing (replace=true),
 * which must turn that day's verdict to failing.
 */
import { note } from '../lib/report'
import { addDays, asRunCsv, asRunDay, asRunDays } from '../planning/asrunCsv'
import { call, expectStatus, type Answer, type Figures } from './newsroom'
import { YEAR } from './stories'

const SEED = 2025

function form(figures: Figures, bytes: Buffer, fileName: string, replace = false): FormData {
  const data = new FormData()
  data.set('channel', String(figures.ids.tv))
  data.set('log', 'asrun')
  if (replace) data.set('replace', 'true')
  data.set('file', new Blob([new Uint8Array(bytes)], { type: 'text/csv' }), fileName)
  return data
}

/** Setup, not a figure: the year's log, a month a request. Returns the days loaded. */
export async function loadAsRunYear(figures: Figures): Promise<number> {
  let days = 0
  let rows = 0
  let ms = 0
  for (let month = 1; month <= 12; month++) {
    const first = `${YEAR}-${String(month).padStart(2, '0')}-01`
    const count = new Date(Date.UTC(YEAR, month, 0)).getUTCDate()
    const items = asRunDays(first, count, SEED + month * 100)
    const answer = expectStatus(
      await call(
        figures,
        'POST',
        '/api/schedule-items/import',
        form(figures, asRunCsv(items), `hytv-asrun-${first.slice(0, 7)}.csv`),
      ),
      201,
      `as-run import ${first.slice(0, 7)}`,
    )
    days += count
    rows += items.length
    ms += answer.ms
  }
  note(
    `setup: as-run log of ${days} days (${rows.toLocaleString('en')} items) imported in ${(ms / 1000).toFixed(1)} s (not a figure)`,
  )
  return days
}

type DaysAnswer = { days?: Array<{ date: string; ok: boolean }> }

/** A day of the channel that passes every rule (from the airtime endpoint), or undefined. */
export async function passingDay(figures: Figures): Promise<string | undefined> {
  for (const from of [`${YEAR}-06-01`, `${YEAR}-09-01`, `${YEAR}-03-01`]) {
    const to = addDays(from, 60)
    const answer = expectStatus(
      await call(
        figures,
        'GET',
        `/api/airtime/compliance/days?channel=${figures.ids.tv}&from=${from}&to=${to}`,
      ),
      200,
      'compliance days',
    )
    const day = answer.json<DaysAnswer>().days?.find((d) => d.ok)
    if (day) return day.date
  }
  return undefined
}

/** The day's log again without its longest daytime programme: a gap, so the coverage rule fails. */
export async function breakDay(figures: Figures, day: string): Promise<Answer> {
  const month = Number(day.slice(5, 7))
  const first = `${YEAR}-${day.slice(5, 7)}-01`
  const index = Math.round((Date.parse(day) - Date.parse(first)) / 86_400_000)
  // The same seed the month's file used for this day (asRunDays: seed + day index).
  const items = asRunDay(day, SEED + month * 100 + index)
  let longest = -1
  items.forEach((item, i) => {
    if (
      item.startSeconds > 8 * 3600 &&
      item.startSeconds < 20 * 3600 &&
      (longest < 0 || item.durationSeconds > items[longest]!.durationSeconds)
    )
      longest = i
  })
  const corrected = items.filter((_, i) => i !== longest)
  return expectStatus(
    await call(
      figures,
      'POST',
      '/api/schedule-items/import',
      form(figures, asRunCsv(corrected), `hytv-asrun-${day}-sua.csv`, true),
    ),
    201,
    `as-run correction of ${day}`,
  )
}
