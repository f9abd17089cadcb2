import type { WorkflowState } from '../../../src/lib/workflow'
import { ACTIVE_ASSIGNMENT_STATUSES, type AssignmentStatus, type PlanStatus } from '../types'
import { dayInZone } from './days'
import { FILED_STORY_STATES, isStaffed, type AssignmentLike } from './status'

/** What the calendar's warnings are computed from, at read time (they depend on the clock). */
export type FlagInput = {
  /** The plan's day, YYYY-MM-DD in the newsroom's zone. */
  day: string
  status: PlanStatus
  storyState?: WorkflowState | null
  assignments: readonly AssignmentLike[]
}

/** Why an item is late: an assignment past its deadline, or its day is over with nothing filed. */
export type OverdueReason = 'deadline' | 'dayPassed'

export type PlanFlags = {
  /** Nobody is on it: no assignment that is not cancelled and has an assignee. */
  unassigned: boolean
  overdue: boolean
  reasons: OverdueReason[]
}

/** Items that need no more attention: nothing about them can be late or unstaffed. */
const SETTLED: readonly PlanStatus[] = ['dropped', 'filed', 'published']

/** An assignment still owed (open, accepted or in progress) whose deadline has passed. */
export function isAssignmentOverdue(assignment: AssignmentLike, now: Date): boolean {
  if (!ACTIVE_ASSIGNMENT_STATUSES.includes(assignment.status as AssignmentStatus)) return false
  if (!assignment.deadline) return false
  const deadline = Date.parse(assignment.deadline)
  return !Number.isNaN(deadline) && deadline < now.getTime()
}

const hasFiledStory = (state: WorkflowState | null | undefined) =>
  Boolean(state && FILED_STORY_STATES.includes(state))

export function planFlags(item: FlagInput, now: Date, timeZone: string): PlanFlags {
  const settled = SETTLED.includes(item.status) || hasFiledStory(item.storyState)
  if (item.status === 'dropped' || item.storyState === 'killed')
    return { unassigned: false, overdue: false, reasons: [] }
  const reasons: OverdueReason[] = []
  if (item.assignments.some((a) => isAssignmentOverdue(a, now))) reasons.push('deadline')
  if (!settled && item.day < dayInZone(now, timeZone)) reasons.push('dayPassed')
  return {
    unassigned: !settled && !item.assignments.some(isStaffed),
    overdue: reasons.length > 0,
    reasons,
  }
}
