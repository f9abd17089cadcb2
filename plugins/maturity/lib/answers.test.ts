import { describe, expect, it } from '@jest/globals'

import { keepStoredPrefill, mergePrefill, placeEvidence, type AnswerRow } from './answers'
import type { KpiTexts } from './kpiEvidence'

const kpis: KpiTexts = {
  year: 2026,
  available: true,
  texts: new Map([['aiShare', 'Tỷ lệ tin bài có AI năm 2026: 34,2 %']]),
  fallback: 'Chưa có số liệu KPI năm 2026.',
}

describe('mergePrefill', () => {
  const criteria = [
    { id: 1, evidenceKpi: 'aiShare' as const },
    { id: 2, evidenceKpi: null },
    { id: 3, evidenceKpi: 'security' as const },
  ]

  it('adds one answer per active criterion, with the KPI text where the criterion names one', () => {
    const { answers, added, refreshed } = mergePrefill(criteria, [], kpis)
    expect(added).toBe(3)
    expect(refreshed).toBe(0)
    expect(answers).toEqual([
      {
        criterion: 1,
        points: null,
        note: null,
        evidence: [],
        prefilled: 'Tỷ lệ tin bài có AI năm 2026: 34,2 %',
      },
      { criterion: 2, points: null, note: null, evidence: [], prefilled: null },
      { criterion: 3, points: null, note: null, evidence: [], prefilled: 'Chưa có số liệu KPI năm 2026.' },
    ])
  })

  it('never touches points, notes or files a person entered', () => {
    const stored: AnswerRow[] = [
      {
        id: 'a',
        criterion: { id: 1 },
        points: 2.5,
        note: 'Đã có nghị quyết',
        evidence: [7],
        prefilled: 'cũ',
      },
      { id: 'b', criterion: 9, points: 1, note: 'tiêu chí đã ngừng' },
    ]
    const { answers, added, refreshed } = mergePrefill(criteria, stored, kpis)
    expect(added).toBe(2)
    expect(refreshed).toBe(1)
    expect(answers[0]).toEqual({
      id: 'a',
      criterion: { id: 1 },
      points: 2.5,
      note: 'Đã có nghị quyết',
      evidence: [7],
      prefilled: 'Tỷ lệ tin bài có AI năm 2026: 34,2 %',
    })
    expect(answers[1]).toBe(stored[1])
    expect(answers.map((row) => row.criterion)).toEqual([{ id: 1 }, 9, 2, 3])
  })
})

describe('keepStoredPrefill', () => {
  it('puts back the stored KPI text, whatever the client sent', () => {
    const stored: AnswerRow[] = [{ criterion: 1, prefilled: 'từ KPI' }]
    expect(
      keepStoredPrefill(
        [
          { criterion: 1, points: 2, prefilled: 'sửa tay' },
          { criterion: 2, prefilled: 'bịa' },
        ],
        stored,
      ),
    ).toEqual([
      { criterion: 1, points: 2, prefilled: 'từ KPI' },
      { criterion: 2, prefilled: null },
    ])
  })
})

describe('placeEvidence', () => {
  const rows: AnswerRow[] = [
    { id: 'a', criterion: 1, points: 2, evidence: [7, 8] },
    { id: 'b', criterion: { id: 2 }, points: null, evidence: [9] },
  ]

  it('adds a file to its criterion’s answer, or a new answer when there is none', () => {
    expect(placeEvidence(rows, 10, 2)).toEqual([rows[0], { ...rows[1], evidence: [9, 10] }])
    expect(placeEvidence(rows, 10, 3)).toEqual([
      ...rows,
      { criterion: 3, points: null, note: null, evidence: [10] },
    ])
  })

  it('takes a file moved to another criterion out of the old answer', () => {
    expect(placeEvidence(rows, 8, 2)).toEqual([
      { ...rows[0], evidence: [7] },
      { ...rows[1], evidence: [9, 8] },
    ])
    expect(placeEvidence(rows, '8', 3)).toEqual([
      { ...rows[0], evidence: [7] },
      rows[1],
      { criterion: 3, points: null, note: null, evidence: ['8'] },
    ])
  })

  it('takes a file whose criterion was cleared out of every answer', () => {
    expect(placeEvidence([...rows, { criterion: 4, evidence: [{ id: 9 }] }], 9, undefined)).toEqual([
      rows[0],
      { ...rows[1], evidence: [] },
      { criterion: 4, evidence: [] },
    ])
  })

  it('says when nothing changes', () => {
    expect(placeEvidence(rows, 9, 2)).toBeUndefined()
    expect(placeEvidence(rows, 11, undefined)).toBeUndefined()
  })
})
