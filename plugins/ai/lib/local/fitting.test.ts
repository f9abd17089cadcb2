import { describe, expect, it } from '@jest/globals'

import { fitToSeconds, timingNote, type ScriptUnit } from './fitting'

// Ten syllables each: at 60 syllables a minute, ten seconds each.
const ten = 'một hai ba bốn năm sáu bảy tám chín mười'
const unit = (score: number, position: number, locked = false): ScriptUnit => ({
  spoken: ten,
  score,
  position,
  locked,
})

describe('fitToSeconds', () => {
  it('keeps everything without a target', () => {
    const units = [unit(1, 0, true), unit(0.1, 0.5), unit(0.1, 1)]
    expect(fitToSeconds(units, undefined, 60)).toEqual({ kept: units, seconds: 30, dropped: 0 })
  })

  it('drops the weakest, later ones first, until the estimate fits', () => {
    const lead = unit(1, 0, true)
    const strongLate = unit(5, 1)
    const weakEarly = unit(1, 0.2)
    const weakLate = unit(1, 0.9)
    const result = fitToSeconds([lead, weakEarly, strongLate, weakLate], 25, 60)
    expect(result.kept).toEqual([lead, strongLate])
    expect(result).toMatchObject({ seconds: 20, dropped: 2 })
  })

  it('never drops a locked unit, even when the target cannot be met', () => {
    const lead = unit(0, 0, true)
    const result = fitToSeconds([lead, unit(9, 0.5)], 5, 60)
    expect(result.kept).toEqual([lead])
    expect(result.seconds).toBe(10)
  })
})

describe('timingNote', () => {
  it('reports the estimate, the target and what was dropped', () => {
    expect(timingNote(58, 220)).toBe('Ước tính 58 giây (đọc 220 âm tiết/phút).')
    expect(timingNote(58, 220, 60, 3)).toBe(
      'Ước tính 58 giây (đọc 220 âm tiết/phút), mục tiêu 60 giây. Đã bỏ 3 câu ít quan trọng để vừa thời lượng.',
    )
    expect(timingNote(70, 220, 60, 4)).toMatch(/Vẫn dài hơn mục tiêu 10 giây/)
  })
})
