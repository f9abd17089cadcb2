/**
 * Reading schedule items back: the neighbours an overlap check needs, and the items of a day (or
 * a range of days) as the compliance rules see them, with the previous day's overflow past
 * midnight carried into the day.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { relationId } from '../../../src/lib/relationId'
import type { ComplianceItem } from './segments'
import { addDays, DAY_SECONDS, daysBetween } from './time'
import type { Genre, ItemSource, Log, Origin } from './vocabulary'

export const SCHEDULE_ITEMS_SLUG = 'schedule-items'

export type StoredItem = {
  id: number | string
  channel: number | string
  date: string
  start: string
  startSeconds: number
  durationSeconds: number
  title: string
  genre: Genre
  origin: Origin
  rerun: boolean
  log: Log
  source: ItemSource
  importBatch?: number | string | null
}

/** The days from `from` to `to`, both included. */
export function datesFrom(from: string, to: string): string[] {
  const count = daysBetween(from, to) + 1
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(from, i))
}

function toStored(doc: Record<string, unknown>): StoredItem {
  return {
    ...(doc as unknown as StoredItem),
    channel: relationId(doc.channel)!,
    importBatch: relationId(doc.importBatch) ?? null,
    rerun: Boolean(doc.rerun),
  }
}

/** A channel's items on the given days (one log, or both), in order of day and start. */
export async function findItems(
  payload: Payload,
  {
    channel,
    log,
    dates,
    req,
  }: { channel: number | string; log?: Log; dates: string[]; req?: PayloadRequest },
): Promise<StoredItem[]> {
  if (dates.length === 0) return []
  const and: Where[] = [{ channel: { equals: channel } }, { date: { in: dates } }]
  if (log) and.push({ log: { equals: log } })
  const { docs } = await payload.find({
    collection: SCHEDULE_ITEMS_SLUG,
    where: { and },
    pagination: false,
    depth: 0,
    sort: ['date', 'startSeconds'],
    overrideAccess: true,
    req,
  })
  return (docs as unknown as Array<Record<string, unknown>>).map(toStored)
}

/** Items of one log that could overlap something on the days `from`..`to` (one day either side). */
export function findNeighbours(
  req: PayloadRequest,
  { channel, log, from, to }: { channel: number | string; log: Log; from: string; to: string },
): Promise<StoredItem[]> {
  return findItems(req.payload, { channel, log, dates: datesFrom(addDays(from, -1), addDays(to, 1)), req })
}

/** Which log a report reads: the one asked for, or the as-run log when the day has one. */
export type LogChoice = Log | 'auto'

export type ComplianceDay = {
  channel: number | string
  date: string
  /** The log the items come from (with `auto`, as-run when the day has any, else the plan). */
  log: Log
  items: ComplianceItem[]
}

function dayOf(
  stored: readonly StoredItem[],
  date: string,
  source: LogChoice,
): Omit<ComplianceDay, 'channel'> {
  const previous = addDays(date, -1)
  const own = (log: Log) => stored.filter((item) => item.log === log && item.date === date)
  const log: Log = source === 'auto' ? (own('asrun').length > 0 ? 'asrun' : 'plan') : source
  const items: ComplianceItem[] = []
  for (const item of stored) {
    if (item.log !== log) continue
    // Yesterday's items count here only for the part they run past midnight.
    const offset = item.date === date ? 0 : item.date === previous ? -DAY_SECONDS : undefined
    if (offset === undefined || item.startSeconds + offset + item.durationSeconds <= 0) continue
    items.push({
      id: item.id,
      title: item.title,
      startSeconds: item.startSeconds + offset,
      durationSeconds: item.durationSeconds,
      genre: item.genre,
      origin: item.origin,
      rerun: item.rerun,
    })
  }
  return { date, log, items }
}

/**
 * The items of a channel's broadcast day as `complianceForDay` takes them (start seconds relative
 * to the day's midnight; the previous day's overflow negative). For the airtime report and the
 * managers' KPI of compliant days.
 */
export async function loadComplianceDay(
  payload: Payload,
  {
    channel,
    date,
    source = 'auto',
    req,
  }: { channel: number | string; date: string; source?: LogChoice; req?: PayloadRequest },
): Promise<ComplianceDay> {
  const stored = await findItems(payload, { channel, dates: [addDays(date, -1), date], req })
  return { ...dayOf(stored, date, source), channel }
}

/** The same for every day from `from` to `to`, read in one query. */
export async function loadComplianceDays(
  payload: Payload,
  {
    channel,
    from,
    to,
    source = 'auto',
    req,
  }: { channel: number | string; from: string; to: string; source?: LogChoice; req?: PayloadRequest },
): Promise<ComplianceDay[]> {
  const stored = await findItems(payload, { channel, dates: datesFrom(addDays(from, -1), to), req })
  return datesFrom(from, to).map((date) => ({ ...dayOf(stored, date, source), channel }))
}
