import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { badIdMessage } from '../../../src/lib/lookupId'
import { relationId, type RelationId } from '../../../src/lib/relationId'
import { ASSESSMENTS_SLUG, CRITERIA_SLUG } from '../lib/slugs'

async function exists(req: PayloadRequest, collection: string, id: RelationId): Promise<boolean> {
  const doc = await req.payload.findByID({
    collection: collection as never,
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  return Boolean(doc)
}

/**
 * An evidence file names an assessment and a criterion that exist (400): the database would refuse
 * an unknown one, or an id out of its range, only as a 500. A file stays with the assessment it was
 * uploaded for, as the assessment stays with its year: it is listed in that assessment's answers.
 */
export const checkEvidenceLinks: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  for (const [label, value] of [
    ['Bản tự đánh giá', data.assessment],
    ['Tiêu chí', data.criterion],
  ] as const) {
    const problem = badIdMessage(label, value)
    if (problem) throw httpError(400, problem)
  }
  const assessment = relationId(data.assessment)
  if (operation === 'update' && data.assessment !== undefined) {
    const before = relationId(originalDoc?.assessment)
    if (String(assessment) !== String(before))
      throw httpError(
        400,
        `Tệp minh chứng thuộc bản tự đánh giá #${before} mà nó được tải lên cho; không chuyển sang bản khác hay bỏ trống được. Hãy tải tệp lên lại cho bản tự đánh giá kia.`,
      )
  } else if (assessment !== undefined && !(await exists(req, ASSESSMENTS_SLUG, assessment)))
    throw httpError(400, `Bản tự đánh giá #${assessment} không tồn tại.`)
  const criterion = relationId(data.criterion)
  const unchanged = operation === 'update' && String(criterion) === String(relationId(originalDoc?.criterion))
  if (criterion !== undefined && !unchanged && !(await exists(req, CRITERIA_SLUG, criterion)))
    throw httpError(400, `Tiêu chí #${criterion} không tồn tại.`)
  return data
}
