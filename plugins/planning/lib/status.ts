import type { WorkflowState } from '../../../src/lib/workflow'
import { MANUAL_PLAN_STATUSES, type AssignmentStatus, type PlanStatus } from '../types'

/** A story in one of these has been handed in (filed) and is with the editors or out. */
export const FILED_STORY_STATES: readonly WorkflowState[] = [
  'submitted',
  'edited',
  'approved',
  'scheduled',
  'published',
  'corrected',
]
export const PUBLIC_STORY_STATES: readonly WorkflowState[] = ['published', 'corrected']

export type AssignmentLike = {
  status?: AssignmentStatus | string | null
  /** The assignee's id (or the populated user); empty when nobody is assigned yet. */
  assignee?: unknown
  deadline?: string | null
}

export type ManualPlanStatus = (typeof MANUAL_PLAN_STATUSES)[number]

export const isManualStatus = (value: unknown): value is ManualPlanStatus =>
  typeof value === 'string' && (MANUAL_PLAN_STATUSES as readonly string[]).includes(value)

/** An assignment that puts someone on the story: not cancelled and with an assignee. */
export const isStaffed = (assignment: AssignmentLike) =>
  assignment.status !== 'cancelled' && assignment.assignee !== null && assignment.assignee !== undefined

/**
 * The status a person chose, which derivation starts from: what they just sent if it is one of
 * idea/planned/dropped, else what was stored if it was one of those, else "planned" (an item
 * that was assigned once is at least planned when its assignments go away).
 */
export function manualBase(requested: unknown, stored: unknown): PlanStatus {
  if (isManualStatus(requested)) return requested
  if (isManualStatus(stored)) return stored
  return 'planned'
}

/**
 * A plan item's status from what happened to it: dropped stays dropped (a person's decision);
 * otherwise the linked story's state decides (published, filed, in progress, dropped when the
 * story was killed), then the assignments (someone working on it, someone assigned), then the
 * person's choice of idea or planned.
 */
export function derivePlanStatus(
  base: PlanStatus,
  storyState: WorkflowState | null | undefined,
  assignments: readonly AssignmentLike[],
): PlanStatus {
  if (base === 'dropped') return 'dropped'
  if (storyState) {
    if (PUBLIC_STORY_STATES.includes(storyState)) return 'published'
    if (storyState === 'killed') return 'dropped'
    if (FILED_STORY_STATES.includes(storyState)) return 'filed'
    if (storyState === 'drafting') return 'inProgress'
  }
  const live = assignments.filter((a) => a.status !== 'cancelled')
  if (live.some((a) => a.status === 'inProgress' || a.status === 'done')) return 'inProgress'
  if (storyState || live.some(isStaffed)) return 'assigned'
  return base
}
