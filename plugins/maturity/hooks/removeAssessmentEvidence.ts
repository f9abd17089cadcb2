import type { CollectionBeforeDeleteHook } from 'payload'

import { EVIDENCE_SLUG } from '../lib/slugs'

/**
 * A draft assessment deleted takes its evidence files with it, first: an evidence file must
 * name its assessment, so the database refuses to leave one pointing at nothing. One by one, so a
 * file that cannot go stops the whole delete (a bulk delete only collects the failures, and would
 * run the files' hooks side by side on the request's one transaction). The refusals a file can
 * meet (a submitted assessment) are met by the assessment's own hook before this one; what is left
 * is a database failure, which rolls the rows back but not the files Payload already unlinked.
 */
export const removeAssessmentEvidence: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { docs } = await req.payload.find({
    collection: EVIDENCE_SLUG as never,
    where: { assessment: { equals: id } },
    pagination: false,
    depth: 0,
    select: { assessment: true } as never,
    overrideAccess: true,
    req,
  })
  for (const doc of docs as Array<{ id: number | string }>)
    await req.payload.delete({
      collection: EVIDENCE_SLUG as never,
      id: doc.id,
      depth: 0,
      overrideAccess: true,
      req,
    })
}
