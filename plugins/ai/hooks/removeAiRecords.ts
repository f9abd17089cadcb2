import type { CollectionBeforeDeleteHook } from 'payload'

import { AI_PROVENANCE_SLUG } from '../collections/AiProvenance'
import { AI_SUGGESTIONS_SLUG } from '../collections/AiSuggestions'

/**
 * A deleted story takes its suggestions and provenance with it (they describe its text and
 * nothing else; the figures count existing stories). The model calls stay, for the budget and
 * the audit, with their story link emptied by the database.
 */
export const removeAiRecords: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
  if (context.skipAI) return
  for (const collection of [AI_PROVENANCE_SLUG, AI_SUGGESTIONS_SLUG] as const) {
    await req.payload.delete({
      collection,
      where: { story: { equals: id } },
      req,
      overrideAccess: true,
      depth: 0,
    })
  }
}
