import type { PayloadRequest } from 'payload'

import { perRequest } from '../perRequest'

/**
 * What an acceptance means for the story's AI review, handed from applyAcceptance to the story's
 * requireAiReview hook for this request only. Clients can never set the review fields themselves
 * (their field access refuses it), so this per-request mark is the only way in.
 *   pending   AI content to be reviewed before publishing
 *   reviewed  accepted into a story the public already reads: the accepting editor reviews it
 */
export type ReviewMark = 'pending' | 'reviewed'

const marks = perRequest<ReviewMark>()

export function markReview(req: PayloadRequest, storyId: number | string, mark: ReviewMark): void {
  marks.set(req, storyId, mark)
}

export function takeReviewMark(
  req: PayloadRequest,
  storyId: number | string | undefined,
): ReviewMark | undefined {
  return storyId === undefined ? undefined : marks.take(req, storyId)
}
