import type { CollectionBeforeDeleteHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { ASSESSMENTS_SLUG, EVIDENCE_SLUG } from '../lib/slugs'

/**
 * A criterion that has an answer in any assessment, scored or not (each assessment gets one for
 * every criterion active when it was made), or that evidence names, stays: deleting it would drop
 * that answer's points, note and files from its year. Retiring it is unticking "Đang áp dụng".
 */
export const refuseDeletingAnsweredCriterion: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const count = (collection: string, where: object) =>
    req.payload
      .count({ collection: collection as never, where: where as never, overrideAccess: true, req })
      .then((result) => result.totalDocs)
  // One after the other: on SQLite both run on the request's single transaction connection.
  const assessments = await count(ASSESSMENTS_SLUG, { 'answers.criterion': { equals: id } })
  const evidence = await count(EVIDENCE_SLUG, { criterion: { equals: id } })
  if (assessments + evidence === 0) return
  const uses = [
    assessments ? `${assessments} bản tự đánh giá` : '',
    evidence ? `${evidence} tệp minh chứng` : '',
  ].filter(Boolean)
  throw httpError(
    409,
    `Tiêu chí đã được dùng trong ${uses.join(' và ')} nên không xoá được. Hãy bỏ chọn "Đang áp dụng" để ngừng dùng tiêu chí.`,
  )
}
