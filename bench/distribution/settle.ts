/**
 * Reading a story's delivery records: has every target settled, and when was the last one
 * confirmed. Pure, so the timing rules are tested apart from the bench.
 */

export type DeliveryRow = {
  status: string
  createdAt?: string | null
  confirmedAt?: string | null
  lastError?: string | null
  targetKind?: string | null
}

const SETTLED = new Set(['confirmed', 'failed', 'skipped', 'cancelled'])

export type Settled = {
  /** ms from `since` to the last confirmation (NaN when none was confirmed). */
  toLastConfirmed: number
  /** ms from `since` to the first record: the outbox dispatch and the fan-out job. */
  toFanOut: number
  confirmed: number
  /** Kinds and errors of the records that settled other than confirmed. */
  problems: string[]
}

/**
 * undefined while fewer than `expected` records exist or any is still queued or sent; else the
 * timings relative to `since` (epoch ms), from the records' own timestamps, so how often the
 * caller polls does not enter the figure.
 */
export function settled(rows: DeliveryRow[], expected: number, since: number): Settled | undefined {
  if (rows.length < expected || rows.some((row) => !SETTLED.has(row.status))) return undefined
  const time = (value: string | null | undefined) => (value ? Date.parse(value) : Number.NaN)
  const confirmedAts = rows.filter((row) => row.status === 'confirmed').map((row) => time(row.confirmedAt))
  const createdAts = rows.map((row) => time(row.createdAt)).filter(Number.isFinite)
  return {
    toLastConfirmed: confirmedAts.length ? Math.max(...confirmedAts) - since : Number.NaN,
    toFanOut: createdAts.length ? Math.min(...createdAts) - since : Number.NaN,
    confirmed: confirmedAts.length,
    problems: rows
      .filter((row) => row.status !== 'confirmed')
      .map((row) => `${row.targetKind ?? '?'} ${row.status}: ${row.lastError ?? ''}`.trim()),
  }
}
