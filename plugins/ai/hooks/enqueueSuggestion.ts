import type { CollectionAfterChangeHook } from 'payload'

import { enqueueJob } from '../../jobs/lib/enqueueJob'

/** Saving a request never waits on AI: the worker runs it from the `ai` queue. */
export const enqueueSuggestion: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  if (operation !== 'create' || context.skipAI) return doc
  await enqueueJob(req, { queue: 'ai', name: 'suggest', data: { suggestionId: doc.id } })
  return doc
}
