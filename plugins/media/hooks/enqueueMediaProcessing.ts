import type { CollectionAfterChangeHook } from 'payload'

import { enqueueJob } from '../../jobs/lib/enqueueJob'

/**
 * Asks the worker to process a new file; the request itself never touches sharp or ffmpeg. The
 * context outlives this change (the storage adapter may update the same document again in the
 * same request), so each file generation is queued once.
 */
export const enqueueMediaProcessing: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  const generation = context.mediaFileGeneration
  if (typeof generation !== 'number' || context.skipMediaProcessing) return doc
  const queued = (context.mediaJobsQueued ??= new Set<string>()) as Set<string>
  const key = `${doc.id}:${generation}`
  if (queued.has(key)) return doc
  queued.add(key)
  await enqueueJob(req, { queue: 'media', name: 'process', data: { mediaId: doc.id, generation } })
  return doc
}
