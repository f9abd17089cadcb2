import type { PayloadRequest } from 'payload'

import { isPrintReader } from '../../../src/access/print'
import { errorResponse } from '../../../src/lib/httpErrors'

/** 401 without a login, 403 for API clients: the page plan and its exports are for newsroom staff. */
export function refuseNonStaff(req: PayloadRequest): Response | undefined {
  if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
  if (!isPrintReader(req))
    return errorResponse(403, 'Chỉ nhân sự tòa soạn xem và xuất được dàn trang báo in.')
  return undefined
}

const ID = /^\d{1,12}$|^[0-9a-f]{24}$|^[0-9a-f-]{36}$/i

/** The `:id` route parameter, or a 400 response saying what was wrong with it. */
export function routeId(req: PayloadRequest, what: string): string | Response {
  const id = req.routeParams?.id
  if (typeof id !== 'string' || !ID.test(id))
    return errorResponse(400, `Mã ${what} "${String(id ?? '')}" không hợp lệ.`)
  return id
}

/** The `:n` page number, or a 400 response. */
export function routePage(req: PayloadRequest): number | Response {
  const raw = req.routeParams?.n
  const page = typeof raw === 'string' && /^\d{1,4}$/.test(raw) ? Number(raw) : NaN
  if (!Number.isInteger(page) || page < 1)
    return errorResponse(400, `Số trang "${String(raw ?? '')}" không hợp lệ: cần một số nguyên từ 1.`)
  return page
}

/** `attachment; filename=…` for ASCII names, with the RFC 5987 form beside it for any other. */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}

export const ICML_CONTENT_TYPE = 'application/xml; charset=utf-8'
