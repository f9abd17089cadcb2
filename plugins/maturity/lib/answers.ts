import { relationId, relationIds } from '../../../src/lib/relationId'
import type { KpiKey } from '../../kpis/lib/types'
import type { KpiTexts } from './kpiEvidence'
import type { Id } from './score'

/** An answer row as stored (the array field of an assessment); unknown keys are kept as they are. */
export type AnswerRow = {
  id?: string | null
  criterion?: unknown
  points?: number | null
  note?: string | null
  evidence?: unknown
  prefilled?: string | null
  [key: string]: unknown
}

export type PrefillCriterion = { id: Id; evidenceKpi?: KpiKey | null }

export const criterionKey = (row: Pick<AnswerRow, 'criterion'>): string | undefined => {
  const id = relationId(row.criterion)
  return id === undefined ? undefined : String(id)
}

/**
 * One answer per active criterion, its evidence text refreshed from the KPIs. What a person
 * entered (points, note, evidence files) is never touched; answers to criteria no longer active
 * stay as they are, so re-activating one brings its points back.
 */
export function mergePrefill(
  criteria: readonly PrefillCriterion[],
  answers: readonly AnswerRow[],
  kpis: KpiTexts,
): { answers: AnswerRow[]; added: number; refreshed: number } {
  const textFor = (criterion: PrefillCriterion) =>
    criterion.evidenceKpi ? (kpis.texts.get(criterion.evidenceKpi) ?? kpis.fallback) : null
  const byId = new Map(criteria.map((criterion) => [String(criterion.id), criterion]))
  let refreshed = 0
  const seen = new Set<string>()
  const merged = answers.map((row) => {
    const key = criterionKey(row)
    const criterion = key === undefined ? undefined : byId.get(key)
    if (!criterion || key === undefined || seen.has(key)) return row
    seen.add(key)
    const prefilled = textFor(criterion)
    if ((row.prefilled ?? null) === prefilled) return row
    refreshed++
    return { ...row, prefilled }
  })
  let added = 0
  for (const criterion of criteria) {
    if (seen.has(String(criterion.id))) continue
    added++
    merged.push({
      criterion: criterion.id,
      points: null,
      note: null,
      evidence: [],
      prefilled: textFor(criterion),
    })
  }
  return { answers: merged, added, refreshed }
}

/**
 * The evidence texts only the KPIs write: taken back from the stored answer of the same
 * criterion, whatever a client sent.
 */
export function keepStoredPrefill(answers: readonly AnswerRow[], stored: readonly AnswerRow[]): AnswerRow[] {
  const before = new Map<string, string | null>()
  for (const row of stored) {
    const key = criterionKey(row)
    if (key !== undefined && !before.has(key)) before.set(key, row.prefilled ?? null)
  }
  return answers.map((row) => {
    const key = criterionKey(row)
    const prefilled = key === undefined ? null : (before.get(key) ?? null)
    return (row.prefilled ?? null) === prefilled ? row : { ...row, prefilled }
  })
}

/**
 * The answers with an evidence file listed under one criterion only (none when `criterion` is
 * undefined): taken out of every other answer, added to that criterion's (a new answer when it has
 * none). Undefined when the answers already say so, so nothing needs saving.
 */
export function placeEvidence(
  answers: readonly AnswerRow[],
  file: Id,
  criterion: Id | undefined,
): AnswerRow[] | undefined {
  const target = criterion === undefined ? undefined : String(criterion)
  const isFile = (id: unknown) => String(id) === String(file)
  let changed = false
  let placed = false
  const rows = answers.map((row) => {
    const ids = relationIds(row.evidence)
    const listed = ids.some(isFile)
    if (!placed && target !== undefined && criterionKey(row) === target) {
      placed = true
      if (listed) return row
      changed = true
      return { ...row, evidence: [...ids, file] }
    }
    if (!listed) return row
    changed = true
    return { ...row, evidence: ids.filter((id) => !isFile(id)) }
  })
  if (target !== undefined && !placed) {
    changed = true
    rows.push({ criterion, points: null, note: null, evidence: [file] })
  }
  return changed ? rows : undefined
}
