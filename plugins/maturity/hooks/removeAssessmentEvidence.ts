import type { CollectionBeforeDeleteHook } from 'payload'

import { EVIDENCE_SLUG } from '../lib/slugs'

/**
 * A draft assessment deleted takes its evidence files with it, first: an evidence file must
 * name its assessment, so the database refuses to leave one pointing at nothing.
 */
export const removeAssessmentEvidence: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: EVIDENCE_SLUG as never,
    where: { assessment: { equals: id } },
    overrideAccess: true,
    context: { maturityCascade: true },
    req,
  })
}
