/**
 * Overlap checks between schedule items across days: an item stays on its start day but may run
 * past midnight, so items are placed on one continuous time line before they are compared. Pure.
 */
import { daysBetween, formatClock, formatDuration } from './time'

export type Span = {
  /** The broadcast day the item starts on, "YYYY-MM-DD". */
  date: string
  startSeconds: number
  durationSeconds: number
  title?: string | null
}

const EPOCH = '2000-01-01'

/** Seconds since a fixed midnight, so items of different days compare directly. */
export function absoluteStart(span: Span): number {
  return daysBetween(EPOCH, span.date) * 86_400 + span.startSeconds
}

const endOf = (span: Span) => absoluteStart(span) + span.durationSeconds

export const overlap = (a: Span, b: Span): boolean =>
  absoluteStart(a) < endOf(b) && absoluteStart(b) < endOf(a)

type Tagged<T> = { span: T; start: number; end: number; group: 0 | 1 }

function sweep<A extends Span, B extends Span>(
  first: readonly A[],
  second: readonly B[],
  crossOnly: boolean,
) {
  const all: Array<Tagged<A> | Tagged<B>> = [
    ...first.map((span) => ({ span, start: absoluteStart(span), end: endOf(span), group: 0 as const })),
    ...second.map((span) => ({ span, start: absoluteStart(span), end: endOf(span), group: 1 as const })),
  ].sort((a, b) => a.start - b.start || a.end - b.end)
  const pairs: Array<[Tagged<A> | Tagged<B>, Tagged<A> | Tagged<B>]> = []
  let active: Array<Tagged<A> | Tagged<B>> = []
  for (const current of all) {
    active = active.filter((other) => other.end > current.start)
    for (const other of active) {
      if (!crossOnly || other.group !== current.group) pairs.push([other, current])
    }
    active.push(current)
  }
  return pairs
}

/** Every pair of spans in one list that overlap, the earlier-starting one first. */
export function overlappingPairs<T extends Span>(spans: readonly T[]): Array<[T, T]> {
  return sweep(spans, [], false).map(([a, b]) => [a.span as T, b.span as T])
}

/**
 * Each span that starts while an earlier-starting one is still on air, paired with the one that
 * reaches furthest: at most one pair per span, in O(n log n). Every span in an overlap shows up in a
 * pair, yet a file of thousands of lines at one time gives thousands of pairs, not millions
 * (`overlappingPairs` lists them all and would run out of memory).
 */
export function overlapsWithEarlier<T extends Span>(spans: readonly T[]): Array<[T, T]> {
  const sorted = spans
    .map((span) => ({ span, start: absoluteStart(span), end: endOf(span) }))
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const pairs: Array<[T, T]> = []
  let reach: (typeof sorted)[number] | undefined
  for (const current of sorted) {
    if (reach && reach.end > current.start) pairs.push([reach.span, current.span])
    if (!reach || current.end > reach.end) reach = current
  }
  return pairs
}

/** Every (new, existing) pair that overlaps; spans within one list are not compared. */
export function overlapsBetween<N extends Span, E extends Span>(
  fresh: readonly N[],
  existing: readonly E[],
): Array<[N, E]> {
  return sweep(fresh, existing, true).map(([a, b]) =>
    a.group === 0 ? [a.span as N, b.span as E] : [b.span as N, a.span as E],
  )
}

const dayMonthYear = (date: string) => date.split('-').reverse().join('/')

/** `"Thời sự" (01/03/2026 19:00:00–19:45:00)`; an end past midnight says so. */
export function describeSpan(span: Span): string {
  const end = span.startSeconds + span.durationSeconds
  const next = end > 86_400 ? ' hôm sau' : ''
  const title = span.title ? `"${span.title}" ` : ''
  return `${title}(${dayMonthYear(span.date)} ${formatClock(span.startSeconds)}–${formatClock(end)}${next}, ${formatDuration(span.durationSeconds)})`
}
