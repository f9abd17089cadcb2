import type { CollectionBeforeChangeHook } from 'payload'

import { assertAssessmentOpen } from '../lib/assessmentLock'

/** Evidence of a submitted assessment is part of what was reported: no upload, edit or move (409). */
export const refuseEvidenceChangeWhenLocked: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  if (originalDoc?.assessment !== undefined)
    await assertAssessmentOpen(req, originalDoc.assessment, 'sửa minh chứng')
  if (data.assessment !== undefined) await assertAssessmentOpen(req, data.assessment, 'thêm minh chứng')
  return data
}
