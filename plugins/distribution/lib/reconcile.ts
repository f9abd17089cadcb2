import type { Payload } from 'payload'

import { JOB_OUTBOX_SLUG, queuesFor } from '../../jobs'
import { outboxJobId } from '../../jobs/lib/enqueueJob'
import { DELIVERIES_SLUG } from '../collections/Deliveries'
import { deliverJobId, queueDelivery, type DeliveryRecord } from './deliveryRecords'
import type { DistributionRuntime } from './runtime'

type OutboxRow = {
  id: number | string
  name: string
  data?: Record<string, unknown> | null
  priority?: number | null
  dispatchedAt?: string | null
}

export type ReconcileResult = { fanOuts: number; deliveries: number }

/**
 * Redis keeps nothing on disk here: a restart loses every waiting job. The database still knows
 * what should happen, so the worker looks, now and then, for fan-outs and deliveries whose job is
 * gone and gives them a new one under the same job id (a job that still exists is left alone).
 */
export async function reconcileDistribution(
  payload: Payload,
  runtime: DistributionRuntime,
  now = Date.now(),
): Promise<ReconcileResult> {
  const queue = queuesFor(payload).get('distribution')
  const staleBefore = new Date(now - runtime.staleSeconds * 1000).toISOString()
  const result: ReconcileResult = { fanOuts: 0, deliveries: 0 }

  // Fan-outs of the last hour whose job is gone (it may have died half-way). Running one again is
  // safe: it finds the records it made by their keys, and a publish skips targets with a copy.
  const { docs: rows } = await payload.find({
    collection: JOB_OUTBOX_SLUG as never,
    where: {
      and: [
        { queue: { equals: 'distribution' } },
        { name: { equals: 'fanOut' } },
        { status: { equals: 'dispatched' } },
        { dispatchedAt: { less_than: staleBefore } },
        { dispatchedAt: { greater_than: new Date(now - 3600 * 1000).toISOString() } },
      ],
    },
    limit: 500,
    depth: 0,
    overrideAccess: true,
  })
  for (const row of rows as unknown as OutboxRow[]) {
    const jobId = outboxJobId(row.id)
    if (await queue.getJob(jobId)) continue
    // BullMQ also trims finished jobs (removeOnComplete): a job gone with records made is most
    // likely finished. Only a recent one is run again, in case it died half-way with Redis.
    const data = (row.data ?? {}) as { storyId?: number | string; revision?: number }
    const recent = Date.parse(String(row.dispatchedAt)) > now - 10 * 60_000
    if (!recent) {
      const made = await payload.count({
        collection: DELIVERIES_SLUG as never,
        where: { and: [{ story: { equals: data.storyId } }, { storyRevision: { equals: data.revision } }] },
        overrideAccess: true,
      })
      if (made.totalDocs > 0) continue
    }
    await queue.add(row.name, row.data ?? {}, {
      jobId,
      attempts: 5,
      backoff: { type: 'exponential', delay: runtime.backoffMs },
      priority: row.priority ?? undefined,
      removeOnComplete: { age: 7 * 24 * 3600, count: 5_000 },
    })
    result.fanOuts++
  }

  // Deliveries still to do whose job is gone. A job that exists, in whatever state, is left to
  // BullMQ: a finished one with a `sent` record was accepted and awaits confirmation.
  const { docs } = await payload.find({
    collection: DELIVERIES_SLUG as never,
    where: { and: [{ status: { in: ['queued', 'sent'] } }, { updatedAt: { less_than: staleBefore } }] },
    limit: 1000,
    depth: 0,
    overrideAccess: true,
  })
  for (const record of docs as unknown as DeliveryRecord[]) {
    if (await queue.getJob(deliverJobId(record.id, record.round ?? 0))) continue
    await queueDelivery(payload, runtime, record)
    result.deliveries++
  }
  return result
}

/** Runs the reconciler every `reconcileSeconds` until stopped (in the worker process). */
export function startReconciler(payload: Payload, runtime: DistributionRuntime): () => void {
  let running = false
  const timer = setInterval(async () => {
    if (running) return
    running = true
    try {
      const result = await reconcileDistribution(payload, runtime)
      if (result.fanOuts || result.deliveries)
        payload.logger.warn(
          `Phát hành: giao lại ${result.fanOuts} lượt phân phối và ${result.deliveries} lượt gửi bị mất việc trên Redis.`,
        )
    } catch (error) {
      payload.logger.warn(`Phát hành: chưa đối soát được (${(error as Error).message}).`)
    } finally {
      running = false
    }
  }, runtime.reconcileSeconds * 1000)
  timer.unref()
  return () => clearInterval(timer)
}
