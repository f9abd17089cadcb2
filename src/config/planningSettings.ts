import type { Env } from './envValues'
import { boolValue } from './envValues'

export type EpaperAccess = 'free' | 'subscribers'

/** Settings of the desk-planning capabilities: e-paper access, broadcast ids and airtime rules. */
export type PlanningSettings = {
  /** Who may read the e-paper's pages and articles: everyone, or logged-in subscribers (and staff). */
  epaperAccess: EpaperAccess
  /** The newsroom's MOS id, the `mosID` of every rundown item (`toasoan.mos` unless set). */
  mosID: string
  airtime: {
    /** Whether advertising counts in the airtime denominator (the law does not say; default no). */
    adsInDenominator: boolean
    /** Whether a rerun counts as newly self-produced (default no). */
    rerunCountsAsNew: boolean
  }
}

const MOS_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/

export function parsePlanningSettings(env: Env, problems: string[]): PlanningSettings {
  const access = (env.EPAPER_ACCESS?.trim().toLowerCase() || 'free') as EpaperAccess
  if (access !== 'free' && access !== 'subscribers') {
    problems.push(`EPAPER_ACCESS: "${env.EPAPER_ACCESS}" must be free or subscribers`)
  }
  const mosID = env.MOS_ID?.trim() || 'toasoan.mos'
  if (!MOS_ID.test(mosID)) problems.push(`MOS_ID: "${mosID}" must be letters, digits, dots, dashes`)
  return {
    epaperAccess: access === 'subscribers' ? 'subscribers' : 'free',
    mosID,
    airtime: {
      adsInDenominator: boolValue(env, 'AIRTIME_ADS_IN_DENOMINATOR', false, problems),
      rerunCountsAsNew: boolValue(env, 'AIRTIME_RERUN_COUNTS_AS_NEW', false, problems),
    },
  }
}
