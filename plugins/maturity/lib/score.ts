import { LEVELS, levelFor, type LevelKey } from './levels'
import { formatPoints, MAX_TOTAL, PILLARS, roundPoints, type PillarKey } from './pillars'

export type Id = number | string

/** What the score needs of a criterion. */
export type ScoredCriterion = {
  id: Id
  code: string
  pillar: PillarKey
  maxPoints: number
  active: boolean
  order?: number | null
}

export type ScoredAnswer = { criterion: Id; points?: number | null }

export type PillarScore = {
  key: PillarKey
  label: string
  labelEn: string
  max: number
  /** Capped at `max`. */
  score: number
  /** Before capping. */
  raw: number
  /** What the pillar's active criteria add up to (should be `max`). */
  criteriaMax: number
  criteria: number
  answered: number
}

export type CriterionScore = {
  id: Id
  code: string
  pillar: PillarKey
  maxPoints: number
  /** null: not scored yet. */
  points: number | null
  /** What went into the pillar (points capped at the criterion's current maximum). */
  counted: number
}

export type ScoreResult = {
  total: number
  max: number
  level: { key: LevelKey; label: string; labelEn: string; min: number }
  pillars: PillarScore[]
  criteria: CriterionScore[]
  warnings: string[]
}

const codeParts = (code: string) => code.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))

/** "2.10" after "2.9": criteria codes in the order people read them. */
export function compareCodes(a: string, b: string): number {
  const left = codeParts(a)
  const right = codeParts(b)
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const x = left[i]
    const y = right[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    return String(x).localeCompare(String(y), 'vi')
  }
  return 0
}

const pillarIndex = (key: PillarKey) => PILLARS.findIndex((pillar) => pillar.key === key)

export function sortCriteria<T extends Pick<ScoredCriterion, 'pillar' | 'order' | 'code'>>(
  criteria: T[],
): T[] {
  return [...criteria].sort(
    (a, b) =>
      pillarIndex(a.pillar) - pillarIndex(b.pillar) ||
      (a.order ?? 0) - (b.order ?? 0) ||
      compareCodes(a.code, b.code),
  )
}

const validPoints = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0

/**
 * The score of a set of answers against the active criteria: each criterion's points (capped at
 * its maximum), each pillar's sum capped at the pillar's maximum, the total and its level. What
 * does not add up (a pillar whose criteria miss its maximum, answers to retired criteria) is
 * reported in `warnings`, never silently dropped.
 */
export function computeScore(
  criteria: readonly ScoredCriterion[],
  answers: readonly ScoredAnswer[],
): ScoreResult {
  const warnings: string[] = []
  const byId = new Map(criteria.map((criterion) => [String(criterion.id), criterion]))
  const points = new Map<string, number | null>()
  for (const answer of answers) {
    const key = String(answer.criterion)
    const criterion = byId.get(key)
    const value = validPoints(answer.points) ? roundPoints(answer.points) : null
    if (!criterion) {
      if (value !== null)
        warnings.push(`Có ${formatPoints(value)} điểm chấm cho một tiêu chí đã bị xoá; không được tính.`)
      continue
    }
    if (!criterion.active) {
      if (value !== null)
        warnings.push(
          `Tiêu chí ${criterion.code} không còn áp dụng; ${formatPoints(value)} điểm đã chấm cho nó không được tính.`,
        )
      continue
    }
    points.set(key, value)
  }

  const active = sortCriteria(criteria.filter((criterion) => criterion.active))
  const rows: CriterionScore[] = active.map((criterion) => {
    const given = points.get(String(criterion.id)) ?? null
    const counted = given === null ? 0 : Math.min(given, criterion.maxPoints)
    if (given !== null && given > criterion.maxPoints)
      warnings.push(
        `Tiêu chí ${criterion.code} được chấm ${formatPoints(given)} điểm nhưng nay chỉ còn tối đa ${formatPoints(criterion.maxPoints)} điểm; tính ${formatPoints(criterion.maxPoints)}.`,
      )
    return {
      id: criterion.id,
      code: criterion.code,
      pillar: criterion.pillar,
      maxPoints: criterion.maxPoints,
      points: given,
      counted: roundPoints(counted),
    }
  })

  const pillars: PillarScore[] = PILLARS.map((pillar) => {
    const own = rows.filter((row) => row.pillar === pillar.key)
    const raw = roundPoints(own.reduce((sum, row) => sum + row.counted, 0))
    const criteriaMax = roundPoints(own.reduce((sum, row) => sum + row.maxPoints, 0))
    if (criteriaMax !== pillar.max)
      warnings.push(
        `Các tiêu chí đang áp dụng của trụ cột "${pillar.label.vi}" cộng lại ${formatPoints(criteriaMax)} điểm, ` +
          `không bằng mức tối đa ${formatPoints(pillar.max)} điểm của trụ cột.`,
      )
    if (raw > pillar.max)
      warnings.push(
        `Trụ cột "${pillar.label.vi}" được ${formatPoints(raw)} điểm, vượt mức tối đa; chỉ tính ${formatPoints(pillar.max)} điểm.`,
      )
    return {
      key: pillar.key,
      label: pillar.label.vi,
      labelEn: pillar.label.en,
      max: pillar.max,
      score: Math.min(raw, pillar.max),
      raw,
      criteriaMax,
      criteria: own.length,
      answered: own.filter((row) => row.points !== null).length,
    }
  })

  const total = roundPoints(pillars.reduce((sum, pillar) => sum + pillar.score, 0))
  const level = levelFor(total)
  return {
    total,
    max: MAX_TOTAL,
    level: { key: level.key, label: level.label.vi, labelEn: level.label.en, min: level.min },
    pillars,
    criteria: rows,
    warnings,
  }
}

/** The score kept on an assessment when it was last saved (for a submitted one: what was reported). */
export type StoredScore = {
  total: number | null
  level: string | null
  pillarScores: Partial<Record<PillarKey, number | null>>
}

/**
 * The warning when the stored score is not what the criteria as they are now give (a criterion's
 * maximum lowered, one retired), or undefined when they agree or nothing was stored. A submitted
 * assessment keeps what it reported; a draft's stored score catches up on its next save.
 */
export function storedScoreWarning(
  stored: StoredScore,
  score: ScoreResult,
  submitted: boolean,
): string | undefined {
  if (stored.total === null) return undefined
  const pillars = score.pillars.filter((pillar) => {
    const kept = stored.pillarScores[pillar.key]
    return typeof kept === 'number' && roundPoints(kept) !== pillar.score
  })
  if (roundPoints(stored.total) === score.total && stored.level === score.level.key && pillars.length === 0)
    return undefined
  const level = LEVELS.find((band) => band.key === stored.level)?.label.vi ?? stored.level ?? '?'
  const perPillar = pillars.length
    ? `; theo trụ cột: ${pillars
        .map(
          (pillar) =>
            `"${pillar.label}" ${formatPoints(stored.pillarScores[pillar.key]!)} → ${formatPoints(pillar.score)}`,
        )
        .join(', ')}`
    : ''
  const compared = `${formatPoints(stored.total)} điểm (${level}), tính theo các tiêu chí hiện nay là ${formatPoints(score.total)} điểm (${score.level.label})${perPillar}`
  return submitted
    ? `Kết quả đã nộp là ${compared}: tiêu chí đã được sửa sau khi nộp. Kết quả đã nộp được giữ nguyên.`
    : `Điểm đang lưu là ${compared}: tiêu chí đã được sửa sau lần lưu cuối. Lưu lại bản tự đánh giá để cập nhật.`
}
