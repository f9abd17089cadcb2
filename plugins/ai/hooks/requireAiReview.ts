import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../../../src/access'
import { httpError } from '../../../src/lib/httpErrors'
import { takeReviewMark } from '../lib/decide/reviewMarks'
import { duplicateSourceOf } from '../lib/duplicates'
import { AI_REVIEWER_ROLES } from '../lib/reviewers'

const PUBLIC_TARGETS = new Set(['published', 'scheduled', 'corrected'])

const canReview = (req: Parameters<CollectionBeforeChangeHook>[0]['req']) =>
  hasRole(req, ...AI_REVIEWER_ROLES)

/**
 * AI output is never published without a person's approval. Accepting a suggestion marks the
 * story's AI content as awaiting review (the only way the mark is set: clients cannot write the
 * review fields); an editor or above approves it by saving with `ai.approve` ticked, which records
 * who and when. Until then the story cannot be published, scheduled or corrected — by anyone,
 * the scheduler included, which logs the refusal and tries again on its next round.
 */
export const requireAiReview: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (context.skipAI) return data
  const stored = (originalDoc?.ai ?? {}) as Record<string, unknown>
  const ai = { ...(data.ai ?? {}) } as Record<string, unknown>
  // The review fields come from the stored story and this request's own mark, never from the client.
  for (const key of ['reviewPending', 'reviewedBy', 'reviewedById', 'reviewedAt'] as const)
    ai[key] = stored[key] ?? null
  const mark = takeReviewMark(req, originalDoc?.id)
  if (mark === 'pending') ai.reviewPending = true
  // A copy of a story with AI content is a new story: its AI content is reviewed again.
  if (operation === 'create' && duplicateSourceOf(req) !== undefined) {
    ai.reviewPending = ai.class !== 'human' || Boolean(ai.tagged)
  }
  if (ai.approve || mark === 'reviewed') {
    if (!canReview(req)) {
      throw httpError(403, 'Chỉ biên tập viên trở lên được xác nhận đã duyệt nội dung AI.')
    }
    const reviewer = req.user as { id: number | string; fullName?: string; email?: string } | null
    ai.reviewPending = false
    ai.reviewedBy = reviewer ? (reviewer.fullName ?? reviewer.email ?? null) : null
    ai.reviewedById = reviewer ? String(reviewer.id) : null
    ai.reviewedAt = new Date().toISOString()
  }
  ai.approve = false
  data.ai = ai

  const from = operation === 'update' ? originalDoc?.workflowState : undefined
  const to = data.workflowState ?? from
  const newCorrection = (data.corrections?.length ?? 0) > (originalDoc?.corrections?.length ?? 0)
  const entering = PUBLIC_TARGETS.has(to) && (from !== to || newCorrection)
  if (entering && ai.reviewPending) {
    throw httpError(
      400,
      'Tin có nội dung do AI đề xuất chưa được duyệt. Biên tập viên cần đọc lại và đánh dấu "Đã duyệt nội dung AI" trước khi xuất bản.',
    )
  }
  return data
}
