import type { CollectionBeforeDeleteHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { relationId } from '../../../src/lib/relationId'
import { ASSIGNMENTS_SLUG, PLANNING_SYSTEM } from '../types'

/** An assignment a story was made from is part of that story's record: cancel it instead. */
export const refuseDeletingLinkedAssignment: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
  if (context[PLANNING_SYSTEM]) return
  const found = await req.payload.find({
    collection: ASSIGNMENTS_SLUG,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    req,
    overrideAccess: true,
  })
  const story = relationId((found.docs[0] as { story?: unknown } | undefined)?.story)
  if (story !== undefined)
    throw httpError(
      409,
      `Phân công đã có tin bài #${story} nên không xoá được; hãy chuyển trạng thái sang "Đã hủy".`,
    )
}
