import type { CollectionBeforeChangeHook } from 'payload'

import { kindOfMimeType } from '../lib/kinds'

/**
 * A new file (create, or an update that replaces the file) needs processing: mark it pending and
 * bump its generation, so a job still running for the previous file notices and stops.
 */
export const markForProcessing: CollectionBeforeChangeHook = ({ data, originalDoc, req, context }) => {
  if (!req.file || context.skipMediaProcessing) return data
  const previous = (originalDoc as { processing?: { generation?: number } } | undefined)?.processing
  const generation = (previous?.generation ?? 0) + 1
  data.kind = kindOfMimeType(String(data.mimeType ?? req.file.mimetype))
  data.processing = {
    status: 'pending',
    generation,
    attempts: 0,
    error: null,
    startedAt: null,
    finishedAt: null,
  }
  data.possibleDuplicates = []
  context.mediaFileGeneration = generation
  return data
}
