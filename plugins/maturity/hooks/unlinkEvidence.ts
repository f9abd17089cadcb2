import type { CollectionAfterDeleteHook } from 'payload'

import { relationId, relationIds } from '../../../src/lib/relationId'
import type { AnswerRow } from '../lib/answers'
import { findAssessment } from '../lib/criteriaStore'
import { ASSESSMENTS_SLUG } from '../lib/slugs'

/** A deleted evidence file leaves the answers that listed it. */
export const unlinkEvidence: CollectionAfterDeleteHook = async ({ context, doc, req }) => {
  if (context.maturityCascade) return doc
  const assessment = await findAssessment(req, relationId(doc.assessment))
  if (!assessment) return doc
  const rows = (assessment.answers ?? []) as AnswerRow[]
  const listed = (row: AnswerRow) => relationIds(row.evidence).some((id) => String(id) === String(doc.id))
  if (!rows.some(listed)) return doc
  await req.payload.update({
    collection: ASSESSMENTS_SLUG as never,
    id: assessment.id,
    data: {
      answers: rows.map((row) =>
        listed(row)
          ? { ...row, evidence: relationIds(row.evidence).filter((id) => String(id) !== String(doc.id)) }
          : row,
      ),
    } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return doc
}
