import type { RundownTimingView, TimedItem } from '../lib/rundownView'

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

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

export class ApiError extends Error {
  readonly status: number
  constructor(message: string, status: number) {
    super(message)
    this.name = 'ApiError'
    this.status = status
  }
}

/** JSON over the admin's cookie; a refusal's Vietnamese `errors[0].message` becomes the thrown error. */
export async function requestJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { credentials: 'include', ...init })
  const body = await response.json().catch(() => null)
  if (!response.ok)
    throw new ApiError(
      body?.errors?.[0]?.message ?? body?.message ?? `HTTP ${response.status}`,
      response.status,
    )
  return body as T
}

/** The item ids with the one at `index` moved one place up (-1) or down (+1). */
export function movedOrder(items: readonly TimedItem[], index: number, step: -1 | 1): string[] | undefined {
  const target = index + step
  if (target < 0 || target >= items.length) return undefined
  const ids = items.map((item) => item.itemID)
  ;[ids[index], ids[target]] = [ids[target]!, ids[index]!]
  return ids
}
