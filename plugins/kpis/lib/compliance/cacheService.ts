/**
 * A worker service keeping the judged broadcast days current as schedules and as-run logs
 * arrive (imports, edits), so the KPI request finds few or no stale days to judge itself.
 */
import type { Payload } from 'payload'

import { vietnamDay } from '../../../../src/lib/vietnamTime'
import { lastEndedDay } from '../period'
import type { CacheSettings } from './fingerprint'
import { refreshComplianceCache } from './refreshCache'

export const CACHE_REFRESH_MS = 5 * 60_000

export function startComplianceCacheService(
  payload: Payload,
  settings: CacheSettings,
  intervalMs = CACHE_REFRESH_MS,
): () => void {
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      // Up to yesterday, as the KPI counts: today's as-run log is still being written.
      const now = new Date()
      const year = Number(vietnamDay(now).slice(0, 4))
      const result = await refreshComplianceCache(
        payload,
        { from: `${year - 1}-01-01`, to: lastEndedDay(year, now) },
        settings,
      )
      if (result.recomputed || result.removed)
        payload.logger.info(
          `kpis: judged ${result.recomputed} broadcast day(s), removed ${result.removed} (of ${result.days})`,
        )
    } catch (error) {
      payload.logger.error({ err: error }, 'kpis: compliance cache refresh failed')
    } finally {
      running = false
    }
  }
  const first = setTimeout(tick, 5_000)
  const timer = setInterval(tick, intervalMs)
  first.unref?.()
  timer.unref?.()
  return () => {
    clearTimeout(first)
    clearInterval(timer)
  }
}
