import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../../../src/access'
import { httpError } from '../../../src/lib/httpErrors'
import { lockedMessage } from '../lib/assessmentLock'

/**
 * A submitted assessment is locked like a closed month: every change is refused (409) except an
 * administrator reopening it (status back to draft). Submitting stamps who and when.
 */
export const guardSubmission: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const before = originalDoc?.status
  const after = data.status ?? before ?? 'draft'
  if (before === 'submitted') {
    if (after !== 'draft') throw httpError(409, lockedMessage(originalDoc?.year ?? '?', 'sửa'))
    // Trusted server code (no user) may reopen too, as it may do anything.
    if (req.user && !hasRole(req, 'admin'))
      throw httpError(403, 'Chỉ quản trị viên được mở lại bản tự đánh giá đã nộp.')
    data.submittedAt = null
    data.submittedBy = null
    return data
  }
  if (after === 'submitted') {
    data.submittedAt = new Date().toISOString()
    data.submittedBy = req.user?.id ?? null
  }
  return data
}
