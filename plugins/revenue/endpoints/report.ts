import type { Endpoint, PayloadRequest } from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { isLookupId } from '../../../src/lib/lookupId'
import { vietnamDay } from '../../../src/lib/vietnamTime'
import { refuseNonKeeper } from '../lib/http'
import { loadRevenueYear } from '../lib/loadRevenueYear'
import { FIRST_YEAR, isYear, LAST_YEAR } from '../lib/months'
import type { RevenuePluginOptions } from '../types'

export type ReportQuery = { year: number; baselineYear: number; publication?: number | string }

function yearParam(value: string | null, fallback: number, name: string): number | Response {
  const text = (value ?? '').trim()
  if (text === '') return fallback
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN
  if (!isYear(year))
    return errorResponse(
      400,
      `Tham số "${name}" phải là một năm từ ${FIRST_YEAR} đến ${LAST_YEAR}, nhận được "${text}".`,
    )
  return year
}

/** year (default this year), baseline (default the configured one, not after year), publication. */
export async function reportQuery(
  req: PayloadRequest,
  options: RevenuePluginOptions,
): Promise<ReportQuery | Response> {
  const refused = refuseNonKeeper(req)
  if (refused) return refused
  const query = req.searchParams
  const year = yearParam(query.get('year'), Number(vietnamDay(new Date()).slice(0, 4)), 'year')
  if (year instanceof Response) return year
  const baselineYear = yearParam(query.get('baseline'), options.baselineYear, 'baseline')
  if (baselineYear instanceof Response) return baselineYear
  if (baselineYear > year)
    return errorResponse(
      400,
      `Năm gốc ${baselineYear} sau năm báo cáo ${year}; năm gốc phải là ${year} hoặc trước đó.`,
    )
  const publicationText = (query.get('publication') ?? '').trim()
  if (publicationText === '') return { year, baselineYear }
  if (!isLookupId(publicationText))
    return errorResponse(
      400,
      `Tham số "publication" phải là mã số của một kênh/ấn phẩm, nhận được "${publicationText}".`,
    )
  const { totalDocs } = await req.payload.count({
    collection: 'publications',
    where: { id: { equals: publicationText } },
    overrideAccess: true,
  })
  if (totalDocs === 0) return errorResponse(404, `Không có kênh/ấn phẩm #${publicationText}.`)
  return { year, baselineYear, publication: Number(publicationText) }
}

/** `GET /api/revenue/report?year=&publication=&baseline=` → RevenueYear (managers and admins). */
export const revenueReportEndpoint = (options: RevenuePluginOptions): Endpoint => ({
  path: '/revenue/report',
  method: 'get',
  handler: async (req) => {
    const query = await reportQuery(req, options)
    if (query instanceof Response) return query
    return Response.json(await loadRevenueYear(req.payload, query))
  },
})
