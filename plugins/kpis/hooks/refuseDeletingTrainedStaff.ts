import type { CollectionBeforeDeleteHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { TRAINING_RECORDS_SLUG } from '../collections/TrainingRecords'

/**
 * A staff member with training records stays: the records point at them (a required relation the
 * database would otherwise refuse with a bare 500), and the trained-staff KPI of past years is
 * computed from them.
 */
export const refuseDeletingTrainedStaff: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: TRAINING_RECORDS_SLUG,
    where: { staff: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0)
    throw httpError(
      409,
      `Nhân sự đã có hồ sơ đào tạo (${totalDocs} hồ sơ) nên không xoá được: chỉ tiêu nhân sự được đào tạo chuyển đổi số tính từ các hồ sơ này. ` +
        'Nếu hồ sơ nhập nhầm, hãy xoá chúng trước trong mục Số liệu › Hồ sơ đào tạo rồi xoá lại người dùng.',
    )
}
