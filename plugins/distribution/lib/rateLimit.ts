import type { Redis } from 'ioredis'

/**
 * A fixed one-minute window per target in Redis, shared by every worker. Returns 0 when this
 * delivery may go now, else how many milliseconds until the next window opens.
 */
export async function takeRateSlot(
  redis: Redis,
  prefix: string,
  targetId: string,
  perMinute: number,
  now = Date.now(),
): Promise<number> {
  if (!perMinute || perMinute <= 0) return 0
  const window = Math.floor(now / 60_000)
  const key = `${prefix}:distribution:rate:${targetId}:${window}`
  const [[, count]] = (await redis.multi().incr(key).pexpire(key, 120_000).exec()) as [
    [unknown, number],
    unknown,
  ]
  return rateDelayMs(count, perMinute, now)
}

/**
 * How long the `count`-th delivery of the current minute waits: 0 within the limit; beyond it,
 * overflow n waits for window floor(n / perMinute) ahead, spread across that window, so a backlog
 * drains at the limit instead of every waiting delivery waking at the next window's start.
 */
export function rateDelayMs(count: number, perMinute: number, now: number): number {
  if (count <= perMinute) return 0
  const window = Math.floor(now / 60_000)
  const overflow = count - perMinute - 1
  const windowsAhead = Math.floor(overflow / perMinute) + 1
  return (window + windowsAhead) * 60_000 - now + Math.floor((overflow % perMinute) * (60_000 / perMinute))
}

/**
 * A per-target lock for credential refreshes: a single-use refresh token must never be spent by
 * two workers at once. Released by token only, so an expired holder cannot free a newer lock.
 */
export async function withTargetLock<T>(
  redis: Redis,
  prefix: string,
  targetId: string,
  work: () => Promise<T>,
  { ttlMs = 60_000, waitMs = 30_000 }: { ttlMs?: number; waitMs?: number } = {},
): Promise<T> {
  const key = `${prefix}:distribution:lock:${targetId}`
  const token = `${process.pid}-${Math.random().toString(36).slice(2)}`
  const deadline = Date.now() + waitMs
  while ((await redis.set(key, token, 'PX', ttlMs, 'NX')) !== 'OK') {
    if (Date.now() > deadline)
      throw new Error('Đang có tiến trình khác làm mới mã truy cập của đích này (lock timeout).')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  try {
    return await work()
  } finally {
    await redis.eval(
      "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
      1,
      key,
      token,
    )
  }
}
