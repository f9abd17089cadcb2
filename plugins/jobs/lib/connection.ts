import { Redis, type RedisOptions } from 'ioredis'

/**
 * Producers (the web process, the outbox dispatcher, the admin endpoints) must fail fast when
 * Redis is down, so nothing waits on it: no offline queue, one try per command. Workers instead
 * wait for Redis to come back (BullMQ requires maxRetriesPerRequest: null for them).
 */
export function createRedisConnection(url: string, role: 'producer' | 'worker'): Redis {
  const common: RedisOptions = {
    lazyConnect: false,
    connectTimeout: 2_000,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  }
  const options: RedisOptions =
    role === 'worker'
      ? { ...common, maxRetriesPerRequest: null, enableReadyCheck: true }
      : { ...common, maxRetriesPerRequest: 1, enableOfflineQueue: false }
  const connection = new Redis(url, options)
  // ioredis reports every failed reconnect as an 'error' event; unhandled, it would crash.
  connection.on('error', () => {})
  return connection
}

export function redactRedisURL(url: string): string {
  return url.replace(/(\/\/[^:/@]*):[^@/]*@/, '$1:***@')
}
