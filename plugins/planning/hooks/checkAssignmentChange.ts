import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { hasRole } from '../../../src/access'
import { mayPlanForDesk } from '../../../src/access/planning'
import { httpError } from '../../../src/lib/httpErrors'
import { relationId } from '../../../src/lib/relationId'
import { findPlan, isLookupId, refuseBadId, type PlanDoc } from '../lib/planState'
import { assignmentTitle } from '../lib/storyDraft'
import { PLANNING_SYSTEM, REPORTER_ASSIGNMENT_STATUSES, type AssignmentStatus } from '../types'

const instant = (value: unknown): number | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  const ms = new Date(value as string).getTime()
  return Number.isNaN(ms) ? undefined : ms
}

const sameRelation = (a: unknown, b: unknown) => String(relationId(a)) === String(relationId(b))

/** The fields a reporter changed besides the status, compared as values (the form resends all). */
function changedBesidesStatus(data: Record<string, unknown>, original: Record<string, unknown>): string[] {
  const changed: string[] = []
  if (!sameRelation(data.planItem, original.planItem)) changed.push('planItem')
  if (!sameRelation(data.assignee, original.assignee)) changed.push('assignee')
  if (instant(data.deadline) !== instant(original.deadline)) changed.push('deadline')
  for (const name of ['kind', 'brief'])
    if ((data[name] ?? null) !== (original[name] ?? null)) changed.push(name)
  return changed
}

/** A reporter moves their own assignment along (accept, in progress, done) and changes nothing else. */
function checkReporterChange(data: Record<string, unknown>, original: Record<string, unknown>) {
  const changed = changedBesidesStatus(data, original)
  if (changed.length)
    throw httpError(
      403,
      `Phóng viên chỉ cập nhật được trạng thái nhiệm vụ của mình, không sửa được: ${changed.join(', ')}.`,
    )
  if (data.status === original.status) return
  if (original.status === 'cancelled')
    throw httpError(409, 'Nhiệm vụ đã bị hủy; hãy liên hệ trưởng ban nếu vẫn cần thực hiện.')
  if (!REPORTER_ASSIGNMENT_STATUSES.includes(data.status as AssignmentStatus))
    throw httpError(403, 'Phóng viên chỉ chuyển được nhiệm vụ sang: Đã nhận, Đang làm, Xong.')
}

async function planOf(req: PayloadRequest, value: unknown): Promise<PlanDoc | undefined> {
  refuseBadId('Kế hoạch', value)
  const id = relationId(value)
  // An unknown plan is left to the field's validation, which answers 400.
  return isLookupId(id) ? findPlan(req, id) : undefined
}

/**
 * The rules of an assignment write that access cannot express: reporters only move the status
 * of their own; planners only assign work on their desks' plans; no new work on a dropped plan;
 * a linked assignment stays with its plan; a deadline, when set, is not already past. Also
 * titles the assignment after its kind and plan.
 */
export const checkAssignmentChange: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (context[PLANNING_SYSTEM]) return data
  const original = (originalDoc ?? {}) as Record<string, unknown>
  const planChanged = operation === 'create' || !sameRelation(data.planItem, original.planItem)
  if (operation === 'update' && req.user && hasRole(req, 'reporter')) checkReporterChange(data, original)

  const plan = await planOf(req, data.planItem)
  if (plan && planChanged) {
    if (req.user && !mayPlanForDesk(req, relationId(plan.desk)))
      throw httpError(403, 'Bạn chỉ phân công được cho kế hoạch của ban mình phụ trách.')
    if (plan.status === 'dropped')
      throw httpError(409, `Kế hoạch "${plan.title}" đã bị bỏ; không phân công thêm được.`)
    if (relationId(original.story) !== undefined)
      throw httpError(409, 'Nhiệm vụ đã có tin bài nên không chuyển sang kế hoạch khác được.')
  }

  const deadline = instant(data.deadline)
  const deadlineSet = operation === 'create' || deadline !== instant(original.deadline)
  if (deadlineSet && deadline !== undefined && deadline < Date.now())
    throw httpError(400, '"Hạn nộp" đã qua; hãy đặt một thời điểm trong tương lai.')

  if (plan) data.title = assignmentTitle(String(data.kind ?? 'write'), plan.title)
  return data
}
