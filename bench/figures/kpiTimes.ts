/**
 * Where the KPI report's time goes: each KPI's computation timed alone, in the bench process, on
 * the same database, with the options the server builds from the same settings. The report runs
 * them in parallel and shares the loads some of them have in common, so its time is about the
 * slowest one plus what they contend for; the sum of these says how much work there is in all.
 */
import type { Payload } from 'payload'

import { kpiContext, type KpiContext, type KpiResult } from '../../plugins/kpis/lib/context'
import { computeAiShare } from '../../plugins/kpis/lib/kpi/aiShare'
import {
  domesticAudienceResult,
  loadAudienceYears,
  mobileAudienceResult,
} from '../../plugins/kpis/lib/kpi/audience'
import { computeBroadcastCompliance } from '../../plugins/kpis/lib/kpi/broadcastCompliance'
import { computeDomesticPlatforms } from '../../plugins/kpis/lib/kpi/domesticPlatforms'
import { computeForeignLanguage } from '../../plugins/kpis/lib/kpi/foreignLanguage'
import { computeRevenueGrowth } from '../../plugins/kpis/lib/kpi/revenueGrowth'
import { computeSecurity } from '../../plugins/kpis/lib/kpi/security'
import { computeStaffTrained } from '../../plugins/kpis/lib/kpi/staffTrained'
import type { KpiKey } from '../../plugins/kpis/lib/types'
import type { KpisPluginOptions } from '../../plugins/kpis/types'
import { BUILT_IN_LOCALES } from '../../src/config/buildNewsroomConfig'
import type { Settings } from '../../src/config/settings'
import { median } from '../planning/newsroom'

/** As buildNewsroomConfig hands them to kpisPlugin. */
export function kpiOptions(settings: Settings): KpisPluginOptions {
  return {
    baselineYear: settings.figures.baselineYear,
    ai: settings.ai,
    airtime: settings.planning.airtime,
    locales: [...BUILT_IN_LOCALES.map((l) => l.code), ...settings.extraLocales.map((l) => l.code)],
  }
}

const COMPUTERS: Record<KpiKey, (ctx: KpiContext) => Promise<KpiResult>> = {
  aiShare: computeAiShare,
  revenueGrowth: computeRevenueGrowth,
  domesticPlatforms: computeDomesticPlatforms,
  // KPIs that share a load in the report (the audience sums, the story counts) each do it here.
  domesticAudience: async (ctx) => domesticAudienceResult(ctx, await loadAudienceYears(ctx)),
  mobileAudience: async (ctx) => mobileAudienceResult(ctx, await loadAudienceYears(ctx)),
  broadcastCompliance: computeBroadcastCompliance,
  staffTrained: computeStaffTrained,
  foreignLanguage: computeForeignLanguage,
  security: computeSecurity,
}

/** Median ms of `runs` sequential computations of each KPI for the year. */
export async function timeEachKpi(
  payload: Payload,
  settings: Settings,
  year: number,
  runs: number,
): Promise<Array<{ key: KpiKey; ms: number }>> {
  const options = kpiOptions(settings)
  // A context per computation: the report's context keeps the loads its KPIs share (once()).
  const fresh = () => kpiContext(payload, year, options)
  const out: Array<{ key: KpiKey; ms: number }> = []
  for (const [key, compute] of Object.entries(COMPUTERS) as Array<
    [KpiKey, (ctx: KpiContext) => Promise<KpiResult>]
  >) {
    await compute(fresh())
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const ctx = fresh()
      const started = performance.now()
      await compute(ctx)
      times.push(performance.now() - started)
    }
    out.push({ key, ms: median(times) })
  }
  return out
}
