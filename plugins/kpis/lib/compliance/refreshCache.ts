/**
 * Keeps `kpi-compliance-days` current: one GROUP BY over the as-run items gives each day's stamp,
 * the cached fingerprints are compared, and only stale days are judged again (with the airtime
 * plugin's own loader and rules) and written back in one transaction.
 */
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { complianceForDay, loadComplianceDays } from '../../../airtime'
import { insertRows } from '../../../../src/lib/imports/bulkInsert'
import { addDays } from '../../../airtime/lib/time'
import { KPI_COMPLIANCE_DAYS_SLUG } from '../../collections/KpiComplianceDays'
import { isoOf, num, queryRows, type SqlValue } from '../sql'
import {
  dayFingerprints,
  dayKey,
  dayRuns,
  staleDays,
  type CacheSettings,
  type CachedDay,
  type DayStamp,
} from './fingerprint'

export type RefreshScope = { from: string; to: string; channel?: number | string }

export type RefreshResult = { days: number; recomputed: number; removed: number }

async function loadStamps(payload: Payload, { from, to, channel }: RefreshScope): Promise<DayStamp[]> {
  const params: SqlValue[] = [addDays(from, -1), to]
  if (channel !== undefined) params.push(Number(channel))
  const rows = await queryRows(
    payload,
    `SELECT channel_id, date, count(*) AS n, max(updated_at) AS latest,
            sum(duration_seconds) AS durations, sum(start_seconds) AS starts
       FROM schedule_items WHERE log = 'asrun' AND date >= ? AND date <= ?
       ${channel !== undefined ? 'AND channel_id = ?' : ''}
      GROUP BY channel_id, date`,
    params,
  )
  return rows.map((row) => ({
    channel: String(row.channel_id),
    day: String(row.date),
    count: num(row.n),
    latest: isoOf(row.latest),
    durationSum: num(row.durations),
    startSum: num(row.starts),
  }))
}

async function loadCached(
  payload: Payload,
  { from, to, channel }: RefreshScope,
  req?: PayloadRequest,
): Promise<CachedDay[]> {
  const params: SqlValue[] = [from, to]
  if (channel !== undefined) params.push(Number(channel))
  const rows = await queryRows(
    payload,
    `SELECT id, channel_id, day, fingerprint FROM kpi_compliance_days WHERE day >= ? AND day <= ?
       ${channel !== undefined ? 'AND channel_id = ?' : ''}`,
    params,
    req,
  )
  return rows.map((row) => ({
    id: num(row.id),
    channel: String(row.channel_id),
    day: String(row.day),
    fingerprint: String(row.fingerprint ?? ''),
  }))
}

type Verdict = Record<string, unknown>

async function judge(
  payload: Payload,
  stale: ReadonlyArray<{ channel: string; day: string }>,
  fingerprints: ReadonlyMap<string, string>,
  settings: CacheSettings,
): Promise<Verdict[]> {
  const byChannel = new Map<string, string[]>()
  for (const { channel, day } of stale) byChannel.set(channel, [...(byChannel.get(channel) ?? []), day])
  const computedAt = new Date().toISOString()
  const rows: Verdict[] = []
  for (const [channel, days] of byChannel) {
    const wanted = new Set(days)
    for (const run of dayRuns(days)) {
      const loaded = await loadComplianceDays(payload, {
        channel: Number(channel),
        from: run.from,
        to: run.to,
        source: 'asrun',
      })
      for (const day of loaded) {
        if (!wanted.has(day.date)) continue
        const report = complianceForDay(day.items, { ...settings, date: day.date })
        rows.push({
          channel: Number(channel),
          day: day.date,
          pass: report.ok,
          violations: report.violations,
          itemCount: report.segments.length,
          airtimeSeconds: report.totals.airtimeSeconds,
          fingerprint: fingerprints.get(dayKey(channel, day.date)) ?? '',
          computedAt,
        })
      }
    }
  }
  return rows
}

async function write(
  payload: Payload,
  outdated: ReadonlyArray<number | string>,
  rows: Verdict[],
  callerReq?: PayloadRequest,
) {
  // Inside the caller's open transaction, when there is one: it commits or rolls back with it.
  const req = callerReq?.transactionID ? callerReq : await createLocalReq({}, payload)
  const own = await initTransaction(req)
  try {
    if (outdated.length)
      await payload.db.deleteMany({
        collection: KPI_COMPLIANCE_DAYS_SLUG,
        where: { id: { in: [...outdated] } },
        req,
      })
    if (rows.length) await insertRows(req, KPI_COMPLIANCE_DAYS_SLUG, rows)
    if (own) await commitTransaction(req)
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}

const inFlight = new Map<string, Promise<RefreshResult>>()

/**
 * Brings the cached verdicts of [from, to] up to date. Concurrent calls for the same scope in
 * this process share one refresh; a clash with another process (unique channel + day) is
 * logged and left for the next call, since that process wrote the same verdicts.
 */
export function refreshComplianceCache(
  payload: Payload,
  scope: RefreshScope,
  settings: CacheSettings,
  req?: PayloadRequest,
): Promise<RefreshResult> {
  // A refresh inside a caller's transaction is its own: its writes are not seen outside it.
  const transaction = req?.transactionID ? 'tx' : ''
  const key = `${scope.from}|${scope.to}|${scope.channel ?? '*'}|${settings.adsInDenominator}|${settings.rerunCountsAsNew}|${transaction}`
  const running = transaction ? undefined : inFlight.get(key)
  if (running) return running
  const run = (async () => {
    const [stamps, cached] = await Promise.all([loadStamps(payload, scope), loadCached(payload, scope, req)])
    const fingerprints = dayFingerprints(stamps, settings, scope.from, scope.to)
    const { stale, outdated } = staleDays(fingerprints, cached)
    if (!stale.length && !outdated.length) return { days: fingerprints.size, recomputed: 0, removed: 0 }
    const rows = await judge(payload, stale, fingerprints, settings)
    try {
      await write(payload, outdated, rows, req)
    } catch (error) {
      payload.logger.warn({ err: error }, 'kpis: compliance cache not written (another refresh wrote it?)')
    }
    return {
      days: fingerprints.size,
      recomputed: rows.length,
      removed: cached.filter((c) => !fingerprints.has(dayKey(c.channel, c.day))).length,
    }
  })()
  if (transaction) return run
  inFlight.set(key, run)
  return run.finally(() => inFlight.delete(key))
}
