import type { PayloadRequest } from 'payload'

import { perRequest } from './perRequest'

/**
 * The story a create is duplicating, for this request (Payload's duplicate is a create with
 * `duplicateFromID`). The copy's text is the source's, so its AI provenance must follow it, or
 * duplicating would launder AI text into a "human" story.
 */
const sources = perRequest<number | string>()
const CREATE = 'create'

export function rememberDuplicateSource(req: PayloadRequest, sourceId: number | string): void {
  sources.set(req, CREATE, sourceId)
}

export function duplicateSourceOf(req: PayloadRequest): number | string | undefined {
  return sources.get(req, CREATE)
}

export function forgetDuplicateSource(req: PayloadRequest): void {
  sources.take(req, CREATE)
}
