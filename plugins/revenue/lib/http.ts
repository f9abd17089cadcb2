import type { PayloadRequest } from 'payload'

import { mayKeepRevenue } from '../../../src/access/figures'
import { errorResponse } from '../../../src/lib/httpErrors'

/** 401 for visitors, 403 for staff other than managers and admins; undefined when allowed. */
export function refuseNonKeeper(req: PayloadRequest): Response | undefined {
  if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
  if (!mayKeepRevenue(req))
    return errorResponse(403, 'Chỉ lãnh đạo và quản trị viên được xem và cập nhật số liệu doanh thu.')
}
