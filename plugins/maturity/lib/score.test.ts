import { describe, expect, it } from '@jest/globals'

import { compareCodes, computeScore, storedScoreWarning, type ScoredCriterion } from './score'

const criterion = (
  id: number,
  code: string,
  pillar: ScoredCriterion['pillar'],
  maxPoints: number,
  active = true,
) => ({
  id,
  code,
  pillar,
  maxPoints,
  active,
})

/** A set that adds up exactly: one criterion per pillar at its maximum. */
const FULL: ScoredCriterion[] = [
  criterion(1, '1.1', 'strategy', 18),
  criterion(2, '2.1', 'infrastructure', 24),
  criterion(3, '3.1', 'organisation', 20),
  criterion(4, '4.1', 'audience', 23),
  criterion(5, '5.1', 'technology', 15),
]

describe('computeScore', () => {
  it('adds the points of every pillar and gives the level', () => {
    const score = computeScore(FULL, [
      { criterion: 1, points: 12.5 },
      { criterion: 2, points: 20 },
      { criterion: 3, points: 10 },
      { criterion: 4, points: 7.4 },
      { criterion: 5, points: null },
    ])
    expect(score.total).toBe(49.9)
    expect(score.level).toMatchObject({ key: 'weak', label: 'Yếu' })
    expect(score.pillars.map((p) => p.score)).toEqual([12.5, 20, 10, 7.4, 0])
    expect(score.pillars[4]).toMatchObject({ answered: 0, criteria: 1 })
    expect(score.warnings).toEqual([])
  })

  it('reaches 50 and 90 exactly at the bands', () => {
    const fifty = computeScore(FULL, [
      { criterion: 1, points: 18 },
      { criterion: 2, points: 24 },
      { criterion: 3, points: 8 },
    ])
    expect(fifty.total).toBe(50)
    expect(fifty.level.key).toBe('average')
    const ninety = computeScore(FULL, [
      { criterion: 1, points: 18 },
      { criterion: 2, points: 24 },
      { criterion: 3, points: 20 },
      { criterion: 4, points: 23 },
      { criterion: 5, points: 5 },
    ])
    expect(ninety.total).toBe(90)
    expect(ninety.level.label).toBe('Xuất sắc')
  })

  it('caps a pillar at its maximum when its criteria promise more, and says so', () => {
    const criteria = [...FULL, criterion(6, '1.2', 'strategy', 4)]
    const score = computeScore(criteria, [
      { criterion: 1, points: 17 },
      { criterion: 6, points: 4 },
    ])
    const strategy = score.pillars.find((p) => p.key === 'strategy')!
    expect(strategy).toMatchObject({ raw: 21, score: 18, max: 18, criteriaMax: 22 })
    expect(score.total).toBe(18)
    expect(score.warnings.join(' ')).toMatch(/"Chiến lược" cộng lại 22 điểm/)
    expect(score.warnings.join(' ')).toMatch(/được 21 điểm, vượt mức tối đa; chỉ tính 18 điểm/)
  })

  it('caps points above a criterion maximum lowered after they were given', () => {
    const score = computeScore(FULL, [{ criterion: 5, points: 15 }])
    const lowered = computeScore(
      FULL.map((c) => (c.id === 5 ? { ...c, maxPoints: 10 } : c)),
      [{ criterion: 5, points: 15 }],
    )
    expect(score.total).toBe(15)
    expect(lowered.total).toBe(10)
    expect(lowered.criteria.find((c) => c.id === 5)).toMatchObject({ points: 15, counted: 10 })
    expect(lowered.warnings.join(' ')).toMatch(/5\.1 được chấm 15 điểm nhưng nay chỉ còn tối đa 10/)
  })

  it('warns about pillars whose criteria fall short, and ignores retired criteria', () => {
    const criteria = [
      ...FULL.slice(1),
      criterion(1, '1.1', 'strategy', 18, false),
      criterion(7, '1.2', 'strategy', 10),
    ]
    const score = computeScore(criteria, [
      { criterion: 1, points: 9 },
      { criterion: 7, points: 6 },
      { criterion: 99, points: 3 },
    ])
    expect(score.total).toBe(6)
    expect(score.criteria.map((c) => c.code)).toEqual(['1.2', '2.1', '3.1', '4.1', '5.1'])
    const warnings = score.warnings.join(' ')
    expect(warnings).toMatch(/1\.1 không còn áp dụng; 9 điểm/)
    expect(warnings).toMatch(/tiêu chí đã bị xoá/)
    expect(warnings).toMatch(/"Chiến lược" cộng lại 10 điểm, không bằng mức tối đa 18 điểm/)
  })

  it('sorts codes as people read them', () => {
    expect(['2.10', '2.9', '2.1', '10.1', '2'].sort(compareCodes)).toEqual([
      '2',
      '2.1',
      '2.9',
      '2.10',
      '10.1',
    ])
  })
})

describe('storedScoreWarning', () => {
  const score = computeScore(FULL, [
    { criterion: 1, points: 18 },
    { criterion: 2, points: 24 },
    { criterion: 3, points: 8 },
  ])
  const agreeing = {
    total: 50,
    level: 'average',
    pillarScores: { strategy: 18, infrastructure: 24, organisation: 8, audience: 0, technology: 0 },
  }

  it('says nothing when the stored score is what the criteria give, or nothing was stored', () => {
    expect(storedScoreWarning(agreeing, score, true)).toBeUndefined()
    expect(storedScoreWarning({ total: null, level: null, pillarScores: {} }, score, true)).toBeUndefined()
  })

  it('names both totals, levels and the pillars that moved, keeping what a submitted one reported', () => {
    const reported = { ...agreeing, total: 52, pillarScores: { ...agreeing.pillarScores, organisation: 10 } }
    expect(storedScoreWarning(reported, score, true)).toBe(
      'Kết quả đã nộp là 52 điểm (Trung bình), tính theo các tiêu chí hiện nay là 50 điểm (Trung bình); ' +
        'theo trụ cột: "Đồng nhất tổ chức và chuyên môn" 10 → 8: tiêu chí đã được sửa sau khi nộp. ' +
        'Kết quả đã nộp được giữ nguyên.',
    )
    expect(storedScoreWarning({ ...agreeing, total: 49.5, level: 'weak' }, score, false)).toBe(
      'Điểm đang lưu là 49,5 điểm (Yếu), tính theo các tiêu chí hiện nay là 50 điểm (Trung bình): ' +
        'tiêu chí đã được sửa sau lần lưu cuối. Lưu lại bản tự đánh giá để cập nhật.',
    )
  })
})
