import type { KpiContext } from '../context'
import type { KpiKey } from '../types'
import type { Page, RecordsPage, RecordsReader } from './common'
import {
  audienceRecords,
  broadcastComplianceRecords,
  revenueRecords,
  securityRecords,
  staffTrainedRecords,
} from './otherRecords'
import { aiShareRecords, domesticPlatformRecords, foreignLanguageRecords } from './storyRecords'

export type { Page, RecordsPage, RecordsReader } from './common'

type Loader = (ctx: KpiContext, page: Page, reader: RecordsReader) => Promise<RecordsPage>

const LOADERS: Record<KpiKey, Loader> = {
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

/** The records behind one KPI, one page of them, as far as `reader` may see them. */
export function loadKpiRecords(
  key: KpiKey,
  ctx: KpiContext,
  page: Page,
  reader: RecordsReader,
): Promise<RecordsPage> {
  return LOADERS[key](ctx, page, reader)
}
