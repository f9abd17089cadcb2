import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../src/lib/relationId'
import type { AnswerRow } from '../lib/answers'
import { loadCriteria } from '../lib/criteriaStore'
import { isPillarKey } from '../lib/pillars'
import { computeScore, type ScoredCriterion } from '../lib/score'

/**
 * The total, level and per-pillar scores kept on the assessment (each pillar capped at its
 * maximum), so lists and reports read them without recomputing; the score endpoint recomputes
 * against the criteria as they are now.
 */
export const storeScore: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const answers = (Array.isArray(data.answers) ? data.answers : (originalDoc?.answers ?? [])) as AnswerRow[]
  const criteria: ScoredCriterion[] = (await loadCriteria(req))
    .filter((criterion) => isPillarKey(criterion.pillar))
    .map((criterion) => ({ ...criterion, active: criterion.active !== false }))
  const score = computeScore(
    criteria,
    answers.flatMap((row) => {
      const criterion = relationId(row?.criterion)
      return criterion === undefined
        ? []
        : [{ criterion, points: typeof row.points === 'number' ? row.points : null }]
    }),
  )
  data.total = score.total
  data.level = score.level.key
  data.pillarScores = Object.fromEntries(score.pillars.map((pillar) => [pillar.key, pillar.score]))
  return data
}
