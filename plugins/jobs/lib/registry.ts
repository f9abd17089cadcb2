import type { Config, SanitizedConfig } from 'payload'

import {
  QUEUE_NAMES,
  type JobDefinition,
  type JobsPluginOptions,
  type JobsRegistry,
  type QueueName,
  type WorkerService,
} from '../types'

export const DEFAULT_JOB_OPTIONS = {
  prefix: 'toasoan',
  attempts: 5,
  backoffMs: 2_000,
  lockDurationMs: 30_000,
  outboxPollMs: 500,
}

export function createRegistry(options: JobsPluginOptions): JobsRegistry {
  const concurrency = Object.fromEntries(QUEUE_NAMES.map((name) => [name, 1])) as Record<QueueName, number>
  return {
    options: {
      ...DEFAULT_JOB_OPTIONS,
      ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)),
      redisURL: options.redisURL,
      concurrency: { ...concurrency, ...options.concurrency },
    } as JobsRegistry['options'],
    definitions: [],
    services: [],
  }
}

/** The registry the jobs plugin put in the config; a clear error when the plugin is missing. */
export function jobsRegistry(config: Config | SanitizedConfig): JobsRegistry {
  const registry = (config.custom as { jobs?: JobsRegistry } | undefined)?.jobs
  if (!registry) throw new Error('The jobs plugin must come before any plugin that defines jobs.')
  return registry
}

/** Lets a capability plugin declare its job handlers; the worker runs whatever is declared. */
export function defineJobs(config: Config, definitions: JobDefinition<never>[]): void {
  const registry = jobsRegistry(config)
  for (const definition of definitions) {
    if (registry.definitions.some((d) => d.queue === definition.queue && d.name === definition.name)) {
      throw new Error(`Job ${definition.queue}/${definition.name} is defined twice.`)
    }
    registry.definitions.push(definition)
  }
}

export function findDefinition(registry: JobsRegistry, queue: string, name: string) {
  return registry.definitions.find((d) => d.queue === queue && d.name === name)
}

/**
 * Lets a capability plugin run something beside its jobs in every worker process (a periodic
 * sweep, say): started with the worker's queues, stopped with them.
 */
export function defineWorkerService(config: Config, service: WorkerService): void {
  jobsRegistry(config).services.push(service)
}
