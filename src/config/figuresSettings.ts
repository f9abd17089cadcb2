import type { Env } from './envValues'
import { intValue } from './envValues'

/** Settings of the managers' figures: revenue, audience, KPIs and the annual report. */
export type FiguresSettings = {
  /** The year revenue growth is measured against (the province plans' baseline). */
  baselineYear: number
  /** Beacons one client (a salted hash, never the address itself) may send per minute. */
  beaconRatePerMinute: number
  /** How often the worker moves beacon counts from Redis into the audience tables. */
  beaconFlushSeconds: number
  /** Largest revenue or audience file an import accepts. */
  maxImportBytes: number
}

export function parseFiguresSettings(env: Env, problems: string[]): FiguresSettings {
  const baselineYear = intValue(env, 'FIGURES_BASELINE_YEAR', 2024, 2000, problems)
  if (baselineYear > 2100) problems.push(`FIGURES_BASELINE_YEAR: ${baselineYear} is not a plausible year`)
  return {
    baselineYear,
    beaconRatePerMinute: intValue(env, 'AUDIENCE_BEACON_RATE_PER_MINUTE', 120, 1, problems),
    beaconFlushSeconds: intValue(env, 'AUDIENCE_FLUSH_SECONDS', 10, 1, problems),
    maxImportBytes: intValue(env, 'FIGURES_MAX_IMPORT_BYTES', 200 * 1024 * 1024, 1024, problems),
  }
}
