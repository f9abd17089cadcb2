import type { CollectionBeforeChangeHook } from 'payload'

import { roleOf } from '../../../src/access'
import { httpError } from '../../../src/lib/httpErrors'
import {
  checkTransition,
  initialStatesFor,
  isWorkflowState,
  WORKFLOW_STATE_LABELS,
  type WorkflowState,
} from '../../../src/lib/workflow'

type Correction = { note: string; correctedAt: string; correctedBy?: number | string | null }

/**
 * Applies the workflow table (src/lib/workflow.ts) to every write, whatever the client, and
 * owns the fields that only the workflow may set: publishedAt, corrections, killedAt.
 * Trusted server code without a user (seed, the scheduler) may set any state.
 */
export const enforceWorkflow: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const user = req.user
  const role = roleOf(user as never)
  const trusted = !user && req.payloadAPI === 'local'
  const now = new Date().toISOString()
  const requested = data.workflowState ?? (operation === 'create' ? 'idea' : originalDoc?.workflowState)

  if (!isWorkflowState(requested)) {
    throw httpError(400, `Trạng thái "${String(requested)}" không tồn tại.`)
  }
  const to: WorkflowState = requested

  if (operation === 'create') {
    if (!trusted && !initialStatesFor(role).includes(to)) {
      throw httpError(
        403,
        `Không thể tạo tin ở trạng thái "${WORKFLOW_STATE_LABELS[to].vi}"; tin mới bắt đầu từ: ${initialStatesFor(
          role,
        )
          .map((s) => WORKFLOW_STATE_LABELS[s].vi)
          .join(', ')}.`,
      )
    }
    data.corrections = []
    if ((to === 'published' || to === 'corrected') && !data.publishedAt) data.publishedAt = now
    if (to === 'killed') data.killedAt = now
    data.workflowState = to
    return data
  }

  const from = originalDoc?.workflowState as WorkflowState
  const corrections: Correction[] = Array.isArray(originalDoc?.corrections) ? originalDoc.corrections : []
  // Only the workflow writes these; whatever a client sent is replaced by the stored value.
  data.corrections = corrections
  if (!trusted && !context.systemTransition) data.publishedAt = originalDoc?.publishedAt ?? null
  data.killedAt = originalDoc?.killedAt ?? null

  if (from === 'killed' && role !== 'admin' && !trusted) {
    throw httpError(403, 'Tin đã gỡ chỉ quản trị hệ thống được sửa.')
  }

  const note = typeof data.correctionNote === 'string' ? data.correctionNote.trim() : ''
  const isTransition = from !== to || (to === 'corrected' && note.length > 0)
  if (isTransition && !trusted && !context.systemTransition) {
    const check = checkTransition(role, from, to)
    if (!check.ok) throw httpError(check.reason === 'forbidden' ? 403 : 400, check.message)
  }

  if (to === 'scheduled' && from !== 'scheduled') {
    const at = data.scheduledAt ?? originalDoc?.scheduledAt
    if (!at || Number.isNaN(Date.parse(at)) || Date.parse(at) <= Date.now()) {
      throw httpError(400, 'Hẹn giờ xuất bản cần một thời điểm trong tương lai (scheduledAt).')
    }
  }
  if (to === 'published' && !data.publishedAt) data.publishedAt = now
  if (to === 'corrected' && isTransition) {
    if (!note) throw httpError(400, 'Đính chính cần ghi chú đính chính (correctionNote).')
    data.corrections = [...corrections, { note, correctedAt: now, correctedBy: user?.id ?? null }]
  }
  if (to === 'killed' && from !== 'killed') {
    const wasPublic = from === 'published' || from === 'corrected'
    const reason = typeof data.killReason === 'string' ? data.killReason.trim() : originalDoc?.killReason
    if (wasPublic && !reason) throw httpError(400, 'Gỡ tin đã xuất bản cần nêu lý do (killReason).')
    data.killedAt = now
  }
  data.correctionNote = null
  data.workflowState = to
  return data
}
