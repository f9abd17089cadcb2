import type { CollectionAfterChangeHook } from 'payload'

import { isWorkflowState } from '../../../src/lib/workflow'
import { refreshPlanStatus, systemUpdate, type AssignmentDoc } from '../lib/planState'
import { FILED_STORY_STATES } from '../lib/status'
import { ASSIGNMENTS_SLUG, PLAN_ITEMS_SLUG, PLANNING_SYSTEM } from '../types'

/**
 * When a story made from an assignment moves on, its assignments and plan item follow: drafting
 * starts the work, filing finishes it (so a story handed in on time never shows as overdue), and
 * the plan item's status is re-derived. Only state changes cost anything here.
 */
export const followStoryState: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context[PLANNING_SYSTEM] || context.skipPlanning || operation === 'create') return doc
  const state = doc.workflowState
  if (!isWorkflowState(state) || state === previousDoc?.workflowState) return doc

  const { docs: assignments } = await req.payload.find({
    collection: ASSIGNMENTS_SLUG,
    where: { story: { equals: doc.id } },
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const next = FILED_STORY_STATES.includes(state) ? 'done' : state === 'drafting' ? 'inProgress' : undefined
  for (const assignment of assignments as unknown as AssignmentDoc[]) {
    const moves =
      next === 'done'
        ? ['open', 'accepted', 'inProgress'].includes(String(assignment.status))
        : next === 'inProgress' && ['open', 'accepted'].includes(String(assignment.status))
    if (moves) await systemUpdate(req, ASSIGNMENTS_SLUG, assignment.id, { status: next })
  }

  const { docs: plans } = await req.payload.find({
    collection: PLAN_ITEMS_SLUG,
    where: { story: { equals: doc.id } },
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  for (const plan of plans) await refreshPlanStatus(req, plan.id)
  return doc
}
