import type { CollectionAfterChangeHook } from 'payload'

import { enqueueJob } from '../../jobs/lib/enqueueJob'

/**
 * Asks the worker to process a new file; the request itself never touches sharp or ffmpeg. The
 * flag is consumed here: the context outlives this change (the storage adapter updates the new
 * document again in the same request), and each file generation is queued once.
 */
export const enqueueMediaProcessing: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  const generation = context.mediaFileGeneration
  if (typeof generation !== 'number' || context.skipMediaProcessing) return doc
  delete context.mediaFileGeneration
  await enqueueJob(req, { queue: 'media', name: 'process', data: { mediaId: doc.id, generation } })
  return doc
}
