import type { Endpoint } from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { computeKpis, resolveFilterRefs } from '../lib/computeKpis'
import { kpiContext } from '../lib/context'
import { loadKpiRecords } from '../lib/records'
import { isKpiKey, KPI_KEYS } from '../lib/types'
import type { KpisPluginOptions } from '../types'
import { mayKeepFigures, mayKeepRevenue } from '../../../src/access/figures'
import type { KpiReport } from '../lib/types'
import { figureQuery, pageQuery, refuseReader, refuseRevenueReader, statusErrorResponse } from './params'

/**
 * Desk chiefs read the KPIs but not the revenue ledger: they keep the growth figure and lose the
 * amounts behind it, and the link to the entries (it answers them 403).
 */
function withoutRevenueAmounts(report: KpiReport): KpiReport {
  return {
    ...report,
    kpis: report.kpis.map((kpi) => {
      if (kpi.key !== 'revenueGrowth') return kpi
      const { numerator: _numerator, denominator: _denominator, drillDown: _drillDown, ...rest } = kpi
      return { ...rest, detail: 'Số tiền doanh thu chỉ hiển thị cho lãnh đạo và quản trị.' }
    }),
  }
}

/** `GET /api/kpis?year=&publication=&desk=` → KpiReport (spec.md). */
export const kpisEndpoint = (options: KpisPluginOptions): Endpoint => ({
  path: '/kpis',
  method: 'get',
  handler: async (req) => {
    const refused = refuseReader(req)
    if (refused) return refused
    const query = figureQuery(req)
    if (query instanceof Response) return query
    try {
      const report = await computeKpis(req.payload, query, options)
      return Response.json(mayKeepRevenue(req) ? report : withoutRevenueAmounts(report))
    } catch (error) {
      return statusErrorResponse(error)
    }
  },
})

/**
 * `GET /api/kpis/:key/records?year=&publication=&desk=&page=&limit=` → the records the KPI
 * counted: `{ key, lists, docs, totalDocs, page, totalPages }` (`lists` says whether the docs
 * are the numerator's records, or every record of the denominator flagged one by one).
 */
export const kpiRecordsEndpoint = (options: KpisPluginOptions): Endpoint => ({
  path: '/kpis/:key/records',
  method: 'get',
  handler: async (req) => {
    const refused = refuseReader(req)
    if (refused) return refused
    const key = String(req.routeParams?.key ?? '')
    if (!isKpiKey(key))
      return errorResponse(400, `Không có chỉ tiêu "${key}"; các chỉ tiêu: ${KPI_KEYS.join(', ')}.`)
    if (key === 'revenueGrowth') {
      const notRevenue = refuseRevenueReader(req)
      if (notRevenue) return notRevenue
    }
    const query = figureQuery(req)
    if (query instanceof Response) return query
    const page = pageQuery(req)
    if (page instanceof Response) return page
    try {
      const refs = await resolveFilterRefs(req.payload, query)
      const ctx = kpiContext(req.payload, query.year, options, refs)
      const result = await loadKpiRecords(key, ctx, page, {
        userId: req.user?.id,
        seesEveryone: mayKeepFigures(req),
      })
      return Response.json({
        key,
        year: query.year,
        lists: result.lists,
        docs: result.docs,
        totalDocs: result.totalDocs,
        page: page.page,
        limit: page.limit,
        totalPages: Math.max(1, Math.ceil(result.totalDocs / page.limit)),
      })
    } catch (error) {
      return statusErrorResponse(error)
    }
  },
})
