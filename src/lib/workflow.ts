import type { Role } from './roles'

export const WORKFLOW_STATES = [
  'idea',
  'assigned',
  'drafting',
  'submitted',
  'edited',
  'approved',
  'scheduled',
  'published',
  'corrected',
  'killed',
] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

export const WORKFLOW_STATE_LABELS: Record<WorkflowState, { vi: string; en: string }> = {
  idea: { vi: 'Đề tài', en: 'Idea' },
  assigned: { vi: 'Đã giao', en: 'Assigned' },
  drafting: { vi: 'Đang viết', en: 'Drafting' },
  submitted: { vi: 'Đã nộp', en: 'Submitted' },
  edited: { vi: 'Đã biên tập', en: 'Edited' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  scheduled: { vi: 'Hẹn giờ xuất bản', en: 'Scheduled' },
  published: { vi: 'Đã xuất bản', en: 'Published' },
  corrected: { vi: 'Đã đính chính', en: 'Corrected' },
  killed: { vi: 'Đã gỡ', en: 'Killed' },
}

/** States whose content the public may read. */
export const PUBLIC_STATES: readonly WorkflowState[] = ['published', 'corrected']

const EDITORS: readonly Role[] = ['editor', 'deskChief', 'manager', 'admin']
const PUBLISHERS: readonly Role[] = ['deskChief', 'manager', 'admin']
const WRITERS: readonly Role[] = ['reporter', ...EDITORS]

/**
 * The one table of who may move a story from which state to which. Anything not listed is
 * refused. The scheduler's own scheduled → published move runs as the system (see
 * publishDueStories), not through a role.
 */
export const TRANSITIONS: Readonly<Record<WorkflowState, Partial<Record<WorkflowState, readonly Role[]>>>> = {
  idea: { assigned: EDITORS, drafting: WRITERS, killed: PUBLISHERS },
  assigned: { drafting: WRITERS, idea: EDITORS, killed: PUBLISHERS },
  drafting: { submitted: WRITERS, killed: PUBLISHERS },
  submitted: { edited: EDITORS, drafting: EDITORS, killed: PUBLISHERS },
  edited: { approved: EDITORS, drafting: EDITORS, killed: PUBLISHERS },
  approved: { published: PUBLISHERS, scheduled: PUBLISHERS, edited: EDITORS, killed: PUBLISHERS },
  scheduled: { published: PUBLISHERS, approved: PUBLISHERS, killed: PUBLISHERS },
  published: { corrected: EDITORS, killed: PUBLISHERS },
  corrected: { corrected: EDITORS, killed: PUBLISHERS },
  killed: {},
}

export type TransitionCheck = { ok: true } | { ok: false; reason: 'illegal' | 'forbidden'; message: string }

export function isWorkflowState(value: unknown): value is WorkflowState {
  return typeof value === 'string' && (WORKFLOW_STATES as readonly string[]).includes(value)
}

export function checkTransition(
  role: Role | undefined,
  from: WorkflowState,
  to: WorkflowState,
): TransitionCheck {
  if (from === to && to !== 'corrected') return { ok: true }
  const allowed = TRANSITIONS[from][to]
  const fromLabel = WORKFLOW_STATE_LABELS[from].vi
  const toLabel = WORKFLOW_STATE_LABELS[to].vi
  if (!allowed) {
    return {
      ok: false,
      reason: 'illegal',
      message: `Không thể chuyển tin từ "${fromLabel}" sang "${toLabel}" (illegal transition ${from} → ${to}).`,
    }
  }
  if (!role || !allowed.includes(role)) {
    return {
      ok: false,
      reason: 'forbidden',
      message: `Vai trò của bạn không được chuyển tin từ "${fromLabel}" sang "${toLabel}" (role ${role ?? 'none'} may not move ${from} → ${to}).`,
    }
  }
  return { ok: true }
}

/** States a story may be created in, per role (new ideas, wire copy, drafts). */
export function initialStatesFor(role: Role | undefined): readonly WorkflowState[] {
  if (!role) return []
  if (role === 'apiClient') return ['idea', 'drafting']
  if (role === 'reporter') return ['idea', 'drafting']
  return ['idea', 'assigned', 'drafting']
}

export function nextStatesFor(role: Role | undefined, from: WorkflowState): WorkflowState[] {
  return (Object.keys(TRANSITIONS[from]) as WorkflowState[]).filter(
    (to) => checkTransition(role, from, to).ok,
  )
}
