/**
 * Which cached broadcast-day verdicts are stale (pure). A day's verdict depends on its own as-run
 * items and on the previous day's items running past midnight, and on the two airtime settings;
 * its fingerprint therefore joins the cheap per-day stamps (count, latest change, sums) of both
 * days with the settings and a version of the rules.
 */
import { addDays } from '../../../airtime/lib/time'

/** Bump when the compliance rules change, so every cached verdict is judged again. */
export const RULES_VERSION = 'v1'

export type DayStamp = {
  channel: string
  day: string
  count: number
  latest: string
  durationSum: number
  startSum: number
}

export type CacheSettings = { adsInDenominator: boolean; rerunCountsAsNew: boolean }

export type CachedDay = { id: number | string; channel: string; day: string; fingerprint: string }

export const dayKey = (channel: string, day: string) => `${channel}|${day}`

const stampText = (stamp: DayStamp | undefined) =>
  stamp ? `${stamp.count}:${stamp.latest}:${stamp.durationSum}:${stamp.startSum}` : '-'

/** The fingerprint of every (channel, day) in [from, to] that has an as-run log. */
export function dayFingerprints(
  stamps: readonly DayStamp[],
  settings: CacheSettings,
  from: string,
  to: string,
): Map<string, string> {
  const byKey = new Map(stamps.map((stamp) => [dayKey(stamp.channel, stamp.day), stamp]))
  const prefix = `${RULES_VERSION};ads=${settings.adsInDenominator ? 1 : 0};rerun=${settings.rerunCountsAsNew ? 1 : 0}`
  const out = new Map<string, string>()
  for (const stamp of stamps) {
    if (stamp.day < from || stamp.day > to || stamp.count === 0) continue
    const previous = byKey.get(dayKey(stamp.channel, addDays(stamp.day, -1)))
    out.set(dayKey(stamp.channel, stamp.day), `${prefix};${stampText(stamp)};${stampText(previous)}`)
  }
  return out
}

/**
 * Days to judge again (no verdict yet, or one computed from other items or settings) and cached
 * verdicts of days that no longer have an as-run log (to delete).
 */
export function staleDays(
  current: ReadonlyMap<string, string>,
  cached: readonly CachedDay[],
): { stale: Array<{ channel: string; day: string }>; outdated: Array<number | string> } {
  const cachedByKey = new Map(cached.map((row) => [dayKey(row.channel, row.day), row]))
  const stale: Array<{ channel: string; day: string }> = []
  const outdated: Array<number | string> = []
  for (const [key, fingerprint] of current) {
    const row = cachedByKey.get(key)
    if (row && row.fingerprint === fingerprint) continue
    const [channel, day] = key.split('|') as [string, string]
    stale.push({ channel, day })
    if (row) outdated.push(row.id)
  }
  for (const row of cached) if (!current.has(dayKey(row.channel, row.day))) outdated.push(row.id)
  stale.sort((a, b) => a.channel.localeCompare(b.channel) || a.day.localeCompare(b.day))
  return { stale, outdated }
}

/** Consecutive days of one channel as ranges of at most `maxDays`, so each loads in one query. */
export function dayRuns(days: readonly string[], maxDays = 31): Array<{ from: string; to: string }> {
  const sorted = [...new Set(days)].sort()
  const runs: Array<{ from: string; to: string; length: number }> = []
  for (const day of sorted) {
    const last = runs[runs.length - 1]
    if (last && addDays(last.to, 1) === day && last.length < maxDays) {
      last.to = day
      last.length++
    } else runs.push({ from: day, to: day, length: 1 })
  }
  return runs.map(({ from, to }) => ({ from, to }))
}
