import type { Payload } from 'payload'

import { isKpiKey, type Kpi, type KpiKey } from '../../kpis/lib/types'

/** The parts of a KPI (`GET /api/kpis`) the evidence text is written from. */
export type KpiLike = Pick<
  Kpi,
  | 'key'
  | 'label'
  | 'unit'
  | 'value'
  | 'previous'
  | 'target'
  | 'status'
  | 'detail'
  | 'numerator'
  | 'denominator'
  | 'drillDown'
>

export type KpiReportLike = { year: number; kpis: KpiLike[] }

export type ComputeKpis = (payload: Payload, filter: { year: number }) => Promise<KpiReportLike>

export const NO_KPI_DATA = 'Chưa có số liệu KPI'

const UNITS: Record<KpiLike['unit'], string> = { percent: ' %', days: ' ngày', count: '' }

/** A measured percentage keeps its tenth ("30,0 %"); a target is written as set ("≥ 30 %"). */
function formatValue(value: number, unit: KpiLike['unit'], exact = true): string {
  const digits = unit === 'percent' ? 1 : 0
  const text = value.toLocaleString('vi-VN', {
    minimumFractionDigits: exact ? digits : 0,
    maximumFractionDigits: digits,
  })
  return `${text}${UNITS[unit]}`
}

/** "≥ 30 %", "10–20 %": from the bounds when there are any, else the target's own label. */
function formatTarget(target: NonNullable<KpiLike['target']>, unit: KpiLike['unit']): string {
  const { min, max } = target
  const bound = (value: number) => formatValue(value, unit, false)
  if (min !== undefined && max !== undefined) return `${bound(min).replace(UNITS[unit], '')}–${bound(max)}`
  if (min !== undefined) return `≥ ${bound(min)}`
  if (max !== undefined) return `≤ ${bound(max)}`
  return target.label
}

const STATUS: Record<KpiLike['status'], string> = {
  met: 'đạt mục tiêu',
  notMet: 'chưa đạt mục tiêu',
  noData: 'chưa có số liệu',
}

/**
 * One KPI as the evidence text of a criterion, e.g. "Tỷ lệ tin bài có AI năm 2026: 34,2 % (mục
 * tiêu ≥ 30 %) — 1.234/3.608 tin bài …; năm trước 20,1 %; đạt mục tiêu. Danh sách: /api/kpis/…".
 */
export function formatKpiEvidence(kpi: KpiLike, year: number): string {
  const value = kpi.value === null ? 'chưa có số liệu' : formatValue(kpi.value, kpi.unit)
  const target = kpi.target ? ` (mục tiêu ${formatTarget(kpi.target, kpi.unit)})` : ''
  const counted =
    kpi.detail.trim() ||
    (kpi.numerator !== undefined && kpi.denominator !== undefined
      ? `${kpi.numerator.toLocaleString('vi-VN')}/${kpi.denominator.toLocaleString('vi-VN')}`
      : '')
  const previous = kpi.previous === null ? '' : `; năm ${year - 1}: ${formatValue(kpi.previous, kpi.unit)}`
  const drill = kpi.drillDown ? ` Danh sách bản ghi được tính: ${kpi.drillDown}` : ''
  const sentence = `${kpi.label.vi} năm ${year}: ${value}${target}${counted ? ` — ${counted.replace(/\.$/, '')}` : ''}${previous}; ${STATUS[kpi.status]}.`
  return `${sentence}${drill}`
}

/** The KPIs plugin's `computeKpis`, when it is installed and exposes it. */
export function kpiSource(payload: Payload): ComputeKpis | undefined {
  const kpis = (payload.config.custom as { kpis?: { computeKpis?: unknown } } | undefined)?.kpis
  return typeof kpis?.computeKpis === 'function' ? (kpis.computeKpis as ComputeKpis) : undefined
}

/** A KPI computation that takes longer than this is given up on: the evidence then says so. */
export const KPI_TIMEOUT_MS = 20_000

export type KpiTexts = { year: number; available: boolean; texts: Map<KpiKey, string>; fallback: string }

/**
 * Where a caller hands the create hook KPI texts computed beforehand (`context`), outside the
 * create's transaction: the KPIs keep caches of their own, written in transactions of their own,
 * which on SQLite would wait for the create's transaction to end.
 */
export const KPI_TEXTS_CONTEXT = 'maturityKpiTexts'

/**
 * The evidence text of every KPI for a year. Never throws: without the KPIs plugin, or when it
 * fails or is too slow, every text is the fallback saying why, and the assessment is still saved.
 */
export async function loadKpiTexts(
  payload: Payload,
  year: number,
  timeoutMs = KPI_TIMEOUT_MS,
): Promise<KpiTexts> {
  const compute = kpiSource(payload)
  if (!compute)
    return { year, available: false, texts: new Map(), fallback: `${NO_KPI_DATA} (chưa cài phân hệ KPI).` }
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Error(`timed out after ${timeoutMs} ms`)
  try {
    const report = await Promise.race([
      compute(payload, { year }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(timedOut), timeoutMs)
      }),
    ])
    const texts = new Map<KpiKey, string>()
    for (const kpi of report.kpis ?? [])
      if (isKpiKey(kpi.key)) texts.set(kpi.key, formatKpiEvidence(kpi, year))
    return { year, available: true, texts, fallback: `${NO_KPI_DATA} năm ${year}.` }
  } catch (error) {
    payload.logger.warn({ err: error }, `maturity: computing the KPIs of ${year} for the evidence failed`)
    // The evidence is read by people and may be reported: the error's own text (often the
    // database's, in English) goes to the log only.
    const reason =
      error === timedOut
        ? `quá ${(timeoutMs / 1000).toLocaleString('vi-VN')} giây`
        : 'lỗi khi tính số liệu, xem nhật ký máy chủ'
    return {
      year,
      available: false,
      texts: new Map(),
      fallback: `${NO_KPI_DATA} (không tính được: ${reason}).`,
    }
  } finally {
    clearTimeout(timer)
  }
}
