import type { RundownTimingView, TimedItem } from '../lib/rundownView'
export { ApiError, messageOf, requestJson } from '../../../src/admin/requestJson'

/** Shapes of the broadcast REST answers, as the admin components read them. */

export type { RundownTimingView, TimedItem }

export type RundownSummary = {
  id: number | string
  title: string
  date: string
  startTime: string
  status: string
}

export type RundownList = { docs: RundownSummary[]; totalDocs: number }

/** The item ids with the one at `index` moved one place up (-1) or down (+1). */
export function movedOrder(items: readonly TimedItem[], index: number, step: -1 | 1): string[] | undefined {
  const target = index + step
  if (target < 0 || target >= items.length) return undefined
  const ids = items.map((item) => item.itemID)
  ;[ids[index], ids[target]] = [ids[target]!, ids[index]!]
  return ids
}
