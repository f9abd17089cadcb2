/**
 * Every KPI of a year, from the newsroom's records only, each against its target and the year
 * before. The KPIs are independent and computed in parallel; one that fails is reported as
 * having no figure (and logged) rather than taking the whole report down.
 */
import type { Payload, PayloadRequest } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { isLookupId } from '../../../src/lib/lookupId'
import { KPI_TARGETS_SLUG } from '../globals/KpiTargets'
import type { KpisPluginOptions } from '../types'
import { kpiContext, type DeskRef, type KpiContext, type KpiResult, type PublicationRef } from './context'
import { computeAiShare } from './kpi/aiShare'
import { domesticAudienceResult, loadAudienceYears, mobileAudienceResult } from './kpi/audience'
import { computeBroadcastCompliance } from './kpi/broadcastCompliance'
import { computeDomesticPlatforms } from './kpi/domesticPlatforms'
import { computeForeignLanguage } from './kpi/foreignLanguage'
import { computeRevenueGrowth } from './kpi/revenueGrowth'
import { computeSecurity } from './kpi/security'
import { computeStaffTrained } from './kpi/staffTrained'
import { displayValue } from './numbers'
import { monthsOf } from './period'
import { DEFAULT_TARGET_ROWS, statusOf, targetFor, type TargetRow } from './targets'
import {
  KPI_KEYS,
  KPI_LABELS,
  KPI_UNITS,
  type Kpi,
  type KpiFilter,
  type KpiKey,
  type KpiReport,
} from './types'

/** The target rows as kept in the global (its defaults until someone saves it). */
export async function loadTargetRows(payload: Payload): Promise<TargetRow[]> {
  const global = (await payload.findGlobal({ slug: KPI_TARGETS_SLUG, depth: 0, overrideAccess: true })) as {
    rows?: TargetRow[] | null
    updatedAt?: string | null
  }
  if (!global.updatedAt && !global.rows?.length) return DEFAULT_TARGET_ROWS
  return global.rows ?? []
}

/** The publication and desk a filter names, or a 404 naming the id that does not exist. */
export async function resolveFilterRefs(
  payload: Payload,
  filter: Pick<KpiFilter, 'publication' | 'desk'>,
): Promise<{ publication?: PublicationRef; desk?: DeskRef }> {
  const find = async (
    collection: 'publications' | 'desks',
    id: number | string | undefined,
    what: string,
  ) => {
    if (id === undefined) return undefined
    if (!isLookupId(id)) throw httpError(400, `Mã ${what} "${String(id)}" không hợp lệ.`)
    // disableErrors answers null for a missing id; a failing database still throws (a 500, not a 404).
    const doc = (await payload.findByID({
      collection,
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      locale: 'vi',
    })) as { id: number | string; name?: string; kind?: string } | null
    if (!doc) throw httpError(404, `Không có ${what} "${String(id)}".`)
    return doc
  }
  const [publication, desk] = await Promise.all([
    find('publications', filter.publication, 'ấn phẩm/kênh'),
    find('desks', filter.desk, 'ban'),
  ])
  return {
    publication: publication
      ? { id: publication.id, name: publication.name ?? String(publication.id), kind: publication.kind ?? '' }
      : undefined,
    desk: desk ? { id: desk.id, name: desk.name ?? String(desk.id) } : undefined,
  }
}

export function drillDownPath(key: KpiKey, ctx: Pick<KpiContext, 'year' | 'publication' | 'desk'>): string {
  const query = new URLSearchParams({ year: String(ctx.year) })
  if (ctx.publication) query.set('publication', String(ctx.publication.id))
  if (ctx.desk) query.set('desk', String(ctx.desk.id))
  return `/api/kpis/${key}/records?${query}`
}

const COMPUTERS: Record<KpiKey, (ctx: KpiContext) => Promise<KpiResult>> = {
  aiShare: computeAiShare,
  revenueGrowth: computeRevenueGrowth,
  domesticPlatforms: computeDomesticPlatforms,
  domesticAudience: async (ctx) => domesticAudienceResult(ctx, await loadAudienceYears(ctx)),
  mobileAudience: async (ctx) => mobileAudienceResult(ctx, await loadAudienceYears(ctx)),
  broadcastCompliance: computeBroadcastCompliance,
  staffTrained: computeStaffTrained,
  foreignLanguage: computeForeignLanguage,
  security: computeSecurity,
}

/** One KPI in the contract's shape: rounded figures, the year's target and the status. */
export function assembleKpi(
  key: KpiKey,
  result: KpiResult,
  ctx: KpiContext,
  rows: readonly TargetRow[],
): Kpi {
  const unit = KPI_UNITS[key]
  const target = targetFor(rows, key, ctx.year, unit)
  return {
    key,
    label: KPI_LABELS[key],
    unit,
    value: displayValue(result.exact, unit),
    previous: displayValue(result.previousExact, unit),
    target: target
      ? {
          ...(target.min !== undefined ? { min: target.min } : {}),
          ...(target.max !== undefined ? { max: target.max } : {}),
          label: target.label,
          ...(target.note ? { note: target.note } : {}),
          source: target.source,
        }
      : null,
    status: statusOf(result.exact, target),
    detail: result.detail,
    ...(result.numerator !== undefined ? { numerator: result.numerator } : {}),
    ...(result.denominator !== undefined ? { denominator: result.denominator } : {}),
    series: result.series,
    drillDown: drillDownPath(key, ctx),
  }
}

/**
 * Pass `req` when calling from inside an open transaction (a Payload hook): the judged-day cache
 * then goes into that transaction instead of one of its own, which SQLite would hold waiting.
 */
export async function computeKpis(
  payload: Payload,
  filter: KpiFilter & { now?: Date; req?: PayloadRequest },
  options: KpisPluginOptions,
): Promise<KpiReport> {
  const started = performance.now()
  const [refs, rows] = await Promise.all([resolveFilterRefs(payload, filter), loadTargetRows(payload)])
  const ctx = kpiContext(payload, filter.year, options, { ...refs, now: filter.now, req: filter.req })
  const kpis = await Promise.all(
    KPI_KEYS.map(async (key) => {
      try {
        return assembleKpi(key, await COMPUTERS[key](ctx), ctx, rows)
      } catch (error) {
        payload.logger.error({ err: error }, `kpis: ${key} could not be computed`)
        return assembleKpi(
          key,
          {
            exact: null,
            previousExact: null,
            series: monthsOf(ctx.year).map((month) => ({ month, value: null })),
            detail: 'Không tính được chỉ tiêu này do lỗi máy chủ (chi tiết trong nhật ký máy chủ).',
          },
          ctx,
          rows,
        )
      }
    }),
  )
  return {
    year: filter.year,
    baselineYear: options.baselineYear,
    generatedAt: new Date().toISOString(),
    filters: {
      ...(refs.publication ? { publication: String(refs.publication.id) } : {}),
      ...(refs.desk ? { desk: String(refs.desk.id) } : {}),
    },
    kpis,
    computeMs: Math.round(performance.now() - started),
  }
}
