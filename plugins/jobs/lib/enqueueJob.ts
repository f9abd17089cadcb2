import type { PayloadRequest } from 'payload'

import { keepContext } from '../../../src/lib/keepContext'

import { JOB_OUTBOX_SLUG } from '../collections/JobOutbox'
import type { EnqueueRequest } from '../types'

/**
 * What hooks call to ask for background work. It only writes an outbox row, inside the hook's
 * transaction (pass the hook's `req`): the dispatcher moves it to Redis once the change is committed.
 */
export async function enqueueJob<Data extends Record<string, unknown>>(
  req: PayloadRequest,
  request: EnqueueRequest<Data>,
): Promise<number | string> {
  const row = await keepContext(req, () =>
    req.payload.create({
      collection: JOB_OUTBOX_SLUG as never,
      data: {
        queue: request.queue,
        name: request.name,
        data: request.data,
        status: 'pending',
        runAfter: request.delayMs ? new Date(Date.now() + request.delayMs).toISOString() : undefined,
        priority: request.priority,
      } as never,
      req,
      overrideAccess: true,
      depth: 0,
      context: { skipAudit: true },
    }),
  )
  return (row as { id: number | string }).id
}

/** The BullMQ job id of an outbox row: the same row always gives the same job, never a second one. */
export function outboxJobId(rowId: number | string): string {
  return `outbox-${rowId}`
}
