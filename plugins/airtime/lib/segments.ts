/**
 * A day's items as segments of [00:00, 24:00), and where they leave gaps or overlap. Pure.
 */
import { DAY_SECONDS } from './time'
import type { Genre, Origin } from './vocabulary'

/** One schedule item as the compliance rules see it. */
export type ComplianceItem = {
  id: number | string
  title: string
  /**
   * Seconds from the report day's midnight. Negative for an item of the day before that runs past
   * midnight (its overflow counts on this day); past 86 400 for the part this day hands on.
   */
  startSeconds: number
  durationSeconds: number
  genre: Genre
  origin: Origin
  rerun: boolean
}

/** The part of an item inside the day. */
export type Segment = {
  id: number | string
  title: string
  from: number
  to: number
  seconds: number
  genre: Genre
  origin: Origin
  rerun: boolean
  /** The item started the day before (only its overflow is here). */
  carriedOver: boolean
  /** The item runs on past midnight (the rest counts on the next day). */
  continues: boolean
}

export type Gap = {
  from: number
  to: number
  seconds: number
  /** The item that ends where the gap starts (none at the start of the day). */
  before: Segment | null
  /** The item that starts where the gap ends (none at the end of the day). */
  after: Segment | null
}

export type Overlap = { from: number; to: number; seconds: number; items: [Segment, Segment] }

/** Items clipped to the day, in order of start; items wholly outside it are left out. */
export function segmentsOf(items: readonly ComplianceItem[]): Segment[] {
  const segments: Segment[] = []
  for (const item of items) {
    const start = Math.round(item.startSeconds)
    const end = start + Math.round(item.durationSeconds)
    const from = Math.max(0, start)
    const to = Math.min(DAY_SECONDS, end)
    if (to <= from) continue
    segments.push({
      id: item.id,
      title: item.title,
      from,
      to,
      seconds: to - from,
      genre: item.genre,
      origin: item.origin,
      rerun: Boolean(item.rerun),
      carriedOver: start < 0,
      continues: end > DAY_SECONDS,
    })
  }
  return segments.sort((a, b) => a.from - b.from || a.to - b.to || String(a.id).localeCompare(String(b.id)))
}

/** Every stretch of the day with nothing on air, and every pair of items on air at once. */
export function coverageOf(segments: readonly Segment[]): { gaps: Gap[]; overlaps: Overlap[] } {
  const gaps: Gap[] = []
  const overlaps: Overlap[] = []
  let reach = 0
  let last: Segment | null = null
  let active: Segment[] = []
  for (const segment of segments) {
    if (segment.from > reach) {
      gaps.push({
        from: reach,
        to: segment.from,
        seconds: segment.from - reach,
        before: last,
        after: segment,
      })
    }
    active = active.filter((other) => other.to > segment.from)
    for (const other of active) {
      const to = Math.min(other.to, segment.to)
      overlaps.push({ from: segment.from, to, seconds: to - segment.from, items: [other, segment] })
    }
    active.push(segment)
    if (segment.to >= reach) {
      reach = segment.to
      last = segment
    }
  }
  if (reach < DAY_SECONDS) {
    gaps.push({ from: reach, to: DAY_SECONDS, seconds: DAY_SECONDS - reach, before: last, after: null })
  }
  return { gaps, overlaps }
}
