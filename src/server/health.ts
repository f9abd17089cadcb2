import { Redis } from 'ioredis'
import type { Payload } from 'payload'

import { withTimeout } from '../lib/deadline'

export type HealthReport = {
  status: 'ok' | 'degraded'
  database: { ok: boolean; kind: 'postgres' | 'sqlite'; latencyMs?: number; error?: string }
  redis: { ok: boolean; latencyMs?: number; error?: string }
  uptimeSeconds: number
}

async function timed<T>(fn: () => Promise<T>, timeoutMs: number): Promise<number> {
  const started = performance.now()
  await withTimeout(fn(), timeoutMs, `no answer within ${timeoutMs} ms`)
  return Math.round(performance.now() - started)
}

/**
 * Reachability of the database and Redis. One long-lived Redis client with no retry queue,
 * so a dead Redis answers "down" at once instead of hanging the probe.
 */
export function createHealthCheck(payload: Payload, redisURL: string) {
  const redis = new Redis(redisURL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    connectTimeout: 1000,
    retryStrategy: (times) => Math.min(times * 500, 5000),
  })
  redis.on('error', () => undefined)
  const kind: 'postgres' | 'sqlite' = payload.db.name === 'postgres' ? 'postgres' : 'sqlite'

  async function check(): Promise<HealthReport> {
    const report: HealthReport = {
      status: 'ok',
      database: { ok: false, kind },
      redis: { ok: false },
      uptimeSeconds: Math.round(process.uptime()),
    }
    try {
      const db = payload.db as unknown as {
        drizzle: unknown
        execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
      }
      const ping = () => db.execute({ drizzle: db.drizzle, raw: 'select 1' })
      report.database = { ok: true, kind, latencyMs: await timed(ping, 2000) }
    } catch (error) {
      report.database = { ok: false, kind, error: (error as Error).message }
    }
    try {
      if (redis.status === 'wait' || redis.status === 'end') await redis.connect().catch(() => undefined)
      report.redis = { ok: true, latencyMs: await timed(() => redis.ping(), 1000) }
    } catch (error) {
      report.redis = { ok: false, error: (error as Error).message }
    }
    if (!report.database.ok || !report.redis.ok) report.status = 'degraded'
    return report
  }

  return { check, close: () => redis.disconnect() }
}
