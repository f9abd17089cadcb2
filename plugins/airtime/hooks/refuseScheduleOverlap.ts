import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { relationId } from '../../../src/lib/relationId'
import { lockChannelSchedule } from '../lib/channelLock'
import { describeSpan, overlap } from '../lib/overlaps'
import { findNeighbours } from '../lib/scheduleStore'
import { DAY_SECONDS, parseIsoDate } from '../lib/time'
import { isLog } from '../lib/vocabulary'

/**
 * No two items of one channel's plan (or as-run log) may be on air at once, across midnight too:
 * a create or update that would overlap is refused with 400 naming both items. Imports and the
 * rundown build check their whole batch first and set `context.airtimeChecked`.
 */
export const refuseScheduleOverlap: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  context,
}) => {
  if (context.airtimeChecked) return data
  const item = { ...originalDoc, ...data } as Record<string, unknown>
  const channel = relationId(item.channel)
  const { date, log, startSeconds, durationSeconds } = item
  // Anything malformed is left to the field validators, which name it.
  if (channel === undefined || typeof date !== 'string' || !parseIsoDate(date) || !isLog(log)) return data
  if (typeof startSeconds !== 'number' || typeof durationSeconds !== 'number') return data
  if (!Number.isInteger(durationSeconds) || durationSeconds <= 0 || durationSeconds > DAY_SECONDS) return data

  const span = { date, startSeconds, durationSeconds, title: String(item.title ?? '') }
  await lockChannelSchedule(req, channel)
  const neighbours = await findNeighbours(req, { channel, log, from: date, to: date })
  const clashes = neighbours.filter(
    (other) => String(other.id) !== String(originalDoc?.id ?? '') && overlap(span, other),
  )
  if (clashes.length > 0) {
    const others = clashes.map((other) => `mục #${other.id} ${describeSpan(other)}`).join('; ')
    throw httpError(400, `Mục ${describeSpan(span)} trùng giờ với ${others} trên cùng kênh và cùng lịch.`)
  }
  return data
}
