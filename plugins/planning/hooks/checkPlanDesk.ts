import type { CollectionBeforeChangeHook } from 'payload'

import { mayPlanForDesk } from '../../../src/access/planning'
import { httpError } from '../../../src/lib/httpErrors'
import { relationId } from '../../../src/lib/relationId'
import { isLookupId, refuseBadId } from '../lib/planState'
import { PLANNING_SYSTEM } from '../types'

/**
 * Desk chiefs and editors plan for their own desks only. Update access already limits which
 * items they may touch; this also stops them creating an item for, or moving one to, another
 * desk (create access cannot see the new document's desk).
 */
export const checkPlanDesk: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (context[PLANNING_SYSTEM]) return data
  refuseBadId('Ban', data.desk)
  if (!req.user) return data
  const desk = relationId(data.desk)
  const changed = operation === 'create' || String(desk) !== String(relationId(originalDoc?.desk))
  if (!changed || !isLookupId(desk) || mayPlanForDesk(req, desk)) return data
  // An unknown desk is bad input: the field's validation answers it with a 400.
  const { totalDocs } = await req.payload.count({
    collection: 'desks',
    where: { id: { equals: desk } },
    req,
    overrideAccess: true,
  })
  if (totalDocs > 0) throw httpError(403, 'Bạn chỉ lên kế hoạch được cho ban mình phụ trách.')
  return data
}
