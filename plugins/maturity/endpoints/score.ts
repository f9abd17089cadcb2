import type { Endpoint } from 'payload'

import { relationId } from '../../../src/lib/relationId'
import { criterionKey, type AnswerRow } from '../lib/answers'
import { loadCriteria } from '../lib/criteriaStore'
import { assessmentFromURL, refuseReader } from '../lib/http'
import { isPillarKey } from '../lib/pillars'
import { computeScore, storedScoreWarning, type StoredScore } from '../lib/score'

type EvidenceDoc = {
  id: number | string
  title?: string
  filename?: string
  mimeType?: string
  filesize?: number
  url?: string
}

/**
 * `GET /api/maturity-assessments/:id/score`: the total (/100), level, each pillar's score against
 * its maximum (capped), every active criterion with its points, note, KPI evidence and files,
 * and warnings for what does not add up. Computed against the criteria as they are now; `stored` is
 * the score kept at the last save, for a submitted assessment the result it reported, which
 * editing the criteria afterwards does not change (a warning says when the two differ).
 */
export const scoreEndpoint: Endpoint = {
  path: '/:id/score',
  method: 'get',
  handler: async (req) => {
    const refused = refuseReader(req)
    if (refused) return refused
    const assessment = await assessmentFromURL(req, 1)
    if (assessment instanceof Response) return assessment
    const criteria = (await loadCriteria(req)).filter((criterion) => isPillarKey(criterion.pillar))
    const rows = (assessment.answers ?? []) as AnswerRow[]
    const byCriterion = new Map<string, AnswerRow>()
    for (const row of rows) {
      const key = criterionKey(row)
      if (key !== undefined && !byCriterion.has(key)) byCriterion.set(key, row)
    }
    const score = computeScore(
      criteria.map((criterion) => ({ ...criterion, active: criterion.active !== false })),
      [...byCriterion].map(([criterion, row]) => ({
        criterion,
        points: typeof row.points === 'number' ? row.points : null,
      })),
    )
    const stored: StoredScore = {
      total: typeof assessment.total === 'number' ? assessment.total : null,
      level: assessment.level ?? null,
      pillarScores: Object.fromEntries(
        score.pillars.map((pillar) => {
          const kept = assessment.pillarScores?.[pillar.key]
          return [pillar.key, typeof kept === 'number' ? kept : null]
        }),
      ),
    }
    const drift = storedScoreWarning(stored, score, assessment.status === 'submitted')
    const details = new Map(criteria.map((criterion) => [String(criterion.id), criterion]))
    return Response.json({
      assessment: {
        id: assessment.id,
        year: assessment.year,
        status: assessment.status,
        submittedAt: assessment.submittedAt ?? null,
        submittedBy: relationId(assessment.submittedBy) ?? null,
      },
      total: score.total,
      max: score.max,
      level: score.level,
      pillars: score.pillars,
      criteria: score.criteria.map((row) => {
        const criterion = details.get(String(row.id))!
        const answer = byCriterion.get(String(row.id))
        const evidence = (Array.isArray(answer?.evidence) ? answer.evidence : []).filter(
          (item): item is EvidenceDoc => Boolean(item) && typeof item === 'object',
        )
        return {
          ...row,
          text: criterion.text ?? '',
          guidance: criterion.guidance ?? null,
          evidenceKpi: criterion.evidenceKpi ?? null,
          note: answer?.note ?? null,
          prefilled: answer?.prefilled ?? null,
          evidence: evidence.map(({ id, title, filename, mimeType, filesize, url }) => ({
            id,
            title,
            filename,
            mimeType,
            filesize,
            url,
          })),
        }
      }),
      warnings: drift ? [drift, ...score.warnings] : score.warnings,
      stored,
    })
  },
}
