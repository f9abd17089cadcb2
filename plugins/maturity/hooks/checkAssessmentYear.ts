import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { duplicateYearMessage } from '../lib/assessmentYear'
import { findAssessmentOfYear } from '../lib/criteriaStore'

/**
 * One assessment per year (a second is a double entry: 409 naming the first), and a year stays
 * the year it was made for: its evidence was pre-filled from that year's KPIs.
 */
export const checkAssessmentYear: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation === 'update') {
    if (data.year !== undefined && data.year !== originalDoc?.year)
      throw httpError(
        400,
        `Không đổi được năm của bản tự đánh giá (năm ${originalDoc?.year}); hãy tạo bản tự đánh giá mới cho năm ${JSON.stringify(data.year)}.`,
      )
    return data
  }
  if (!Number.isInteger(data.year)) return data
  data.title = `Tự đánh giá mức độ chuyển đổi số năm ${data.year}`
  const existing = await findAssessmentOfYear(req, data.year)
  if (existing) throw httpError(409, duplicateYearMessage(data.year, existing.id))
  return data
}
