/** Everything the annual report shows, read once for the PDF and the XLSX. */
import type { Payload } from 'payload'

import { vietnamYearRange } from '../../../../src/lib/vietnamTime'
import { loadAudienceSummary } from '../../../audience/lib/loadAudienceSummary'
import { platformOf } from '../../../audience/lib/platforms'
import type { AudienceSummary } from '../../../audience/types'
import { LINE_INFO, type RevenueLine } from '../../../revenue/lib/lines'
import { loadRevenueYear } from '../../../revenue/lib/loadRevenueYear'
import type { RevenueYear } from '../../../revenue/types'
import { TRAINING_RECORDS_SLUG } from '../../collections/TrainingRecords'
import { DEFAULT_REPORT_DEADLINE, DEFAULT_REPORT_RECIPIENT, KPI_TARGETS_SLUG } from '../../globals/KpiTargets'
import type { KpisPluginOptions } from '../../types'
import { computeKpis } from '../computeKpis'
import { daysSoFar } from '../period'
import type { KpiReport } from '../types'
import { reportRows, type ReportRow } from './rows'

export type TrainingLine = {
  staff: string
  course: string
  provider: string
  date: string
  hours: number
  digitalTransformation: boolean
}

export type ReportData = {
  year: number
  agencyName: string
  recipient: string
  deadline: string
  generatedAt: Date
  report: KpiReport
  rows: ReportRow[]
  revenue: RevenueYear | null
  revenueLines: Array<{
    label: string
    plan: number
    actual: number
    previousYearActual: number
    stateFunded: boolean
  }>
  audience: AudienceSummary | null
  audiencePlatforms: Array<{
    label: string
    domestic: boolean
    views: number
    mobileViews: number
    uniques: number
  }>
  training: TrainingLine[]
}

async function settled<T>(payload: Payload, what: string, load: () => Promise<T>): Promise<T | null> {
  try {
    return await load()
  } catch (error) {
    payload.logger.error({ err: error }, `kpis report: ${what} could not be read`)
    return null
  }
}

async function loadTraining(payload: Payload, year: number): Promise<TrainingLine[]> {
  const { from, to } = vietnamYearRange(year)
  const { docs } = await payload.find({
    collection: TRAINING_RECORDS_SLUG,
    where: { date: { greater_than_equal: from.toISOString(), less_than: to.toISOString() } },
    depth: 1,
    pagination: false,
    sort: 'date',
    overrideAccess: true,
  })
  return (docs as unknown as Array<Record<string, unknown>>).map((doc) => {
    const staff = doc.staff as { fullName?: string; email?: string } | number | null
    return {
      staff: staff && typeof staff === 'object' ? (staff.fullName ?? staff.email ?? '') : String(staff ?? ''),
      course: String(doc.course ?? ''),
      provider: String(doc.provider ?? ''),
      date: String(doc.date ?? ''),
      hours: Number(doc.hours ?? 0),
      digitalTransformation: Boolean(doc.digitalTransformation),
    }
  })
}

export async function loadReportData(
  payload: Payload,
  year: number,
  options: KpisPluginOptions,
  now = new Date(),
): Promise<ReportData> {
  const span = daysSoFar(year, now)
  const [report, agencies, settings, revenue, audience, training] = await Promise.all([
    computeKpis(payload, { year, now }, options),
    payload.find({ collection: 'agencies', limit: 1, depth: 0, overrideAccess: true, sort: 'createdAt' }),
    payload.findGlobal({ slug: KPI_TARGETS_SLUG, depth: 0, overrideAccess: true }) as Promise<{
      reportRecipient?: string | null
      reportDeadline?: string | null
    }>,
    settled(payload, 'revenue', () => loadRevenueYear(payload, { year, baselineYear: options.baselineYear })),
    span ? settled(payload, 'audience', () => loadAudienceSummary(payload, span)) : Promise.resolve(null),
    loadTraining(payload, year),
  ])
  const agency = agencies.docs[0] as { name?: string } | undefined
  return {
    year,
    agencyName: agency?.name ?? '',
    recipient: settings.reportRecipient || DEFAULT_REPORT_RECIPIENT,
    deadline: settings.reportDeadline || DEFAULT_REPORT_DEADLINE,
    generatedAt: now,
    report,
    rows: reportRows(report.kpis),
    revenue,
    // Lines the agency has no figure for in either year would only lengthen the table.
    revenueLines: (revenue?.byLine ?? [])
      .filter((line) => line.plan > 0 || line.actual > 0 || line.previousYearActual > 0)
      .map((line) => ({ ...line, label: LINE_INFO[line.line as RevenueLine]?.label.vi ?? line.line })),
    audience,
    audiencePlatforms: [...(audience?.byPlatform ?? [])]
      .sort((a, b) => b.views - a.views)
      .map((p) => ({
        label: platformOf(p.platform)?.label.vi ?? p.platform,
        domestic: p.domestic,
        views: p.views,
        mobileViews: p.mobileViews,
        uniques: p.uniques,
      })),
    training,
  }
}
