import type { Payload } from 'payload'

import { JOB_OUTBOX_SLUG } from '../collections/JobOutbox'
import { withTimeout } from '../../../src/lib/deadline'
import type { QueueName } from '../types'
import { outboxJobId } from './enqueueJob'
import { type QueueSet, queuesFor, waitForRedis } from './queues'
import { jobsRegistry } from './registry'

type OutboxRow = {
  id: number | string
  queue: QueueName
  name: string
  data?: Record<string, unknown> | null
  runAfter?: string | null
  priority?: number | null
  tries?: number | null
}

export type DispatchResult = { dispatched: number; failed: number; error?: string }

const BATCH = 100
const KEEP_DISPATCHED_MS = 7 * 24 * 3600 * 1000

/**
 * One pass: pushes pending outbox rows to their queues, oldest first. The BullMQ job id comes from
 * the row, so a row pushed twice (two dispatchers, or a crash between push and mark) is one job.
 */
export async function dispatchOutbox(
  payload: Payload,
  queues: QueueSet = queuesFor(payload),
): Promise<DispatchResult> {
  const { options } = jobsRegistry(payload.config)
  const { docs } = await payload.find({
    collection: JOB_OUTBOX_SLUG as never,
    where: { status: { equals: 'pending' } },
    sort: 'createdAt',
    limit: BATCH,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  const result: DispatchResult = { dispatched: 0, failed: 0 }
  if (docs.length === 0) return result
  for (const row of docs as unknown as OutboxRow[]) {
    const jobId = outboxJobId(row.id)
    try {
      // BullMQ waits for a connection that is not there; we would rather know now and try later.
      if (!(await waitForRedis(queues, 1_000)))
        throw new Error(`Redis (${queues.describeRedis()}) không phản hồi`)
      const delay = row.runAfter ? Math.max(0, new Date(row.runAfter).getTime() - Date.now()) : 0
      await withTimeout(
        queues.get(row.queue).add(row.name, row.data ?? {}, {
          jobId,
          attempts: options.attempts,
          backoff: { type: 'exponential', delay: options.backoffMs },
          delay,
          priority: row.priority ?? undefined,
          removeOnComplete: { age: 7 * 24 * 3600, count: 5_000 },
          removeOnFail: { age: 30 * 24 * 3600 },
        }),
        5_000,
        'Redis không trả lời trong 5000 ms',
      )
    } catch (error) {
      result.failed++
      result.error = (error as Error).message
      await markRow(payload, row.id, {
        tries: (row.tries ?? 0) + 1,
        lastError: `Không đưa được vào hàng đợi: ${result.error}`.slice(0, 500),
      })
      // Redis is down: the rest would fail the same way; they stay pending for the next pass.
      break
    }
    await markRow(payload, row.id, { status: 'dispatched', dispatchedAt: new Date().toISOString(), jobId })
    result.dispatched++
  }
  return result
}

async function markRow(payload: Payload, id: number | string, data: Record<string, unknown>) {
  await payload.update({
    collection: JOB_OUTBOX_SLUG as never,
    id,
    data: data as never,
    depth: 0,
    overrideAccess: true,
    context: { skipAudit: true },
  })
}

/** Removes dispatched rows after a week; BullMQ keeps the jobs' own history. */
export async function pruneOutbox(payload: Payload, now = Date.now()): Promise<void> {
  await payload.delete({
    collection: JOB_OUTBOX_SLUG as never,
    where: {
      and: [
        { status: { equals: 'dispatched' } },
        { dispatchedAt: { less_than: new Date(now - KEEP_DISPATCHED_MS).toISOString() } },
      ],
    },
    overrideAccess: true,
    context: { skipAudit: true },
  })
}

/** Polls the outbox until stopped; logs Redis trouble once per outage, not once per poll. */
export function startOutboxDispatcher(
  payload: Payload,
  queues: QueueSet,
  pollMs: number,
): () => Promise<void> {
  let stopped = false
  let outage: string | undefined
  let lastPrune = 0
  let current: Promise<unknown> = Promise.resolve()
  const loop = async () => {
    while (!stopped) {
      try {
        const result = await dispatchOutbox(payload, queues)
        if (result.error && !outage) {
          outage = result.error
          payload.logger.warn(
            `Hàng đợi: không kết nối được Redis (${queues.describeRedis()}): ${result.error}. Công việc được giữ lại và sẽ chuyển khi Redis hoạt động.`,
          )
        } else if (!result.error && outage) {
          outage = undefined
          payload.logger.info('Hàng đợi: Redis đã hoạt động lại; tiếp tục chuyển công việc.')
        }
        if (Date.now() - lastPrune > 3600_000) {
          lastPrune = Date.now()
          await pruneOutbox(payload)
        }
        if (result.dispatched === BATCH) continue
      } catch (error) {
        payload.logger.error({ err: error }, 'Hàng đợi: lỗi khi đọc hộp thư công việc')
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs))
    }
  }
  current = loop()
  return async () => {
    stopped = true
    await current
  }
}
