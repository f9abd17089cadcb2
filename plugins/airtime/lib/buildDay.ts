/**
 * A channel's planned day from its rundowns: one plan item per rundown (its start, its slot, the
 * programme's genre and origin, its rerun flag), replacing the plan items an earlier
 * build made for that day. Gaps between rundowns are left as they are: the airtime report shows
 * them. Runs inside the caller's transaction.
 */
import type { PayloadRequest } from 'payload'

import { keepContext } from '../../../src/lib/keepContext'
import { relationId } from '../../../src/lib/relationId'
import { PROGRAMMES_SLUG, RUNDOWNS_SLUG, type RundownDoc } from '../../broadcast/types'
import { lockChannelSchedule } from './channelLock'
import { describeSpan, overlappingPairs, overlapsBetween, type Span } from './overlaps'
import { findNeighbours, SCHEDULE_ITEMS_SLUG } from './scheduleStore'
import { formatClock, parseClock } from './time'
import { isGenre, isOrigin, type Genre, type Origin } from './vocabulary'

type Programme = { id: number | string; name?: string; genre?: string; origin?: string }

export type BuiltItem = Span & {
  title: string
  genre: Genre
  origin: Origin
  rerun: boolean
  rundown: number | string
  programme: number | string | null
}

export type BuildOutcome =
  | { ok: true; items: Array<BuiltItem & { id: number | string }>; replaced: number; rundowns: number }
  | { ok: false; problems: string[] }

const rundownName = (r: RundownDoc) => `kịch bản #${r.id} "${r.title ?? ''}"`

/** The plan item a rundown stands for, or what stops it from being one. */
function itemOf(rundown: RundownDoc, programme: Programme | undefined): BuiltItem | string {
  const startSeconds = typeof rundown.startTime === 'string' ? parseClock(rundown.startTime) : undefined
  if (startSeconds === undefined)
    return `${rundownName(rundown)} có giờ bắt đầu không hợp lệ ("${rundown.startTime}")`
  // The schedule holds the programme's slot, as an EPG does. The items' planned total is a
  // producer's working figure, a few seconds over or under until the show is cut to time: over
  // would clash with the next programme and refuse the whole day's build, under would leave gaps.
  const durationSeconds = rundown.plannedDurationSeconds ?? 0
  if (!(durationSeconds > 0)) return `${rundownName(rundown)} chưa có thời lượng dự kiến`
  return {
    date: rundown.date,
    startSeconds,
    durationSeconds: Math.min(durationSeconds, 86_400),
    title: (rundown.title || programme?.name || `Kịch bản #${rundown.id}`).slice(0, 200),
    // Without a programme the station made the rundown itself, as a programme of no set genre.
    genre: isGenre(programme?.genre) ? programme.genre : 'other',
    origin: isOrigin(programme?.origin) ? programme.origin : 'self',
    rerun: Boolean(rundown.rerun),
    rundown: rundown.id,
    programme: programme?.id ?? null,
  }
}

export async function buildDayFromRundowns(
  req: PayloadRequest,
  { channel, date }: { channel: number | string; date: string },
): Promise<BuildOutcome> {
  const { payload } = req
  await lockChannelSchedule(req, channel)
  const { docs } = await payload.find({
    collection: RUNDOWNS_SLUG,
    where: { and: [{ channel: { equals: channel } }, { date: { equals: date } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const rundowns = docs as unknown as RundownDoc[]
  const programmeIds = [
    ...new Set(rundowns.map((r) => relationId(r.programme)).filter((id) => id !== undefined)),
  ]
  const programmes = new Map<string, Programme>()
  if (programmeIds.length > 0) {
    const found = await payload.find({
      collection: PROGRAMMES_SLUG,
      where: { id: { in: programmeIds } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const doc of found.docs as unknown as Programme[]) programmes.set(String(doc.id), doc)
  }

  const problems: string[] = []
  const built: BuiltItem[] = []
  for (const rundown of rundowns) {
    const item = itemOf(rundown, programmes.get(String(relationId(rundown.programme))))
    if (typeof item === 'string') problems.push(item)
    else built.push(item)
  }
  for (const [a, b] of overlappingPairs(built))
    problems.push(
      `kịch bản #${a.rundown} ${describeSpan(a)} trùng giờ với kịch bản #${b.rundown} ${describeSpan(b)}`,
    )

  const neighbours = await findNeighbours(req, { channel, log: 'plan', from: date, to: date })
  const replaced = neighbours.filter((item) => item.date === date && item.source === 'rundown')
  const kept = neighbours.filter((item) => !(item.date === date && item.source === 'rundown'))
  for (const [item, other] of overlapsBetween(built, kept))
    problems.push(
      `kịch bản #${item.rundown} ${describeSpan(item)} trùng giờ với mục #${other.id} đã có ${describeSpan(other)}`,
    )
  if (problems.length > 0) return { ok: false, problems }

  // A day has a handful of rundowns: each item is audited like a manual one.
  const context = { airtimeChecked: true, airtimeChannelChecked: channel }
  const created = await keepContext(req, async () => {
    if (replaced.length > 0) {
      const removed = await payload.delete({
        collection: SCHEDULE_ITEMS_SLUG,
        where: { id: { in: replaced.map((item) => item.id) } },
        req,
        overrideAccess: true,
        context,
      })
      if (removed.errors.length > 0) throw new Error(`không xoá được ${removed.errors.length} mục cũ`)
    }
    const out: Array<BuiltItem & { id: number | string }> = []
    for (const item of built.sort((a, b) => a.startSeconds - b.startSeconds)) {
      const doc = await payload.create({
        collection: SCHEDULE_ITEMS_SLUG,
        data: {
          channel,
          log: 'plan',
          date,
          start: formatClock(item.startSeconds),
          durationSeconds: item.durationSeconds,
          title: item.title,
          genre: item.genre,
          origin: item.origin,
          rerun: item.rerun,
          source: 'rundown',
          rundown: item.rundown,
          programme: item.programme,
        } as never,
        req,
        overrideAccess: true,
        depth: 0,
        context,
      })
      out.push({ ...item, id: (doc as { id: number | string }).id })
    }
    return out
  })
  return { ok: true, items: created, replaced: replaced.length, rundowns: rundowns.length }
}
