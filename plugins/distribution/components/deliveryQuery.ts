import type { DeliveryAction, DeliveryStatus } from '../types'
import type { Delivery, Id } from './api'
import { idOf } from './api'

type Operator = 'equals' | 'in' | 'not_in' | 'greater_than_equal'
type Condition = Partial<Record<Operator, string | boolean | readonly string[]>>
export type Where = Record<string, Condition>

/**
 * Payload's bracket syntax for a `where`, the same qs layout its own admin sends: arrays as
 * indexed keys, so a value with a comma is never split into two.
 */
export function whereParams(where: Where, params = new URLSearchParams()): URLSearchParams {
  for (const [field, condition] of Object.entries(where)) {
    for (const [operator, value] of Object.entries(condition)) {
      if (Array.isArray(value)) {
        value.forEach((item, index) => params.append(`where[${field}][${operator}][${index}]`, String(item)))
      } else {
        params.append(`where[${field}][${operator}]`, String(value))
      }
    }
  }
  return params
}

/** Only the fields a table row shows from the story and the target (depth 1 would send whole stories). */
const POPULATE = {
  'populate[stories][headline]': 'true',
  'populate[stories][slug]': 'true',
  'populate[distribution-targets][name]': 'true',
  'populate[distribution-targets][kind]': 'true',
  'populate[distribution-targets][domestic]': 'true',
}

export function listQuery(where: Where, limit: number, locale?: string): string {
  const params = whereParams(where)
  params.set('sort', '-updatedAt')
  params.set('limit', String(limit))
  params.set('depth', '1')
  for (const [key, value] of Object.entries(POPULATE)) params.set(key, value)
  if (locale) params.set('locale', locale)
  return params.toString()
}

export const countQuery = (where: Where) => whereParams(where).toString()

/** Confirmed deliveries in the window (all of them, then the domestic ones) for the share. */
export function domesticShareWheres(now: Date, days: number): { all: Where; domestic: Where } {
  const since = new Date(now.getTime() - days * 86_400_000).toISOString()
  const all: Where = { status: { equals: 'confirmed' }, confirmedAt: { greater_than_equal: since } }
  return { all, domestic: { ...all, domestic: { equals: true } } }
}

/** 0..1, or undefined when nothing was confirmed (no share to speak of, rather than 0 %). */
export const shareOf = (part: number, whole: number) => (whole > 0 ? part / whole : undefined)

/**
 * The newest delivery per (target, action): what the story panel shows. `deliveries` may come in
 * any order; createdAt decides, the larger id breaking ties within the same millisecond.
 */
export function latestPerTargetAction(deliveries: Delivery[]): Map<string, Map<DeliveryAction, Delivery>> {
  const byTarget = new Map<string, Map<DeliveryAction, Delivery>>()
  const newer = (a: Delivery, b: Delivery) =>
    a.createdAt !== b.createdAt ? a.createdAt > b.createdAt : Number(a.id) > Number(b.id)
  for (const delivery of deliveries) {
    const target = String(idOf(delivery.target) ?? '')
    if (!target) continue
    const actions = byTarget.get(target) ?? new Map<DeliveryAction, Delivery>()
    const current = actions.get(delivery.action)
    if (!current || newer(delivery, current)) actions.set(delivery.action, delivery)
    byTarget.set(target, actions)
  }
  return byTarget
}

const IN_FLIGHT: ReadonlySet<DeliveryStatus> = new Set(['queued', 'sent'])

/** Something is still on its way: worth asking again shortly. */
export const anyInFlight = (deliveries: Iterable<Delivery>) =>
  [...deliveries].some((delivery) => IN_FLIGHT.has(delivery.status))

export const sameId = (a: Id | undefined, b: Id | undefined) =>
  a !== undefined && b !== undefined && String(a) === String(b)

/**
 * The last error, unless it only restates the content problems listed beside it (the fan-out
 * writes "Nội dung chưa đạt yêu cầu của …: <problems>" into lastError as well).
 */
export function errorBesideProblems(delivery: Pick<Delivery, 'lastError' | 'problems'>): string | undefined {
  const error = delivery.lastError?.trim()
  if (!error) return undefined
  const problems = delivery.problems ?? []
  return problems.length > 0 && problems.every((problem) => error.includes(problem.message))
    ? undefined
    : error
}
