import type { CollectionAfterChangeHook } from 'payload'

import { AI_PROVENANCE_SLUG } from '../collections/AiProvenance'
import { duplicateSourceOf, forgetDuplicateSource } from '../lib/duplicates'
import { loadProvenance } from '../lib/provenance/loadProvenance'

/** A duplicated story gets copies of its source's provenance records, as the text is the same. */
export const copyProvenanceToDuplicate: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const source = duplicateSourceOf(req)
  if (operation !== 'create' || source === undefined) return doc
  forgetDuplicateSource(req)
  for (const record of await loadProvenance(req, [source])) {
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = record as unknown as Record<string, unknown>
    await req.payload.create({
      collection: AI_PROVENANCE_SLUG,
      data: { ...copy, story: doc.id } as never,
      req,
      overrideAccess: true,
      depth: 0,
    })
  }
  return doc
}
