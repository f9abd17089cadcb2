/** Shapes of the maturity REST answers as the admin reads them. */
import { ApiError } from '../../../src/admin/requestJson'
import { LEVELS } from '../lib/levels'
import type { PillarScore } from '../lib/score'

export { messageOf, requestJson } from '../../../src/admin/requestJson'

export type Id = number | string

/** As the score endpoint computes it. */
export type { PillarScore }

export type EvidenceFile = {
  id: Id
  title?: string
  filename?: string
  mimeType?: string
  filesize?: number
  url?: string
}

export type CriterionRow = {
  id: Id
  code: string
  pillar: string
  maxPoints: number
  points: number | null
  counted: number
  text: string
  guidance: string | null
  evidenceKpi: string | null
  note: string | null
  prefilled: string | null
  evidence: EvidenceFile[]
}

export type ScoreAnswer = {
  assessment: { id: Id; year: number; status: 'draft' | 'submitted'; submittedAt: string | null }
  total: number
  max: number
  level: { key: string; label: string; labelEn: string; min: number }
  pillars: PillarScore[]
  criteria: CriterionRow[]
  warnings: string[]
  /** The score kept at the last save: for a submitted assessment, the result it reported. */
  stored: { total: number | null; level: string | null; pillarScores: Record<string, number | null> }
}

export type AnswerDoc = {
  id?: string
  criterion: Id
  points?: number | null
  note?: string | null
  evidence?: Id[]
  prefilled?: string | null
}

export type AssessmentDoc = {
  id: Id
  year: number
  status: 'draft' | 'submitted'
  /** Sent back with every save: the server refuses it (409) once someone else has saved. */
  revision?: number | null
  answers?: AnswerDoc[]
}

/**
 * A refusal that reloading answers: someone saved since the assessment was loaded (stale
 * revision), or submitted it meanwhile (locked). Both are 409.
 */
export const isConflict = (error: unknown): boolean => error instanceof ApiError && error.status === 409

/** What a person typed for a criterion, before it is saved. */
export type Edit = { points: string; note: string }

/** What was typed, by criterion, for the one assessment it was typed into. */
export type Edits = { assessment: Id | null; rows: Record<string, Edit> }

export const NO_EDITS: Edits = { assessment: null, rows: {} }

/** The edits typed into this assessment: none when they were typed into another (another year). */
export const editsFor = (edits: Edits, assessment: Id | undefined): Record<string, Edit> =>
  assessment !== undefined && String(edits.assessment) === String(assessment) ? edits.rows : {}

export const withEdit = (edits: Edits, assessment: Id, criterion: Id, edit: Edit): Edits => ({
  assessment,
  rows: { ...editsFor(edits, assessment), [String(criterion)]: edit },
})

/**
 * The total, level and pillar scores to show: what a submitted assessment reported, which later
 * edits of the criteria do not change; a draft's as the criteria are now.
 */
export function shownScore(score: ScoreAnswer): {
  total: number
  level: Pick<ScoreAnswer['level'], 'key' | 'label' | 'labelEn'>
  pillars: PillarScore[]
} {
  const { stored } = score
  if (score.assessment.status !== 'submitted' || stored?.total === null || stored?.total === undefined)
    return { total: score.total, level: score.level, pillars: score.pillars }
  const level = LEVELS.find((band) => band.key === stored.level)
  return {
    total: stored.total,
    level: level ? { key: level.key, label: level.label.vi, labelEn: level.label.en } : score.level,
    pillars: score.pillars.map((pillar) => {
      const kept = stored.pillarScores?.[pillar.key]
      return typeof kept === 'number' ? { ...pillar, score: kept } : pillar
    }),
  }
}

export const LEVEL_TONES: Record<string, 'error' | 'warning' | 'success' | 'elevation'> = {
  weak: 'error',
  average: 'warning',
  fair: 'elevation',
  good: 'success',
  excellent: 'success',
}

/** "2,5" or "2.5" typed into a points box; empty is "not scored"; anything else is NaN. */
export function parsePoints(text: string): number | null {
  const clean = text.trim().replace(',', '.')
  if (clean === '') return null
  return /^\d+(\.\d+)?$/.test(clean) ? Number(clean) : NaN
}
