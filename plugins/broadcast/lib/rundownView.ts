import { relationId } from '../../../src/lib/relationId'
import type { RundownDoc, RundownItem } from '../types'
import { computeTiming, type ItemTiming, type RundownTotals } from './timing'

export type TimedItem = ItemTiming & {
  type: RundownItem['type']
  title: string
  status: NonNullable<RundownItem['status']>
  story: number | string | null
  objID: string | null
  origin: RundownItem['origin'] | null
  notes: string | null
}

export type RundownTimingView = {
  rundown: Pick<
    RundownDoc,
    | 'id'
    | 'title'
    | 'roID'
    | 'date'
    | 'startTime'
    | 'plannedDurationSeconds'
    | 'status'
    | 'version'
    | 'updatedAt'
  > & { programme: number | string | null; channel: number | string | null; rerun: boolean }
  items: TimedItem[]
  totals: RundownTotals
}

/** What `GET /api/rundowns/:id/timing` answers: the rundown, its items with their times, the totals. */
export function timingView(rundown: RundownDoc): RundownTimingView {
  const items = (rundown.items ?? []).filter((item) => item?.itemID) as Array<
    RundownItem & { itemID: string }
  >
  const timing = computeTiming({
    startTime: rundown.startTime,
    plannedDurationSeconds: rundown.plannedDurationSeconds,
    items,
  })
  return {
    rundown: {
      id: rundown.id,
      title: rundown.title,
      roID: rundown.roID,
      programme: relationId(rundown.programme) ?? null,
      channel: relationId(rundown.channel) ?? null,
      date: rundown.date,
      startTime: rundown.startTime,
      plannedDurationSeconds: rundown.plannedDurationSeconds,
      status: rundown.status,
      rerun: Boolean(rundown.rerun),
      version: rundown.version,
      updatedAt: rundown.updatedAt,
    },
    items: timing.items.map((timed, index) => {
      const item = items[index]!
      return {
        ...timed,
        type: item.type,
        title: item.title ?? '',
        status: item.status ?? 'draft',
        story: relationId(item.story) ?? null,
        objID: item.objID ?? null,
        origin: item.origin ?? null,
        notes: item.notes ?? null,
      }
    }),
    totals: timing.totals,
  }
}
