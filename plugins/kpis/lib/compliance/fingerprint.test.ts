import { describe, expect, it } from '@jest/globals'

import { dayFingerprints, dayRuns, staleDays, type DayStamp } from './fingerprint'

const stamp = (channel: string, day: string, count = 10, latest = '2026-03-02T10:00:00.000Z'): DayStamp => ({
  channel,
  day,
  count,
  latest,
  durationSum: 86_400,
  startSum: count * 1000,
})
const settings = { adsInDenominator: false, rerunCountsAsNew: false }

describe('dayFingerprints', () => {
  it('covers the days of the range that have an as-run log, with the day before', () => {
    const prints = dayFingerprints(
      [
        stamp('1', '2026-02-28'),
        stamp('1', '2026-03-01'),
        stamp('1', '2026-03-02'),
        stamp('2', '2026-03-02'),
      ],
      settings,
      '2026-03-01',
      '2026-03-31',
    )
    expect([...prints.keys()].sort()).toEqual(['1|2026-03-01', '1|2026-03-02', '2|2026-03-02'])
    expect(prints.get('2|2026-03-02')).toMatch(/;-$/)
  })

  it('changes when the day, the day before or a setting changes', () => {
    const base = dayFingerprints(
      [stamp('1', '2026-03-01'), stamp('1', '2026-03-02')],
      settings,
      '2026-03-02',
      '2026-03-02',
    )
    const edited = dayFingerprints(
      [stamp('1', '2026-03-01', 10, '2026-03-05T00:00:00.000Z'), stamp('1', '2026-03-02')],
      settings,
      '2026-03-02',
      '2026-03-02',
    )
    const ads = dayFingerprints(
      [stamp('1', '2026-03-01'), stamp('1', '2026-03-02')],
      { ...settings, adsInDenominator: true },
      '2026-03-02',
      '2026-03-02',
    )
    const key = '1|2026-03-02'
    expect(edited.get(key)).not.toBe(base.get(key))
    expect(ads.get(key)).not.toBe(base.get(key))
  })
})

describe('staleDays', () => {
  it('recomputes new and changed days, keeps matching ones and drops days without a log', () => {
    const current = new Map([
      ['1|2026-03-01', 'a'],
      ['1|2026-03-02', 'b'],
      ['1|2026-03-03', 'c'],
    ])
    const { stale, outdated } = staleDays(current, [
      { id: 10, channel: '1', day: '2026-03-01', fingerprint: 'a' },
      { id: 11, channel: '1', day: '2026-03-02', fingerprint: 'old' },
      { id: 12, channel: '1', day: '2026-02-27', fingerprint: 'x' },
    ])
    expect(stale).toEqual([
      { channel: '1', day: '2026-03-02' },
      { channel: '1', day: '2026-03-03' },
    ])
    expect(outdated.sort()).toEqual([11, 12])
  })
})

describe('dayRuns', () => {
  it('groups consecutive days, at most a month a run', () => {
    expect(dayRuns(['2026-03-03', '2026-03-01', '2026-03-02', '2026-03-10'])).toEqual([
      { from: '2026-03-01', to: '2026-03-03' },
      { from: '2026-03-10', to: '2026-03-10' },
    ])
    const year = Array.from({ length: 40 }, (_, i) =>
      new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
    )
    expect(dayRuns(year)).toEqual([
      { from: '2026-01-01', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-09' },
    ])
  })
})
