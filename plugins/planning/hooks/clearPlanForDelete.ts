import type { CollectionBeforeDeleteHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { keepContext } from '../../../src/lib/keepContext'
import { relationId } from '../../../src/lib/relationId'
import { assignmentsOf, findPlan } from '../lib/planState'
import { ASSIGNMENTS_SLUG, PLANNING_SYSTEM } from '../types'

/**
 * A plan item that became a story stays, as the record of where the story came from: it is
 * dropped, not deleted. Otherwise its assignments go with it, in the same transaction.
 */
export const clearPlanForDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const plan = await findPlan(req, id)
  if (!plan) return
  if (relationId(plan.story) !== undefined)
    throw httpError(
      409,
      'Kế hoạch đã có tin bài nên không xoá được; hãy chuyển trạng thái sang "Bỏ" nếu không thực hiện nữa.',
    )
  for (const assignment of await assignmentsOf(req, id)) {
    // As the plugin's own write: the plan needs no status refresh, it is going.
    await keepContext(req, () =>
      req.payload.delete({
        collection: ASSIGNMENTS_SLUG,
        id: assignment.id,
        req,
        overrideAccess: true,
        context: { [PLANNING_SYSTEM]: true },
      }),
    )
  }
}
