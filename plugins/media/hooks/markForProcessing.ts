import type { CollectionBeforeChangeHook } from 'payload'

import { kindOfMimeType } from '../lib/kinds'
import { nextGeneration, pendingProcessing } from '../lib/processingState'

/**
 * A new file (create, or an update that replaces the file) needs processing: mark it pending and
 * bump its generation, so a job still running for the previous file notices and stops.
 */
export const markForProcessing: CollectionBeforeChangeHook = ({ data, originalDoc, req, context }) => {
  if (!req.file || context.skipMediaProcessing) return data
  const generation = nextGeneration(originalDoc)
  data.kind = kindOfMimeType(String(data.mimeType ?? req.file.mimetype))
  data.processing = pendingProcessing(generation)
  data.possibleDuplicates = []
  context.mediaFileGeneration = generation
  return data
}
