import type { KpiContext } from '../context'
import type { KpiKey } from '../types'
import type { Page, RecordsPage } from './common'
import {
  audienceRecords,
  broadcastComplianceRecords,
  revenueRecords,
  securityRecords,
  staffTrainedRecords,
} from './otherRecords'
import { aiShareRecords, domesticPlatformRecords, foreignLanguageRecords } from './storyRecords'

export type { Page, RecordsPage } from './common'

const LOADERS: Record<KpiKey, (ctx: KpiContext, page: Page) => Promise<RecordsPage>> = {
  aiShare: aiShareRecords,
  revenueGrowth: revenueRecords,
  domesticPlatforms: domesticPlatformRecords,
  domesticAudience: audienceRecords,
  mobileAudience: audienceRecords,
  broadcastCompliance: broadcastComplianceRecords,
  staffTrained: staffTrainedRecords,
  foreignLanguage: foreignLanguageRecords,
  security: securityRecords,
}

/** The records behind one KPI, one page of them. */
export function loadKpiRecords(key: KpiKey, ctx: KpiContext, page: Page): Promise<RecordsPage> {
  return LOADERS[key](ctx, page)
}
