/** The beacon's two Redis round trips: the client's rate, then the counts. Never the database. */
import type { Redis } from 'ioredis'

import type { BeaconEvent } from './beaconBody'
import {
  counterField,
  HLL_TTL_SECONDS,
  RedisUnavailableError,
  type AudienceKeys,
  type CounterMeasure,
} from './redisCounts'

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** At most `limit` beacons per client per clock minute (a fixed window: one INCR, one EXPIRE). */
export async function takeRate(
  redis: Redis,
  keys: AudienceKeys,
  visitor: string,
  limit: number,
  now = Date.now(),
): Promise<RateVerdict> {
  const minute = Math.floor(now / 60_000)
  const key = keys.rate(minute, visitor)
  let count: number
  try {
    const results = await redis.multi().incr(key).expire(key, 120).exec()
    const [error, value] = results?.[0] ?? [new Error('no answer')]
    if (error) throw error
    count = Number(value)
  } catch (error) {
    throw new RedisUnavailableError(error)
  }
  if (count <= limit) return { allowed: true }
  return { allowed: false, retryAfterSeconds: Math.max(1, 60 - Math.floor((now % 60_000) / 1000)) }
}

export type CountedBeacon = {
  story: number
  platform: string
  day: string
  event: BeaconEvent
  seconds: number
  mobile: boolean
  visitor: string
}

const MEASURE_OF: Readonly<Record<BeaconEvent, CounterMeasure>> = {
  view: 'v',
  listen: 'l',
  watch: 'w',
  share: 's',
}

/** Adds one beacon to the live counters and its reader to the day's unique-reader sketch, atomically. */
export async function countBeacon(redis: Redis, keys: AudienceKeys, beacon: CountedBeacon): Promise<void> {
  const { story, platform, day } = beacon
  const multi = redis.multi()
  const amount = beacon.event === 'watch' ? Math.max(1, Math.round(beacon.seconds)) : 1
  multi.hincrby(keys.live, counterField(story, platform, day, MEASURE_OF[beacon.event]), amount)
  if (beacon.event === 'view' && beacon.mobile)
    multi.hincrby(keys.live, counterField(story, platform, day, 'm'), 1)
  const hll = keys.hll(story, platform, day)
  multi.pfadd(hll, beacon.visitor)
  multi.expire(hll, HLL_TTL_SECONDS)
  try {
    const results = await multi.exec()
    const failed = results?.find(([error]) => error)
    if (!results || failed) throw failed?.[0] ?? new Error('transaction discarded')
  } catch (error) {
    throw new RedisUnavailableError(error)
  }
}
