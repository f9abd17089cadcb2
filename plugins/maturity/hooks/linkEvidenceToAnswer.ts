import type { CollectionAfterChangeHook } from 'payload'

import { relationId, relationIds } from '../../../src/lib/relationId'
import { criterionKey, type AnswerRow } from '../lib/answers'
import { findAssessment } from '../lib/criteriaStore'
import { ASSESSMENTS_SLUG } from '../lib/slugs'

/**
 * An evidence file uploaded for a criterion appears in that criterion's answer (an answer is
 * added when there is none yet), in the same transaction as the upload.
 */
export const linkEvidenceToAnswer: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const criterion = relationId(doc.criterion)
  const assessmentId = relationId(doc.assessment)
  if (criterion === undefined || assessmentId === undefined) return doc
  if (
    String(relationId(previousDoc?.criterion)) === String(criterion) &&
    String(relationId(previousDoc?.assessment)) === String(assessmentId)
  )
    return doc
  const assessment = await findAssessment(req, assessmentId)
  if (!assessment) return doc
  const rows = (assessment.answers ?? []) as AnswerRow[]
  const index = rows.findIndex((row) => criterionKey(row) === String(criterion))
  if (index >= 0 && relationIds(rows[index]!.evidence).some((id) => String(id) === String(doc.id))) return doc
  const answers =
    index >= 0
      ? rows.map((row, i) =>
          i === index ? { ...row, evidence: [...relationIds(row.evidence), doc.id] } : row,
        )
      : [...rows, { criterion, points: null, note: null, evidence: [doc.id] }]
  await req.payload.update({
    collection: ASSESSMENTS_SLUG as never,
    id: assessmentId,
    data: { answers } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return doc
}
