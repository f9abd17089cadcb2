import type { Payload } from 'payload'

import { queuesFor } from '../../jobs'
import { DELIVERIES_SLUG } from '../collections/Deliveries'
import type { DeliveryAction, DeliveryProgress, DeliveryStatus } from '../types'
import type { DistributionRuntime } from './runtime'

export type DeliveryRecord = {
  id: number | string
  key: string
  story?: number | string | null
  storyRevision?: number | null
  target?: number | string | null
  targetKind?: string | null
  action: DeliveryAction
  status: DeliveryStatus
  priority?: number | null
  attempts?: number | null
  sentAt?: string | null
  round?: number | null
  remoteId?: string | null
  remoteUrl?: string | null
  remoteState?: Record<string, unknown> | null
}

export const TERMINAL: ReadonlySet<DeliveryStatus> = new Set(['confirmed', 'failed', 'cancelled', 'skipped'])

/** One delivery per (story, revision, target, action): the key is unique in the database. */
export const deliveryKey = (
  story: string | number,
  revision: number,
  target: string | number,
  action: DeliveryAction,
) => `${story}:${revision}:${target}:${action}`

/** A retried delivery (round) gets a new job; the same round is always the same job. */
export const deliverJobId = (id: number | string, round = 0) => `delivery-${id}-${round}`

export async function findDeliveryByKey(payload: Payload, key: string): Promise<DeliveryRecord | undefined> {
  const { docs } = await payload.find({
    collection: DELIVERIES_SLUG as never,
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] as unknown as DeliveryRecord | undefined
}

export async function loadDelivery(
  payload: Payload,
  id: number | string,
): Promise<DeliveryRecord | undefined> {
  try {
    return (await payload.findByID({
      collection: DELIVERIES_SLUG as never,
      id,
      depth: 0,
      overrideAccess: true,
    })) as unknown as DeliveryRecord
  } catch (error) {
    return ifNotFound(error)
  }
}

/** Only "no such document" means absent; a database that is down must fail the job, not skip it. */
export function ifNotFound(error: unknown): undefined {
  if ((error as { status?: number })?.status === 404) return undefined
  throw error
}

/**
 * Writes the worker's view of a delivery unless it was settled meanwhile: by another run (its
 * result stands), or by an administrator's cancel (then only `whenCancelled` is written: where the
 * copy went, if it went). Returns undefined when nothing of `data` was written.
 */
export async function settleDelivery(
  payload: Payload,
  id: number | string,
  data: Record<string, unknown>,
  whenCancelled?: Record<string, unknown>,
): Promise<DeliveryRecord | undefined> {
  const current = await loadDelivery(payload, id)
  if (!current) return undefined
  // Settled by someone else meanwhile (a second run after a lost job): that result stands.
  if (current.status === 'confirmed' || current.status === 'failed' || current.status === 'skipped')
    return undefined
  if (current.status === 'cancelled') {
    const kept = Object.fromEntries(
      Object.entries(whenCancelled ?? {}).filter(([, value]) => value !== undefined),
    )
    if (Object.keys(kept).length) await updateDelivery(payload, id, kept)
    return undefined
  }
  return updateDelivery(payload, id, data)
}

/**
 * Whether a delivery of the same story to the same target, made before this one, is still on its
 * way: this one waits for it (up to `maxWaitMs` after it was made, so a stuck one never blocks the
 * rest for good).
 */
export async function earlierUnfinished(
  payload: Payload,
  record: DeliveryRecord & { createdAt?: string },
  maxWaitMs: number,
): Promise<boolean> {
  if (record.createdAt && Date.now() - Date.parse(record.createdAt) > maxWaitMs) return false
  const { totalDocs } = await payload.count({
    collection: DELIVERIES_SLUG as never,
    where: {
      and: [
        { story: { equals: record.story } },
        { target: { equals: record.target } },
        { id: { less_than: record.id } },
        { status: { in: ['queued', 'sent'] } },
      ],
    },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/** Creates the record, or returns the one a replayed fan-out already made. */
export async function createDelivery(
  payload: Payload,
  data: Omit<DeliveryRecord, 'id'> & Record<string, unknown>,
): Promise<{ record: DeliveryRecord; created: boolean }> {
  const existing = await findDeliveryByKey(payload, data.key)
  if (existing) return { record: existing, created: false }
  try {
    const record = await payload.create({
      collection: DELIVERIES_SLUG as never,
      data: data as never,
      depth: 0,
      overrideAccess: true,
      context: { skipAudit: true },
    })
    return { record: record as unknown as DeliveryRecord, created: true }
  } catch (error) {
    // Two fan-outs raced on the unique key: the other one's record is the record.
    const raced = await findDeliveryByKey(payload, data.key)
    if (raced) return { record: raced, created: false }
    throw error
  }
}

export async function updateDelivery(payload: Payload, id: number | string, data: Record<string, unknown>) {
  return (await payload.update({
    collection: DELIVERIES_SLUG as never,
    id,
    data: data as never,
    depth: 0,
    overrideAccess: true,
    context: { skipAudit: true },
  })) as unknown as DeliveryRecord
}

/** The remote copy a story has on a target: the latest publish/update that got an id or a URL. */
export async function previousCopy(
  payload: Payload,
  storyId: number | string,
  targetId: number | string,
  excludeId?: number | string,
): Promise<DeliveryProgress | undefined> {
  const { docs } = await payload.find({
    collection: DELIVERIES_SLUG as never,
    where: {
      and: [
        ...(excludeId !== undefined ? [{ id: { not_equals: excludeId } }] : []),
        { story: { equals: storyId } },
        { target: { equals: targetId } },
        { action: { in: ['publish', 'update'] } },
        { status: { in: ['sent', 'confirmed'] } },
        { remoteId: { exists: true } },
      ],
    },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const found = docs[0] as unknown as DeliveryRecord | undefined
  if (!found?.remoteId) return undefined
  return {
    remoteId: found.remoteId,
    remoteUrl: found.remoteUrl ?? undefined,
    remoteState: found.remoteState ?? undefined,
  }
}

/** Puts the delivery's job on the distribution queue (a no-op when that job already exists). */
export async function queueDelivery(
  payload: Payload,
  runtime: DistributionRuntime,
  record: DeliveryRecord,
  delayMs = 0,
) {
  const queue = queuesFor(payload).get('distribution')
  await queue.add(
    'deliver',
    { deliveryId: record.id, round: record.round ?? 0 },
    {
      jobId: deliverJobId(record.id, record.round ?? 0),
      // BullMQ's own attempts only cover crashes; platform errors are retried by the job itself.
      attempts: 3,
      backoff: { type: 'exponential', delay: runtime.backoffMs },
      delay: delayMs,
      priority: record.priority || undefined,
      removeOnComplete: { age: 24 * 3600, count: 10_000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    },
  )
}
