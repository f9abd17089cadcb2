import { Queue } from 'bullmq'
import type { Redis } from 'ioredis'
import type { Payload } from 'payload'

import { QUEUE_NAMES, type QueueName } from '../types'
import { createRedisConnection, redactRedisURL } from './connection'
import { jobsRegistry } from './registry'

export type QueueSet = {
  connection: Redis
  get: (name: QueueName) => Queue
  isReady: () => boolean
  describeRedis: () => string
  close: () => Promise<void>
}

const queueSets = new WeakMap<Payload, QueueSet>()

/** One producer connection and one Queue per capability for this Payload instance, made on first use. */
export function queuesFor(payload: Payload): QueueSet {
  const existing = queueSets.get(payload)
  if (existing) return existing
  const { options } = jobsRegistry(payload.config)
  const connection = createRedisConnection(options.redisURL, 'producer')
  const queues = new Map<QueueName, Queue>()
  const set: QueueSet = {
    connection,
    get: (name) => {
      if (!QUEUE_NAMES.includes(name)) throw new Error(`Unknown queue "${name}"`)
      let queue = queues.get(name)
      if (!queue) {
        queue = new Queue(name, { connection, prefix: options.prefix })
        queue.on('error', () => {})
        queues.set(name, queue)
      }
      return queue
    },
    isReady: () => connection.status === 'ready',
    describeRedis: () => redactRedisURL(options.redisURL),
    close: async () => {
      queueSets.delete(payload)
      await Promise.allSettled([...queues.values()].map((queue) => queue.close()))
      connection.disconnect()
    },
  }
  queueSets.set(payload, set)
  return set
}

/** Closes this instance's queues if any were opened (called on shutdown). */
export async function closeQueues(payload: Payload): Promise<void> {
  await queueSets.get(payload)?.close()
}

/** Waits briefly for a fresh connection, so the first admin request after boot sees Redis as it is. */
export async function waitForRedis(set: QueueSet, timeoutMs = 1_500): Promise<boolean> {
  if (set.isReady()) return true
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (set.isReady()) return true
    if (set.connection.status === 'end') return false
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return set.isReady()
}
