/** Shapes of the figures endpoints as the dashboard reads them (contracts in the issue 7 design). */
export type { Kpi, KpiKey, KpiReport, KpiStatus, KpiUnit } from '../lib/types'
export type { RevenueYear } from '../../revenue/types'
export type { AudienceStoryPage, AudienceSummary } from '../../audience/types'
export { ApiError, messageOf, requestJson } from '../../../src/admin/requestJson'

export type Id = number | string

export type NamedDoc = { id: Id; name: string }

/** `GET /api/kpis/<key>/records`: whatever records the KPI counted, one page of them. */
export type DrillRecord = Record<string, unknown> & { id?: Id }

export type DrillPage = {
  key: string
  docs: DrillRecord[]
  totalDocs: number
  page: number
  totalPages: number
}
