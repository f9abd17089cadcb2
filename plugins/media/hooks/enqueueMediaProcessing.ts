import type { CollectionAfterChangeHook } from 'payload'

import { enqueueJob } from '../../jobs/lib/enqueueJob'

/** Asks the worker to process a new file; the request itself never touches sharp or ffmpeg. */
export const enqueueMediaProcessing: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  const generation = context.mediaFileGeneration
  if (typeof generation !== 'number' || context.skipMediaProcessing) return doc
  await enqueueJob(req, { queue: 'media', name: 'process', data: { mediaId: doc.id, generation } })
  return doc
}
