import type { CollectionBeforeDeleteHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { RUNDOWNS_SLUG } from '../types'

/**
 * A programme with rundowns stays: the airtime report reads its genre and origin for every day it
 * aired. Taking it off the schedule is `active: false`.
 */
export const refuseDeletingUsedProgramme: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
  if (context.allowProgrammeDelete) return
  const { totalDocs } = await req.payload.count({
    collection: RUNDOWNS_SLUG,
    where: { programme: { equals: id } },
    req,
    overrideAccess: true,
  })
  if (totalDocs > 0)
    throw httpError(
      409,
      `Chương trình đã có ${totalDocs} kịch bản nên không xoá được (báo cáo thời lượng phát sóng cần đến). Hãy bỏ chọn "Đang phát sóng" để ngừng chương trình.`,
    )
}
