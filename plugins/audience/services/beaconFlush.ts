/**
 * The worker's side of the beacon: a flush every `beaconFlushSeconds`, plus a job of the same
 * work on the `indexing` queue (`POST /api/audience/flush` queues it when a manager wants the
 * figures now; it also makes a worker with default queues serve `indexing`, where the loop lives).
 */
import type { Payload } from 'payload'

import type { JobDefinition, WorkerService } from '../../jobs/types'
import { flushBeacons, type FlushResult } from '../lib/flushBeacons'
import { audienceRedis } from '../lib/redisCounts'

export const FLUSH_JOB_NAME = 'flush-audience-beacons'

async function flushOnce(payload: Payload): Promise<FlushResult> {
  const { redis } = await audienceRedis(payload)
  return flushBeacons(payload, redis)
}

export const flushBeaconsJob: JobDefinition<Record<string, never>> = {
  queue: 'indexing',
  name: FLUSH_JOB_NAME,
  attempts: 3,
  handler: async (_data, { payload }) => flushOnce(payload),
}

export function beaconFlushService(seconds: number): WorkerService {
  return {
    name: 'audience-beacon-flush',
    queue: 'indexing',
    start: (payload) => {
      let running = false
      let failing: string | undefined
      const timer = setInterval(async () => {
        if (running) return
        running = true
        try {
          const result = await flushOnce(payload)
          if (failing) payload.logger.info('Khán giả: đã chuyển lại được số liệu beacon vào cơ sở dữ liệu.')
          failing = undefined
          if (result.status === 'flushed' && result.skippedStories)
            payload.logger.warn(`Khán giả: bỏ số liệu beacon của ${result.skippedStories} tin bài đã bị xoá.`)
        } catch (error) {
          const message = (error as Error).message
          // Once per outage, not every few seconds; the counts wait safely in Redis meanwhile.
          if (failing !== message)
            payload.logger.warn(`Khán giả: chưa chuyển được số liệu beacon (${message}); sẽ thử lại.`)
          failing = message
        } finally {
          running = false
        }
      }, seconds * 1000)
      timer.unref()
      return () => clearInterval(timer)
    },
  }
}
