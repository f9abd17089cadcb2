import type { CollectionBeforeDeleteHook } from 'payload'

import { assertAssessmentOpen } from '../lib/assessmentLock'
import { EVIDENCE_SLUG } from '../lib/slugs'

/** A submitted assessment keeps its evidence files (409). */
export const refuseEvidenceDeleteWhenLocked: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({
    collection: EVIDENCE_SLUG as never,
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  const assessment = (doc as { assessment?: unknown } | null)?.assessment
  if (assessment !== undefined && assessment !== null)
    await assertAssessmentOpen(req, assessment, 'xoá minh chứng')
}
