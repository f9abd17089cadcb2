import type { CollectionAfterChangeHook, Where } from 'payload'

import { isWorkflowState, type WorkflowState } from '../../../src/lib/workflow'
import { refreshPlanStatus, systemUpdate, type AssignmentDoc } from '../lib/planState'
import { FILED_STORY_STATES } from '../lib/status'
import {
  ACTIVE_ASSIGNMENT_STATUSES,
  ASSIGNMENTS_SLUG,
  PLAN_ITEMS_SLUG,
  PLANNING_SYSTEM,
  type AssignmentStatus,
} from '../types'

/** What a story's new state makes of the work still owed on it. */
function nextAssignmentStatus(state: WorkflowState): AssignmentStatus | undefined {
  if (FILED_STORY_STATES.includes(state)) return 'done'
  if (state === 'drafting') return 'inProgress'
  // A killed story drops its plan (lib/status); nobody should still be out working on it.
  if (state === 'killed') return 'cancelled'
  return undefined
}

/**
 * When a story made from an assignment moves on, its assignments and plan item follow: drafting
 * starts the work, filing finishes it (so a story handed in on time never shows as overdue),
 * killing it cancels what was still owed, and the plan item's status is re-derived. Only state
 * changes cost anything here.
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

  const { docs: plans } = await req.payload.find({
    collection: PLAN_ITEMS_SLUG,
    where: { story: { equals: doc.id } },
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const next = nextAssignmentStatus(state)
  // Killing drops the whole plan: its other assignments (photo, crew) are called off too.
  const planIds = plans.map((plan) => plan.id)
  const where: Where =
    next === 'cancelled' && planIds.length
      ? { or: [{ story: { equals: doc.id } }, { planItem: { in: planIds } }] }
      : { story: { equals: doc.id } }
  const { docs: assignments } = await req.payload.find({
    collection: ASSIGNMENTS_SLUG,
    where,
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  for (const assignment of assignments as unknown as AssignmentDoc[]) {
    const moves =
      next === 'inProgress'
        ? ['open', 'accepted'].includes(String(assignment.status))
        : next !== undefined && ACTIVE_ASSIGNMENT_STATUSES.includes(assignment.status as AssignmentStatus)
    if (moves) await systemUpdate(req, ASSIGNMENTS_SLUG, assignment.id, { status: next })
  }
  for (const id of planIds) await refreshPlanStatus(req, id)
  return doc
}
