import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { ASSESSMENTS_SLUG } from '../lib/slugs'

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
  const { docs } = await req.payload.find({
    collection: ASSESSMENTS_SLUG as never,
    where: { year: { equals: data.year } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const existing = docs[0] as { id: number | string } | undefined
  if (existing)
    throw httpError(
      409,
      `Đã có bản tự đánh giá năm ${data.year} (#${existing.id}); mỗi năm chỉ có một bản. Hãy mở bản đó để sửa.`,
    )
  return data
}
