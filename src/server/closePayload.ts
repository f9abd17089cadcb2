import type { Payload } from 'payload'

import { closeQueues } from '../../plugins/jobs/lib/queues'

type Pool = { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }

/**
 * payload.destroy() resets the adapter but leaves its connections open (the pg pool, the
 * libsql client), which keeps the process alive. The postgres adapter also holds one pool
 * client for good (to notice lost connections), so pool.end() never settles on its own:
 * wait briefly, then let the process go. Late connection errors (a dropped test database)
 * are expected by then and must not crash the process.
 */
export async function closePayload(payload: Payload, waitMs = 1000): Promise<void> {
  const db = payload.db as unknown as { pool?: Pool; client?: { close: () => void } }
  const { pool, client } = db
  await closeQueues(payload).catch(() => undefined)
  await payload.destroy().catch(() => undefined)
  if (pool) {
    pool.on('error', () => undefined)
    let timer: NodeJS.Timeout | undefined
    await Promise.race([
      pool.end().catch(() => undefined),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, waitMs)
        timer.unref()
      }),
    ])
    clearTimeout(timer)
  }
  try {
    client?.close()
  } catch {
    // already closed
  }
}
