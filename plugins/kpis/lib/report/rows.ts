/** The annual report's KPI table, the same for the PDF and the XLSX (pure). */
import { changeOf, formatChangeVi, formatKpiValue } from '../numbers'
import type { Kpi, KpiKey, KpiStatus, KpiUnit } from '../types'

export const STATUS_LABELS: Record<KpiStatus, string> = {
  met: 'Đạt',
  notMet: 'Chưa đạt',
  noData: 'Chưa có số liệu',
}

export type ReportRow = {
  index: number
  key: KpiKey
  label: string
  unit: KpiUnit
  value: number | null
  previous: number | null
  change: number | null
  valueText: string
  targetText: string
  /** The plan's own wording of the target, when the bounds simplify it. */
  targetNote: string
  previousText: string
  changeText: string
  statusText: string
  detail: string
  source: string
}

/** A KPI with a figure but no target is not "without data": say there is no target. */
export function statusText(kpi: Pick<Kpi, 'status' | 'value' | 'target'>): string {
  if (kpi.status === 'noData' && kpi.value !== null && !kpi.target) return 'Không đặt chỉ tiêu'
  return STATUS_LABELS[kpi.status]
}

export function reportRows(kpis: readonly Kpi[]): ReportRow[] {
  return kpis.map((kpi, i) => {
    const change = changeOf(kpi.value, kpi.previous)
    return {
      index: i + 1,
      key: kpi.key,
      label: kpi.label.vi,
      unit: kpi.unit,
      value: kpi.value,
      previous: kpi.previous,
      change,
      valueText: formatKpiValue(kpi.value, kpi.unit),
      targetText: kpi.target?.label ?? 'Không đặt chỉ tiêu',
      targetNote: kpi.target?.note ?? '',
      previousText: formatKpiValue(kpi.previous, kpi.unit),
      changeText: formatChangeVi(change, kpi.unit),
      statusText: statusText(kpi),
      detail: kpi.detail,
      source: kpi.target?.source ?? '',
    }
  })
}

/** "05-12" of 2026 → "05/12/2026". */
export function deadlineText(deadline: string, year: number): string {
  const [day, month] = deadline.split('-')
  return `${day}/${month}/${year}`
}

/** "bao-cao-chuyen-doi-so-2026.pdf": ASCII, safe in any Content-Disposition. */
export function reportFileName(year: number, format: 'pdf' | 'xlsx'): string {
  return `bao-cao-chuyen-doi-so-${year}.${format}`
}
