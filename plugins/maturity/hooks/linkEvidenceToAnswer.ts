import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '../../../src/lib/relationId'
import { placeEvidence, type AnswerRow } from '../lib/answers'
import { findAssessment } from '../lib/criteriaStore'
import { REVISION_CHECK, type RevisionCheck } from '../lib/revision'
import { ASSESSMENTS_SLUG } from '../lib/slugs'

/**
 * An evidence file appears in the answer of its criterion, and only there (an answer is added
 * when there is none yet), in the same transaction as the upload or edit. Moved to another
 * criterion it leaves the old answer, and with no criterion it is in none: a file left behind in
 * an answer would fail that assessment's every later save. Its assessment never changes
 * (checkEvidenceLinks).
 */
export const linkEvidenceToAnswer: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const criterion = relationId(doc.criterion)
  if (operation === 'update' && String(relationId(previousDoc?.criterion)) === String(criterion)) return doc
  const assessment = await findAssessment(req, relationId(doc.assessment))
  if (!assessment) return doc
  const answers = placeEvidence((assessment.answers ?? []) as AnswerRow[], doc.id, criterion)
  if (!answers) return doc
  await req.payload.update({
    collection: ASSESSMENTS_SLUG as never,
    id: assessment.id,
    data: { answers } as never,
    depth: 0,
    overrideAccess: true,
    // Read and written in the upload's own transaction, so nothing it read can be stale; the save
    // still bumps the revision, so a dashboard holding the older one cannot drop the file.
    context: { [REVISION_CHECK]: 'skip' satisfies RevisionCheck },
    req,
  })
  return doc
}
