import { DelayedError, type Job, WaitingError, Worker } from 'bullmq'
import type { Payload } from 'payload'

import { settlesWithin } from '../../../src/lib/deadline'
import type { QueueName } from '../types'
import { createRedisConnection, redactRedisURL } from './connection'
import { startOutboxDispatcher } from './dispatchOutbox'
import { queuesFor } from './queues'
import { findDefinition, jobsRegistry } from './registry'

export type RunningWorker = {
  queues: QueueName[]
  /**
   * Stops taking jobs and lets running ones finish; after `graceMs` the running ones are told to
   * stop (their signal aborts) and are put back in the queue for the next worker, not failed.
   */
  close: (graceMs?: number) => Promise<void>
}

export type StartWorkerOptions = {
  /** Queues to work on (default: every queue that has a job defined). */
  queues?: QueueName[]
  /** Push the outbox to Redis from this process too (default true). */
  dispatchOutbox?: boolean
}

export function startWorker(payload: Payload, options: StartWorkerOptions = {}): RunningWorker {
  const registry = jobsRegistry(payload.config)
  const { options: settings } = registry
  const queueNames = options.queues ?? ([...new Set(registry.definitions.map((d) => d.queue))] as QueueName[])
  const abort = new AbortController()
  const connection = createRedisConnection(settings.redisURL, 'worker')
  let running = 0
  let outage: string | undefined
  const reports = new Set<Promise<void>>()
  connection.on('ready', () => {
    if (!outage) return
    outage = undefined
    payload.logger.info('Hàng đợi: đã kết nối lại Redis; worker tiếp tục nhận công việc.')
  })

  const workers = queueNames.map((queue) => {
    const worker = new Worker(
      queue,
      async (job: Job, token?: string) => {
        const definition = findDefinition(registry, queue, job.name)
        if (!definition) throw new Error(`Không có trình xử lý cho công việc "${queue}/${job.name}".`)
        running++
        try {
          return await definition.handler(job.data as never, { payload, job, token, signal: abort.signal })
        } catch (error) {
          if (abort.signal.aborted && token && !(error instanceof DelayedError)) {
            // Shutting down: hand the job back untouched rather than spend one of its attempts.
            await job.moveToWait(token)
            throw new WaitingError()
          }
          throw error
        } finally {
          running--
        }
      },
      {
        connection,
        prefix: settings.prefix,
        concurrency: settings.concurrency[queue] ?? 1,
        lockDuration: settings.lockDurationMs,
        stalledInterval: settings.lockDurationMs,
        maxStalledCount: 2,
        autorun: true,
      },
    )
    worker.on('error', (error) => {
      // Once per outage, not twice every reconnect attempt.
      if (outage) return
      outage = error.message
      payload.logger.warn(
        `Hàng đợi ${queue}: không kết nối được Redis (${redactRedisURL(settings.redisURL)}): ${error.message}. Worker chờ Redis hoạt động lại.`,
      )
    })
    worker.on('stalled', (jobId) =>
      payload.logger.warn(
        `Hàng đợi ${queue}: công việc #${jobId} bị bỏ dở (worker dừng đột ngột), chạy lại.`,
      ),
    )
    worker.on('failed', (job, error) => {
      if (!job) return
      const report = reportFailure(payload, queue, job, error).finally(() => reports.delete(report))
      reports.add(report)
    })
    return worker
  })

  const queues = queuesFor(payload)
  const stopServices = registry.services
    .filter((service) => queueNames.includes(service.queue))
    .map((service) => service.start(payload))
  const stopDispatcher =
    options.dispatchOutbox === false
      ? async () => {}
      : startOutboxDispatcher(payload, queues, settings.outboxPollMs)

  return {
    queues: queueNames,
    close: async (graceMs = 30_000) => {
      for (const stop of stopServices) stop()
      await stopDispatcher()
      // Idle while Redis is unreachable: nothing to wait for, and BullMQ's graceful close would
      // wait for Redis to come back (then our grace and 10 s more) before it returns.
      const force = running === 0 && connection.status !== 'ready'
      const closing = Promise.all(workers.map((worker) => worker.close(force)))
      if (!(await settlesWithin(closing, graceMs))) {
        abort.abort()
        await settlesWithin(closing, 10_000)
      }
      // A job that failed for good must still be marked so (onFailed) before the process ends.
      await Promise.allSettled([...reports])
      await queues.close()
      connection.disconnect()
    },
  }
}

async function reportFailure(payload: Payload, queue: QueueName, job: Job, error: Error) {
  const registry = jobsRegistry(payload.config)
  const definition = findDefinition(registry, queue, job.name)
  try {
    const state = await job.getState()
    const final = state === 'failed'
    payload.logger.warn(
      `Công việc ${queue}/${job.name} #${job.id} lỗi (lần ${job.attemptsMade}/${job.opts.attempts ?? 1}${final ? ', dừng thử lại' : ''}): ${error.message}`,
    )
    if (final && definition?.onFailed) await definition.onFailed(job.data as never, error, { payload, job })
  } catch (reportError) {
    payload.logger.error({ err: reportError }, `Không ghi được lỗi của công việc ${queue}/${job.name}`)
  }
}
