import type { Job } from 'bullmq'
import type { Payload } from 'payload'

/** One BullMQ queue per capability, so a slow video transcode never holds up a Zalo post. */
export const QUEUE_NAMES = ['media', 'ai', 'distribution', 'indexing'] as const
export type QueueName = (typeof QUEUE_NAMES)[number]

export type JobContext = {
  payload: Payload
  job: Job
  /** The worker's lock token: lets a handler move its job to delayed (`job.moveToDelayed`). */
  token?: string
  /** Aborted when the worker is shutting down and the job should stop where it safely can. */
  signal: AbortSignal
}

export type JobHandler<Data = Record<string, unknown>> = (data: Data, context: JobContext) => Promise<unknown>

export type JobDefinition<Data = Record<string, unknown>> = {
  queue: QueueName
  /** Job name within its queue, e.g. `process` in the `media` queue. */
  name: string
  handler: JobHandler<Data>
  /** Attempts before the job is failed for good (default: the plugin's `attempts`). */
  attempts?: number
  /** Called once when the job has failed for good (last attempt or an UnrecoverableError). */
  onFailed?: (data: Data, error: Error, context: Omit<JobContext, 'signal'>) => Promise<void>
}

export type JobsPluginOptions = {
  redisURL: string
  /** Key prefix in Redis: lets several newsrooms (or test suites) share one Redis. */
  prefix?: string
  attempts?: number
  /** First retry delay; each later one doubles it. */
  backoffMs?: number
  /** How long a worker's lock on a job lasts before another worker may take it over. */
  lockDurationMs?: number
  /** How often the outbox is read and its entries pushed to Redis. */
  outboxPollMs?: number
  concurrency?: Partial<Record<QueueName, number>>
}

/** What the jobs plugin keeps in `config.custom.jobs` for the worker and for other plugins. */
export type JobsRegistry = {
  options: Required<Omit<JobsPluginOptions, 'concurrency'>> & {
    concurrency: Record<QueueName, number>
  }
  definitions: JobDefinition<never>[]
  services: WorkerService[]
}

/** Started by each worker (for the queues it serves); returns how to stop it. */
export type WorkerService = {
  name: string
  queue: QueueName
  start: (payload: Payload) => () => void
}

/** What a hook hands to `enqueueJob`: written to the outbox in the hook's own transaction. */
export type EnqueueRequest<Data = Record<string, unknown>> = {
  queue: QueueName
  name: string
  data: Data
  /** Delay before the job may run, in milliseconds. */
  delayMs?: number
  /** Higher runs first within its queue (BullMQ priority 1 is highest). */
  priority?: number
}
