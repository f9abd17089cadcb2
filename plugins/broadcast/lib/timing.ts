import type { ItemStatus } from '../types'
import { formatClock, parseClock } from './clock'

/**
 * Running-order timing (pure). Front time: when an item is due on air if everything before it runs
 * as counted. Back time: the latest it may start for the show still to end on time.
 */

export type TimingItemInput = {
  itemID: string
  status?: ItemStatus | null
  plannedSeconds?: number | null
  actualSeconds?: number | null
}

export type TimingInput = {
  /** "HH:MM:SS" (or "HH:MM"). */
  startTime: string
  plannedDurationSeconds: number
  items: readonly TimingItemInput[]
}

export type ItemTiming = {
  itemID: string
  /** Position in the running order, dropped items included (0-based). */
  index: number
  /** Running number on air (1-based), null for dropped items. */
  number: number | null
  dropped: boolean
  plannedSeconds: number
  actualSeconds: number | null
  /** The length the timing counts for this item (see `countedSeconds`). */
  countedSeconds: number
  frontSeconds: number | null
  backSeconds: number | null
  frontTime: string | null
  backTime: string | null
}

export type RundownTotals = {
  startSeconds: number
  endSeconds: number
  startTime: string
  endTime: string
  plannedDurationSeconds: number
  /** Planned lengths of the items that will air. */
  plannedTotalSeconds: number
  /** Recorded lengths of items done or on air. */
  actualSoFarSeconds: number
  /** Counted lengths: what the show will run if the rest goes as planned. */
  expectedTotalSeconds: number
  /** expected − slot: positive is over (must cut), negative under (must fill). */
  overUnderSeconds: number
  /** planned total − slot, before anything has aired. */
  plannedOverUnderSeconds: number
  expectedEndTime: string
}

export type RundownTiming = { items: ItemTiming[]; totals: RundownTotals }

const seconds = (value: number | null | undefined) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : 0

/**
 * What an item counts for: nothing when dropped; its recorded length once done; while on air at
 * least its plan (it is still running) or what it has already run; otherwise its plan.
 */
export function countedSeconds(item: TimingItemInput): number {
  const planned = seconds(item.plannedSeconds)
  const actual =
    item.actualSeconds === null || item.actualSeconds === undefined ? undefined : seconds(item.actualSeconds)
  switch (item.status) {
    case 'dropped':
      return 0
    case 'done':
      return actual ?? planned
    case 'onAir':
      return actual === undefined ? planned : Math.max(actual, planned)
    default:
      return planned
  }
}

export function computeTiming({ startTime, plannedDurationSeconds, items }: TimingInput): RundownTiming {
  const start = parseClock(startTime, { allowShort: true })
  if (start === undefined) throw new RangeError(`startTime "${startTime}" is not HH:MM:SS`)
  const slot = seconds(plannedDurationSeconds)
  const end = start + slot
  const counted = items.map(countedSeconds)
  const expectedTotal = counted.reduce((sum, value) => sum + value, 0)

  let elapsed = 0
  let remaining = expectedTotal
  let number = 0
  let plannedTotal = 0
  let actualSoFar = 0
  const timed = items.map((item, index): ItemTiming => {
    const dropped = item.status === 'dropped'
    const planned = seconds(item.plannedSeconds)
    const actual =
      item.actualSeconds === null || item.actualSeconds === undefined ? null : seconds(item.actualSeconds)
    const base = { itemID: item.itemID, index, plannedSeconds: planned, actualSeconds: actual }
    if (dropped) {
      return {
        ...base,
        number: null,
        dropped,
        countedSeconds: 0,
        frontSeconds: null,
        backSeconds: null,
        frontTime: null,
        backTime: null,
      }
    }
    plannedTotal += planned
    if (actual !== null && (item.status === 'done' || item.status === 'onAir')) actualSoFar += actual
    const front = start + elapsed
    const back = end - remaining
    elapsed += counted[index]!
    remaining -= counted[index]!
    number++
    return {
      ...base,
      number,
      dropped,
      countedSeconds: counted[index]!,
      frontSeconds: front,
      backSeconds: back,
      frontTime: formatClock(front),
      backTime: formatClock(back),
    }
  })

  return {
    items: timed,
    totals: {
      startSeconds: start,
      endSeconds: end,
      startTime: formatClock(start),
      endTime: formatClock(end),
      plannedDurationSeconds: slot,
      plannedTotalSeconds: plannedTotal,
      actualSoFarSeconds: actualSoFar,
      expectedTotalSeconds: expectedTotal,
      overUnderSeconds: expectedTotal - slot,
      plannedOverUnderSeconds: plannedTotal - slot,
      expectedEndTime: formatClock(start + expectedTotal),
    },
  }
}
