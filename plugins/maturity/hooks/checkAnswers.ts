import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { badIdMessage, isLookupId } from '../../../src/lib/lookupId'
import { relationId, relationIds } from '../../../src/lib/relationId'
import { criterionKey, type AnswerRow } from '../lib/answers'
import { loadCriteria, type CriterionDoc } from '../lib/criteriaStore'
import { formatPoints, hasAtMostTwoDecimals } from '../lib/pillars'
import { EVIDENCE_SLUG } from '../lib/slugs'

const named = (criterion: CriterionDoc) =>
  `Tiêu chí ${criterion.code}${criterion.text ? ` ("${criterion.text.length > 60 ? `${criterion.text.slice(0, 57)}…` : criterion.text}")` : ''}`

const shown = (value: unknown) => (typeof value === 'number' ? formatPoints(value) : JSON.stringify(value))

/**
 * Every answer names a criterion that exists, once; its points lie between 0 and the criterion's
 * maximum (hundredths at most); its evidence files belong to this assessment. Each refusal (400)
 * names the criterion and the value.
 */
export const checkAnswers: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (data.answers === undefined || data.answers === null) return data
  if (!Array.isArray(data.answers))
    throw httpError(400, '"Câu trả lời" (answers) phải là một danh sách, mỗi mục một tiêu chí.')
  const rows = data.answers as AnswerRow[]
  const problems: string[] = []
  rows.forEach((row, index) => {
    if (!row || typeof row !== 'object')
      problems.push(`Câu trả lời thứ ${index + 1} không phải một đối tượng.`)
    else {
      const bad = badIdMessage('Tiêu chí', row.criterion)
      if (bad) problems.push(`Câu trả lời thứ ${index + 1}: ${bad}`)
    }
  })
  if (problems.length) throw httpError(400, problems.join(' '))

  const criteria = new Map(
    (await loadCriteria(req, { ids: rows.map((row) => relationId(row.criterion)) })).map((c) => [
      String(c.id),
      c,
    ]),
  )
  const firstRow = new Map<string, number>()
  rows.forEach((row, index) => {
    const key = criterionKey(row)
    if (key === undefined) return // "required" names it
    const criterion = criteria.get(key)
    if (!criterion) {
      problems.push(`Câu trả lời thứ ${index + 1}: tiêu chí #${key} không tồn tại.`)
      return
    }
    const earlier = firstRow.get(key)
    if (earlier !== undefined)
      problems.push(
        `${named(criterion)} có hai câu trả lời (thứ ${earlier + 1} và thứ ${index + 1}); chỉ giữ một.`,
      )
    else firstRow.set(key, index)
    const points = row.points
    if (points === null || points === undefined) return
    if (typeof points !== 'number' || !Number.isFinite(points))
      problems.push(`${named(criterion)}: điểm phải là một số, nhận được ${shown(points)}.`)
    else if (points < 0 || points > criterion.maxPoints)
      problems.push(
        `${named(criterion)}: điểm phải từ 0 đến ${formatPoints(criterion.maxPoints)}, nhận được ${shown(points)}.`,
      )
    else if (!hasAtMostTwoDecimals(points))
      problems.push(`${named(criterion)}: điểm lấy tối đa 2 chữ số thập phân, nhận được ${points}.`)
  })
  if (problems.length) throw httpError(400, problems.join(' '))

  await checkEvidence(rows, criteria, originalDoc?.id, req)
  return data
}

async function checkEvidence(
  rows: AnswerRow[],
  criteria: Map<string, CriterionDoc>,
  assessment: unknown,
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
) {
  const problems: string[] = []
  const wanted = rows.flatMap((row) => {
    if (row.evidence === undefined || row.evidence === null) return []
    const criterion = criteria.get(criterionKey(row) ?? '')
    const label = criterion ? named(criterion) : 'Câu trả lời'
    if (!Array.isArray(row.evidence)) {
      problems.push(`${label}: "Tệp minh chứng" phải là danh sách mã tệp.`)
      return []
    }
    const ids = relationIds(row.evidence)
    const bad = ids.find((id) => !isLookupId(id))
    if (bad !== undefined || ids.length !== row.evidence.length) {
      problems.push(
        `${label}: "Tệp minh chứng" phải là mã của tệp có thật (nhận được ${JSON.stringify(row.evidence)}).`,
      )
      return []
    }
    return ids.map((id) => ({ id, label }))
  })
  if (problems.length) throw httpError(400, problems.join(' '))
  if (wanted.length === 0) return
  const { docs } = await req.payload.find({
    collection: EVIDENCE_SLUG as never,
    where: { id: { in: [...new Set(wanted.map((w) => w.id))] } },
    pagination: false,
    depth: 0,
    select: { assessment: true, title: true } as never,
    overrideAccess: true,
    req,
  })
  const owner = new Map(
    (docs as Array<{ id: unknown; assessment?: unknown }>).map((doc) => [
      String(doc.id),
      relationId(doc.assessment),
    ]),
  )
  for (const { id, label } of wanted) {
    if (!owner.has(String(id))) problems.push(`${label}: tệp minh chứng #${id} không tồn tại.`)
    else if (assessment === undefined || String(owner.get(String(id))) !== String(assessment))
      problems.push(`${label}: tệp minh chứng #${id} thuộc bản tự đánh giá khác, không gắn vào bản này được.`)
  }
  if (problems.length) throw httpError(400, problems.join(' '))
}
