/**
 * Beacon counts live in Redis until the worker moves them into the database: one hash of
 * counters for everything since the last flush (fields `story|platform|day|measure`), one
 * HyperLogLog of day-pseudonyms per story, platform and day for unique readers, and a counter
 * per client and minute for the rate limit. Keys carry the queue prefix, so newsrooms (and test
 * suites) sharing one Redis never mix counts.
 */
import type { Redis } from 'ioredis'
import type { Payload } from 'payload'

import { queuesFor, waitForRedis } from '../../jobs/lib/queues'
import { jobsRegistry } from '../../jobs/lib/registry'

export type CounterMeasure = 'v' | 'l' | 'w' | 's' | 'm'
/** Views, listens, watch seconds, shares, mobile views. */
export const COUNTER_MEASURES: readonly CounterMeasure[] = ['v', 'l', 'w', 's', 'm']

/** How long a day's unique-reader sketch is kept: long enough for a late flush after midnight. */
export const HLL_TTL_SECONDS = 3 * 86_400

export type AudienceKeys = {
  live: string
  flushing: string
  lock: string
  hll: (story: number, platform: string, day: string) => string
  rate: (minute: number, visitor: string) => string
}

export function audienceKeys(prefix: string): AudienceKeys {
  // One hash tag: every key of a newsroom lands on one Redis Cluster slot (the flush script needs that).
  const base = `${prefix}:{audience}`
  return {
    live: `${base}:live`,
    flushing: `${base}:flushing`,
    lock: `${base}:flush-lock`,
    hll: (story, platform, day) => `${base}:hll:${day}:${story}:${platform}`,
    rate: (minute, visitor) => `${base}:rate:${minute}:${visitor}`,
  }
}

export const counterField = (story: number, platform: string, day: string, measure: CounterMeasure) =>
  `${story}|${platform}|${day}|${measure}`

export type CounterField = { story: number; platform: string; day: string; measure: CounterMeasure }

export function parseCounterField(field: string): CounterField | undefined {
  const [story, platform, day, measure] = field.split('|')
  if (!story || !/^\d+$/.test(story) || !platform || !day || !/^\d{4}-\d{2}-\d{2}$/.test(day))
    return undefined
  if (!COUNTER_MEASURES.includes(measure as CounterMeasure)) return undefined
  return { story: Number(story), platform, day, measure: measure as CounterMeasure }
}

export class RedisUnavailableError extends Error {
  constructor(cause?: unknown) {
    super(`Redis không trả lời${cause instanceof Error ? `: ${cause.message}` : ''}`)
    this.name = 'RedisUnavailableError'
  }
}

/**
 * This Payload's fail-fast Redis connection (the queue producers'), once it is ready. A connection
 * being opened gets a second; one reconnecting gets a moment (a blip, or a busy event loop that
 * timed out a connect); a lost Redis fails in a quarter of a second.
 */
export async function audienceRedis(payload: Payload): Promise<{ redis: Redis; keys: AudienceKeys }> {
  const set = queuesFor(payload)
  const status = set.connection.status
  const starting = status === 'wait' || status === 'connecting' || status === 'connect'
  const patience = starting ? 1_000 : status === 'reconnecting' ? 250 : 0
  if (!set.isReady() && !(patience && (await waitForRedis(set, patience))))
    throw new RedisUnavailableError(new Error(`${set.describeRedis()}: ${status}`))
  return { redis: set.connection, keys: audienceKeys(jobsRegistry(payload.config).options.prefix) }
}
