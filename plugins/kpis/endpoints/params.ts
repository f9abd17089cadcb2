/** Who may read the figures and the query parameters the KPI endpoints share. */
import type { PayloadRequest } from 'payload'

import { mayKeepRevenue, mayReadFigures } from '../../../src/access/figures'
import { errorResponse } from '../../../src/lib/httpErrors'
import { isLookupId } from '../../../src/lib/lookupId'
import { vietnamDay } from '../../../src/lib/vietnamTime'
import { MAX_YEAR, MIN_YEAR } from '../lib/period'

export function refuseReader(req: PayloadRequest): Response | undefined {
  if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
  if (!mayReadFigures(req))
    return errorResponse(403, 'Chỉ trưởng ban, lãnh đạo và quản trị được xem số liệu chuyển đổi số.')
}

/** Revenue amounts (the ledger, the annual report) are for managers and admins only. */
export function refuseRevenueReader(req: PayloadRequest): Response | undefined {
  if (!mayKeepRevenue(req)) return errorResponse(403, 'Chỉ lãnh đạo và quản trị được xem số liệu doanh thu.')
}

export type FigureQuery = { year: number; publication?: number; desk?: number }

/** `year` (this Vietnam year when absent), `publication`, `desk`; or the 400 naming the bad one. */
export function figureQuery(req: PayloadRequest, now = new Date()): FigureQuery | Response {
  const query = req.searchParams
  const rawYear = (query.get('year') ?? '').trim()
  const year = rawYear === '' ? Number(vietnamDay(now).slice(0, 4)) : Number(rawYear)
  if (
    !/^\d{4}$/.test(rawYear || String(year)) ||
    !Number.isInteger(year) ||
    year < MIN_YEAR ||
    year > MAX_YEAR
  )
    return errorResponse(
      400,
      `Tham số "year" phải là năm từ ${MIN_YEAR} đến ${MAX_YEAR}, nhận được "${rawYear}".`,
    )
  const out: FigureQuery = { year }
  for (const name of ['publication', 'desk'] as const) {
    const raw = (query.get(name) ?? '').trim()
    if (raw === '') continue
    if (!isLookupId(raw))
      return errorResponse(400, `Tham số "${name}" phải là mã của một bản ghi có thật, nhận được "${raw}".`)
    out[name] = Number(raw)
  }
  return out
}

export const MAX_PAGE_LIMIT = 200

/** `page` ≥ 1 and `limit` 1–200 (default 1 and 50). */
export function pageQuery(req: PayloadRequest): { page: number; limit: number } | Response {
  const rawPage = (req.searchParams.get('page') ?? '').trim()
  const rawLimit = (req.searchParams.get('limit') ?? '').trim()
  const page = rawPage === '' ? 1 : Number(rawPage)
  const limit = rawLimit === '' ? 50 : Number(rawLimit)
  if (!/^\d*$/.test(rawPage) || !Number.isSafeInteger(page) || page < 1)
    return errorResponse(400, `Tham số "page" phải là số nguyên ≥ 1, nhận được "${rawPage}".`)
  if (!/^\d*$/.test(rawLimit) || !Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_LIMIT)
    return errorResponse(
      400,
      `Tham số "limit" phải là số nguyên từ 1 đến ${MAX_PAGE_LIMIT}, nhận được "${rawLimit}".`,
    )
  return { page, limit }
}

/** An APIError thrown with a status (unknown publication …) as our error body; anything else rethrown. */
export function statusErrorResponse(error: unknown): Response {
  const status = (error as { status?: number }).status
  if (typeof status === 'number' && status >= 400 && status < 500)
    return errorResponse(status, (error as Error).message)
  throw error
}
