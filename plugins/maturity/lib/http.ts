import type { PayloadRequest } from 'payload'

import { mayKeepFigures, mayReadFigures } from '../../../src/access/figures'
import { errorResponse } from '../../../src/lib/httpErrors'
import { isLookupId } from '../../../src/lib/lookupId'
import { findAssessment, type AssessmentDoc } from './criteriaStore'

export function refuseReader(req: PayloadRequest): Response | undefined {
  if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
  if (!mayReadFigures(req))
    return errorResponse(403, 'Chỉ trưởng ban, lãnh đạo và quản trị được xem bản tự đánh giá chuyển đổi số.')
}

export function refuseKeeper(req: PayloadRequest): Response | undefined {
  if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
  if (!mayKeepFigures(req))
    return errorResponse(403, 'Chỉ lãnh đạo và quản trị được sửa bản tự đánh giá chuyển đổi số.')
}

/** The assessment named in the URL, or the 400 (not an id) / 404 (no such assessment). */
export async function assessmentFromURL(req: PayloadRequest, depth = 0): Promise<AssessmentDoc | Response> {
  const id = req.routeParams?.id
  if (!isLookupId(id))
    return errorResponse(
      400,
      `Mã bản tự đánh giá phải là một số nguyên dương, nhận được ${JSON.stringify(id ?? null)}.`,
    )
  const assessment = await findAssessment(req, id, depth)
  return assessment ?? errorResponse(404, `Không tìm thấy bản tự đánh giá #${id}.`)
}
