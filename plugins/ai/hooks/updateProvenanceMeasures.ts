import type { CollectionAfterChangeHook } from 'payload'

import { AI_PROVENANCE_SLUG } from '../collections/AiProvenance'
import { takeProvenanceUpdates } from './measureAiShare'

/** Writes the surviving-character counts measured before the save onto the provenance records. */
export const updateProvenanceMeasures: CollectionAfterChangeHook = async ({ doc, req }) => {
  const updates = takeProvenanceUpdates(req, doc.id)
  if (!updates.length) return doc
  const measuredAt = new Date().toISOString()
  for (const { id, data } of updates) {
    await req.payload.update({
      collection: AI_PROVENANCE_SLUG,
      id,
      data: { ...data, measuredAt },
      overrideAccess: true,
      depth: 0,
      req,
      context: { skipAudit: true },
    })
  }
  return doc
}
