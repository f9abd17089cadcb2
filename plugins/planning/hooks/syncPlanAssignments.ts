import type { CollectionAfterChangeHook } from 'payload'

import { assignmentsOf, systemUpdate } from '../lib/planState'
import { assignmentTitle } from '../lib/storyDraft'
import {
  ACTIVE_ASSIGNMENT_STATUSES,
  ASSIGNMENTS_SLUG,
  PLANNING_SYSTEM,
  type AssignmentStatus,
} from '../types'

/**
 * Keeps a plan item's assignments in step with it: their titles carry the plan's title, and
 * dropping the plan cancels whatever was still owed on it (nobody should go out on a dropped story).
 */
export const syncPlanAssignments: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context[PLANNING_SYSTEM] || operation === 'create') return doc
  const renamed = doc.title !== previousDoc?.title
  const dropped = doc.status === 'dropped' && previousDoc?.status !== 'dropped'
  if (!renamed && !dropped) return doc
  for (const assignment of await assignmentsOf(req, doc.id)) {
    const data: Record<string, unknown> = {}
    if (renamed) data.title = assignmentTitle(String(assignment.kind), doc.title)
    if (dropped && ACTIVE_ASSIGNMENT_STATUSES.includes(assignment.status as AssignmentStatus))
      data.status = 'cancelled'
    if (Object.keys(data).length) await systemUpdate(req, ASSIGNMENTS_SLUG, assignment.id, data)
  }
  return doc
}
