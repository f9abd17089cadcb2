import type { PayloadRequest } from 'payload'

import { mayEditSchedule, mayReadCompliance } from '../../../src/access/airtime'
import { errorResponse } from '../../../src/lib/httpErrors'
import { readJsonObject as readJson } from '../../../src/lib/requestBody'

/** Small request helpers the airtime endpoints share; every refusal is in Payload's error shape. */

export function refuseEditor(req: PayloadRequest): Response | undefined {
  if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
  if (!mayEditSchedule(req))
    return errorResponse(403, 'Chỉ biên tập viên, trưởng ban, lãnh đạo và quản trị được sửa lịch phát sóng.')
}

export function refuseReader(req: PayloadRequest): Response | undefined {
  if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
  if (!mayReadCompliance(req))
    return errorResponse(
      403,
      'Chỉ biên tập viên, trưởng ban, lãnh đạo và quản trị được xem báo cáo thời lượng.',
    )
}

/** `{ channel, date }` is a few dozen bytes; anything near this is not a request of ours. */
export const MAX_JSON_BYTES = 16 * 1024

/** A JSON object body, or the 400 saying it is not one (413 when too big). */
export const readJsonObject = (req: PayloadRequest) => readJson(req, MAX_JSON_BYTES)
