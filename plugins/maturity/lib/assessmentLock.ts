import type { PayloadRequest } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { findAssessment } from './criteriaStore'

/** The refusal of any change to a submitted (locked) assessment, like a closed month's. */
export const lockedMessage = (year: number | string, action: string) =>
  `Bản tự đánh giá năm ${year} đã nộp nên bị khóa: không ${action} được. Quản trị viên cần mở lại (chuyển trạng thái về "Bản nháp") trước khi sửa.`

/** Throws 409 when the assessment exists and is submitted; unknown ids are the validators' to name. */
export async function assertAssessmentOpen(req: PayloadRequest, id: unknown, action: string): Promise<void> {
  const assessment = await findAssessment(req, id)
  if (assessment?.status === 'submitted') throw httpError(409, lockedMessage(assessment.year, action))
}
