import type { PayloadRequest } from 'payload'

import { mayKeepRevenue } from '../../../src/access/figures'
import { errorResponse } from '../../../src/lib/httpErrors'
import { lineErrorResponse, type LineError } from '../../../src/lib/imports/responses'
import { capList } from './ledgerRows'

/** 401 for visitors, 403 for staff other than managers and admins; undefined when allowed. */
export function refuseNonKeeper(req: PayloadRequest): Response | undefined {
  if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
  if (!mayKeepRevenue(req))
    return errorResponse(403, 'Chỉ lãnh đạo và quản trị viên được xem và cập nhật số liệu doanh thu.')
}

/** "… and N more": the last line of a list cut short (capList). */
export const moreMessage = (more: number, what: string, hint: string) =>
  `… và ${more} ${what} khác (${hint}).`

/** The line errors, at most MAX_LISTED_ERRORS of them, then one saying how many more there are. */
export function lineErrorsResponse(errors: readonly LineError[], more = 0): Response {
  const { listed, more: cut } = capList(errors)
  const left = more + cut
  return lineErrorResponse(
    left > 0
      ? [
          ...listed,
          { line: 0, message: moreMessage(left, 'lỗi', 'sửa các lỗi trên rồi gửi lại để xem tiếp') },
        ]
      : listed,
  )
}
