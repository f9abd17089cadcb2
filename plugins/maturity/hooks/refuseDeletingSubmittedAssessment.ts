import type { CollectionBeforeDeleteHook } from 'payload'

import { assertAssessmentOpen } from '../lib/assessmentLock'

/** A submitted assessment is the record of what was reported: it is not deleted (409). */
export const refuseDeletingSubmittedAssessment: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await assertAssessmentOpen(req, id, 'xoá')
}
