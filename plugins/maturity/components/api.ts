/** Shapes of the maturity REST answers as the admin reads them. */
export { ApiError, messageOf, requestJson } from '../../../src/admin/requestJson'

export type Id = number | string

export type PillarScore = {
  key: string
  label: string
  labelEn: string
  max: number
  score: number
  raw: number
  criteriaMax: number
  criteria: number
  answered: number
}

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
}

export type AnswerDoc = {
  id?: string
  criterion: Id
  points?: number | null
  note?: string | null
  evidence?: Id[]
  prefilled?: string | null
}

export type AssessmentDoc = { id: Id; year: number; status: 'draft' | 'submitted'; answers?: AnswerDoc[] }

/** What a person typed for a criterion, before it is saved. */
export type Edit = { points: string; note: string }

/** The current year in Vietnam (UTC+7), whatever the browser's time zone. */
export function yearInVietnam(): number {
  return new Date(Date.now() + 7 * 3600 * 1000).getUTCFullYear()
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
