import type { Endpoint } from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { renderReportPdf } from '../lib/report/pdf'
import { loadReportData } from '../lib/report/reportData'
import { reportFileName } from '../lib/report/rows'
import { renderReportXlsx } from '../lib/report/xlsx'
import type { KpisPluginOptions } from '../types'
import { figureQuery, refuseReader, refuseRevenueReader } from './params'

const TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const

/**
 * `GET /api/kpis/report?year=2026&format=pdf|xlsx` → the annual report for the province, as an
 * attachment `bao-cao-chuyen-doi-so-<year>.<format>`. The whole agency: no publication or desk filter.
 */
export const kpiReportEndpoint = (options: KpisPluginOptions): Endpoint => ({
  path: '/kpis/report',
  method: 'get',
  handler: async (req) => {
    // The report carries the revenue ledger: managers and admins only.
    const refused = refuseReader(req) ?? refuseRevenueReader(req)
    if (refused) return refused
    const format = (req.searchParams.get('format') ?? '').trim().toLowerCase()
    if (format !== 'pdf' && format !== 'xlsx')
      return errorResponse(400, `Tham số "format" phải là pdf hoặc xlsx, nhận được "${format}".`)
    for (const name of ['publication', 'desk'])
      if (req.searchParams.get(name))
        return errorResponse(400, `Báo cáo năm tính cho toàn cơ quan: không nhận tham số "${name}".`)
    const query = figureQuery(req)
    if (query instanceof Response) return query
    const data = await loadReportData(req.payload, query.year, options)
    const bytes = format === 'pdf' ? await renderReportPdf(data) : await renderReportXlsx(data)
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: {
        'Content-Type': TYPES[format],
        'Content-Length': String(bytes.length),
        'Content-Disposition': `attachment; filename="${reportFileName(query.year, format)}"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
})
