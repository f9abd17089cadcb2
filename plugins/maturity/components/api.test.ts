import { describe, expect, it } from '@jest/globals'

import { ApiError } from '../../../src/admin/requestJson'
import type { PillarKey } from '../lib/pillars'
import { editsFor, isConflict, NO_EDITS, shownScore, withEdit, type ScoreAnswer } from './api'

const pillar = (key: PillarKey, score: number, max: number) => ({
  key,
  label: key,
  labelEn: key,
  max,
  score,
  raw: score,
  criteriaMax: max,
  criteria: 1,
  answered: 1,
})

const answer = (status: 'draft' | 'submitted'): ScoreAnswer => ({
  assessment: { id: 7, year: 2025, status, submittedAt: null },
  total: 40,
  max: 100,
  level: { key: 'weak', label: 'Yếu', labelEn: 'Weak', min: 0 },
  pillars: [pillar('strategy', 18, 18), pillar('infrastructure', 22, 24)],
  criteria: [],
  warnings: [],
  stored: { total: 52, level: 'average', pillarScores: { strategy: 18, infrastructure: 24 } },
})

describe('editsFor', () => {
  it('keeps what was typed for the assessment it was typed into, and shows none for another year’s', () => {
    const typed = withEdit(NO_EDITS, 7, 3, { points: '2', note: '' })
    expect(editsFor(typed, 7)).toEqual({ '3': { points: '2', note: '' } })
    expect(editsFor(typed, '7')).toEqual({ '3': { points: '2', note: '' } })
    expect(editsFor(typed, 8)).toEqual({})
    expect(editsFor(typed, undefined)).toEqual({})
    // Typing into the other year starts afresh: the first year's points do not come along.
    expect(withEdit(typed, 8, 4, { points: '1', note: '' })).toEqual({
      assessment: 8,
      rows: { '4': { points: '1', note: '' } },
    })
  })
})

describe('shownScore', () => {
  it('shows what a submitted assessment reported, whatever the criteria give now', () => {
    const shown = shownScore(answer('submitted'))
    expect(shown.total).toBe(52)
    expect(shown.level).toEqual({ key: 'average', label: 'Trung bình', labelEn: 'Average' })
    expect(shown.pillars.map((p) => p.score)).toEqual([18, 24])
  })

  it('shows a draft as the criteria give it now', () => {
    const shown = shownScore(answer('draft'))
    expect(shown.total).toBe(40)
    expect(shown.level.key).toBe('weak')
    expect(shown.pillars.map((p) => p.score)).toEqual([18, 22])
  })
})

describe('isConflict', () => {
  it('is a 409 refusal only: the dashboard reloads for it and keeps what was typed', () => {
    expect(isConflict(new ApiError(409, [{ message: 'đã được người khác lưu' }]))).toBe(true)
    expect(isConflict(new ApiError(400, [{ message: 'điểm sai' }]))).toBe(false)
    expect(isConflict(new ApiError(428, [{ message: 'thiếu revision' }]))).toBe(false)
    expect(isConflict(new Error('409'))).toBe(false)
  })
})
