import type { Endpoint, PayloadRequest } from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { isLookupId } from '../../../src/lib/lookupId'
import { vietnamDay } from '../../../src/lib/vietnamTime'
import { refuseNonKeeper } from '../lib/http'
import { loadRevenueYear } from '../lib/loadRevenueYear'
import { FIRST_YEAR, isYear, LAST_YEAR } from '../lib/months'

export type LedgerQuery = { year: number; publication?: number | string }
/** No baselineYear: the loader's default (the configured one, or the year itself when earlier). */
export type ReportQuery = LedgerQuery & { baselineYear?: number }

function yearParam(value: string | null, name: string): number | undefined | Response {
  const text = (value ?? '').trim()
  if (text === '') return undefined
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN
  if (!isYear(year))
    return errorResponse(
      400,
      `Tham số "${name}" phải là một năm từ ${FIRST_YEAR} đến ${LAST_YEAR}, nhận được "${text}".`,
    )
  return year
}

/** year (default this year) and publication, for the keepers of the ledger only. */
export async function ledgerQuery(req: PayloadRequest): Promise<LedgerQuery | Response> {
  const refused = refuseNonKeeper(req)
  if (refused) return refused
  const query = req.searchParams
  const year = yearParam(query.get('year'), 'year') ?? Number(vietnamDay(new Date()).slice(0, 4))
  if (year instanceof Response) return year
  const publicationText = (query.get('publication') ?? '').trim()
  if (publicationText === '') return { year }
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
  return { year, publication: Number(publicationText) }
}

/** The ledger query plus baseline: an explicit one may not be after the year reported. */
async function reportQuery(req: PayloadRequest): Promise<ReportQuery | Response> {
  const query = await ledgerQuery(req)
  if (query instanceof Response) return query
  const baselineYear = yearParam(req.searchParams.get('baseline'), 'baseline')
  if (baselineYear instanceof Response) return baselineYear
  if (baselineYear === undefined) return query
  if (baselineYear > query.year)
    return errorResponse(
      400,
      `Năm gốc ${baselineYear} sau năm báo cáo ${query.year}; năm gốc phải là ${query.year} hoặc trước đó.`,
    )
  return { ...query, baselineYear }
}

/** `GET /api/revenue/report?year=&publication=&baseline=` → RevenueYear (managers and admins). */
export const revenueReportEndpoint: Endpoint = {
  path: '/revenue/report',
  method: 'get',
  handler: async (req) => {
    const query = await reportQuery(req)
    if (query instanceof Response) return query
    return Response.json(await loadRevenueYear(req.payload, query))
  },
}
