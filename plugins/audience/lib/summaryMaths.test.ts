import { describe, expect, it } from '@jest/globals'

import { MEASURE_LABELS, zeroMeasures } from './measures'
import { sharePct, summarise, type RollupRow } from './summaryMaths'

const row = (
  month: string,
  platform: string,
  desk: number | null,
  publication: number | null,
  views: number,
  more: Partial<RollupRow> = {},
): RollupRow => ({
  ...zeroMeasures(),
  month,
  platform,
  desk,
  publication,
  views,
  ...more,
})

describe('rollup maths', () => {
  it('rounds shares to one decimal and gives null without a denominator', () => {
    expect(sharePct(2, 3)).toBe(66.7)
    expect(sharePct(0, 5)).toBe(0)
    expect(sharePct(1, 0)).toBeNull()
  })

  it('sums totals and breakdowns, and computes the domestic and mobile shares of views', () => {
    const rows = [
      row('2026-01', 'zalo', 1, 10, 600, { mobileViews: 500, uniques: 300 }),
      row('2026-01', 'youtube', 1, 11, 300, { watchMinutes: 12.25 }),
      row('2026-02', 'website', 2, 10, 100, { mobileViews: 40, shares: 3 }),
      row('2026-02', 'radio', null, null, 0, { listens: 70 }),
      row('2026-02', 'zalo', 2, 10, 0.5 * 0, { shares: 1 }),
    ]
    const names = {
      desks: new Map([
        [1, 'Thời sự'],
        [2, 'Kinh tế'],
      ]),
      publications: new Map([[10, 'Báo điện tử']]),
    }
    const summary = summarise(
      rows,
      { from: '2026-01-01', to: '2026-03-31', months: ['2026-01', '2026-02', '2026-03'] },
      names,
    )
    expect(summary).toMatchObject({
      views: 1000,
      uniques: 300,
      listens: 70,
      watchMinutes: 12.25,
      shares: 4,
      mobileViews: 540,
    })
    // (600 Zalo + 100 website) of 1000 views on domestic platforms; radio's listens are not views.
    expect(summary.domesticSharePct).toBe(70)
    expect(summary.mobileSharePct).toBe(54)
    expect(summary.byPlatform.map((p) => [p.platform, p.views, p.domestic])).toEqual([
      ['zalo', 600, true],
      ['youtube', 300, false],
      ['website', 100, true],
      ['radio', 0, true],
    ])
    expect(summary.byPlatform[0]!.label).toEqual({ vi: 'Zalo OA', en: 'Zalo Official Account' })
    expect(summary.byMonth.map((m) => [m.month, m.views])).toEqual([
      ['2026-01', 900],
      ['2026-02', 100],
      ['2026-03', 0],
    ])
    expect(summary.byDesk.map((d) => [d.desk, d.name, d.views])).toEqual([
      [1, 'Thời sự', 900],
      [2, 'Kinh tế', 100],
      [null, 'Chưa gắn ban', 0],
    ])
    expect(summary.byPublication.map((p) => [p.publication, p.name, p.views])).toEqual([
      [10, 'Báo điện tử', 700],
      [11, 'Kênh #11', 300],
      [null, 'Chưa gắn kênh', 0],
    ])
  })

  it('adds unique readers per story, platform and day, as their label says', () => {
    // One person who read two stories on Zalo and one on YouTube: three "readers".
    const rows = [
      row('2026-01', 'zalo', 1, 10, 1, { uniques: 1 }),
      row('2026-01', 'zalo', 1, 10, 1, { uniques: 1 }),
      row('2026-01', 'youtube', 1, 10, 1, { uniques: 1 }),
    ]
    const summary = summarise(
      rows,
      { from: '2026-01-01', to: '2026-01-31', months: ['2026-01'] },
      { desks: new Map(), publications: new Map() },
    )
    expect(summary.uniques).toBe(3)
    expect(MEASURE_LABELS.uniques.vi).toMatch(/cộng theo bài, nền tảng, ngày/)
    expect(MEASURE_LABELS.uniques.en).toMatch(/summed per story, platform and day/)
  })

  it('answers an empty period with zeros and null shares', () => {
    const summary = summarise(
      [],
      { from: '2026-01-01', to: '2026-01-31', months: ['2026-01'] },
      { desks: new Map(), publications: new Map() },
    )
    expect(summary).toMatchObject({
      views: 0,
      domesticSharePct: null,
      mobileSharePct: null,
      byPlatform: [],
      byDesk: [],
    })
    expect(summary.byMonth).toEqual([{ month: '2026-01', ...zeroMeasures() }])
  })
})
