import type { Config, Payload, PayloadRequest, Plugin } from 'payload'

import { withAdminView } from '../../src/admin/withAdminView'
import { withHooks } from '../../src/lib/withHooks'
import { defineWorkerService } from '../jobs'
import { KpiComplianceDays } from './collections/KpiComplianceDays'
import { TrainingRecords } from './collections/TrainingRecords'
import { kpiRecordsEndpoint, kpisEndpoint } from './endpoints/kpis'
import { kpiReportEndpoint } from './endpoints/report'
import { KpiTargets } from './globals/KpiTargets'
import { refuseDeletingTrainedStaff } from './hooks/refuseDeletingTrainedStaff'
import { removeChannelComplianceDays } from './hooks/removeChannelComplianceDays'
import { startComplianceCacheService } from './lib/compliance/cacheService'
import { computeKpis } from './lib/computeKpis'
import type { KpiFilter, KpiReport } from './lib/types'
import type { KpisPluginOptions } from './types'

export type { KpisPluginOptions } from './types'
export type { Kpi, KpiFilter, KpiKey, KpiReport, KpiStatus, KpiUnit } from './lib/types'
export { KPI_KEYS, KPI_LABELS } from './lib/types'
export { computeKpis } from './lib/computeKpis'
export { TRAINING_RECORDS_SLUG } from './collections/TrainingRecords'
export { KPI_COMPLIANCE_DAYS_SLUG } from './collections/KpiComplianceDays'
export { KPI_TARGETS_SLUG } from './globals/KpiTargets'
export { refreshComplianceCache } from './lib/compliance/refreshCache'

/** What other plugins (the maturity self-assessment) read from `config.custom.kpis`. */
export type KpisCustom = {
  /**
   * `req`: the caller's request when it holds a transaction open (see computeKpis); `now`: the
   * instant the figures are taken at (today by default).
   */
  computeKpis: (
    payload: Payload,
    filter: KpiFilter & { req?: PayloadRequest; now?: Date },
  ) => Promise<KpiReport>
}

/**
 * Digital-transformation KPIs from the newsroom's records: training records, the targets they
 * are judged against, the judged-broadcast-day cache, `GET /api/kpis` with drill-down, the
 * annual report (PDF/XLSX) and the managers' figures page. After revenue, audience, airtime and
 * ai: the KPIs read their records.
 */
export const kpisPlugin =
  (options: KpisPluginOptions): Plugin =>
  (config: Config): Config => {
    const custom: KpisCustom = { computeKpis: (payload, filter) => computeKpis(payload, filter, options) }
    // Their training records and judged days point at users and channels: a delete deals with them.
    const collections = (config.collections ?? []).map((collection) => {
      if (collection.slug === 'users')
        return withHooks(collection, { beforeDelete: [refuseDeletingTrainedStaff] })
      if (collection.slug === 'publications')
        return withHooks(collection, { beforeDelete: [removeChannelComplianceDays] })
      return collection
    })
    const next: Config = withAdminView(
      {
        ...config,
        collections: [...collections, TrainingRecords, KpiComplianceDays],
        globals: [...(config.globals ?? []), KpiTargets],
        // The report's fixed path before the `:key` one, so "report" is never taken for a KPI.
        endpoints: [
          ...(config.endpoints ?? []),
          kpisEndpoint(options),
          kpiReportEndpoint(options),
          kpiRecordsEndpoint(options),
        ],
        custom: { ...config.custom, kpis: custom },
      },
      {
        key: 'figures',
        path: '/figures',
        Component: '/plugins/kpis/components/FiguresView#FiguresView',
        title: 'Số liệu chuyển đổi số',
        navLink: '/plugins/kpis/components/FiguresNavLink#FiguresNavLink',
      },
    )
    defineWorkerService(next, {
      name: 'kpi-compliance-cache',
      queue: 'indexing',
      start: (payload) => startComplianceCacheService(payload, options.airtime),
    })
    return next
  }
