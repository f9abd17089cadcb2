import { describe, expect, it } from '@jest/globals'

import { computeTiming, countedSeconds } from './timing'

describe('countedSeconds', () => {
  it('counts the recorded length once done, at least the plan while on air, nothing when dropped', () => {
    expect(countedSeconds({ itemID: 'a', status: 'done', plannedSeconds: 120, actualSeconds: 130 })).toBe(130)
    expect(countedSeconds({ itemID: 'a', status: 'done', plannedSeconds: 120 })).toBe(120)
    expect(countedSeconds({ itemID: 'a', status: 'onAir', plannedSeconds: 90, actualSeconds: 40 })).toBe(90)
    expect(countedSeconds({ itemID: 'a', status: 'onAir', plannedSeconds: 90, actualSeconds: 100 })).toBe(100)
    expect(countedSeconds({ itemID: 'a', status: 'ready', plannedSeconds: 90, actualSeconds: 10 })).toBe(90)
    expect(countedSeconds({ itemID: 'a', status: 'dropped', plannedSeconds: 60, actualSeconds: 60 })).toBe(0)
    expect(countedSeconds({ itemID: 'a', status: 'draft' })).toBe(0)
  })
})

describe('computeTiming', () => {
  it('front-times, back-times and totals a running order by hand-computed seconds', () => {
    const timing = computeTiming({
      startTime: '18:00:00',
      plannedDurationSeconds: 600,
      items: [
        { itemID: 'A', status: 'done', plannedSeconds: 120, actualSeconds: 130 },
        { itemID: 'B', status: 'onAir', plannedSeconds: 90, actualSeconds: 100 },
        { itemID: 'C', status: 'dropped', plannedSeconds: 60 },
        { itemID: 'D', status: 'ready', plannedSeconds: 200 },
        { itemID: 'E', status: 'draft', plannedSeconds: 150, actualSeconds: null },
      ],
    })
    expect(timing.items.map((item) => [item.itemID, item.number, item.frontTime, item.backTime])).toEqual([
      ['A', 1, '18:00:00', '18:00:20'],
      ['B', 2, '18:02:10', '18:02:30'],
      ['C', null, null, null],
      ['D', 3, '18:03:50', '18:04:10'],
      ['E', 4, '18:07:10', '18:07:30'],
    ])
    expect(timing.items[3]).toMatchObject({ index: 3, frontSeconds: 65_030, backSeconds: 65_050 })
    expect(timing.totals).toEqual({
      startSeconds: 64_800,
      endSeconds: 65_400,
      startTime: '18:00:00',
      endTime: '18:10:00',
      plannedDurationSeconds: 600,
      plannedTotalSeconds: 560,
      actualSoFarSeconds: 230,
      expectedTotalSeconds: 580,
      overUnderSeconds: -20,
      plannedOverUnderSeconds: -40,
      expectedEndTime: '18:09:40',
    })
  })

  it('reordering moves the times with the items', () => {
    const items = [
      { itemID: 'A', plannedSeconds: 60 },
      { itemID: 'B', plannedSeconds: 45 },
      { itemID: 'C', plannedSeconds: 30 },
    ]
    const before = computeTiming({ startTime: '06:00', plannedDurationSeconds: 120, items })
    const after = computeTiming({
      startTime: '06:00',
      plannedDurationSeconds: 120,
      items: [items[2]!, items[0]!, items[1]!],
    })
    expect(before.items.map((item) => item.frontTime)).toEqual(['06:00:00', '06:01:00', '06:01:45'])
    expect(after.items.map((item) => [item.itemID, item.frontTime, item.backTime])).toEqual([
      ['C', '06:00:00', '05:59:45'],
      ['A', '06:00:30', '06:00:15'],
      ['B', '06:01:30', '06:01:15'],
    ])
    expect(after.totals.overUnderSeconds).toBe(15)
  })

  it('wraps clock times across midnight and reports an over-run', () => {
    const timing = computeTiming({
      startTime: '23:59:30',
      plannedDurationSeconds: 300,
      items: [
        { itemID: 'x', plannedSeconds: 200 },
        { itemID: 'y', plannedSeconds: 150 },
      ],
    })
    expect(timing.items.map((item) => [item.frontTime, item.backTime])).toEqual([
      ['23:59:30', '23:58:40'],
      ['00:02:50', '00:02:00'],
    ])
    expect(timing.totals).toMatchObject({
      endTime: '00:04:30',
      overUnderSeconds: 50,
      expectedEndTime: '00:05:20',
    })
  })

  it('refuses a start that is not a time of day', () => {
    expect(() => computeTiming({ startTime: '25:00:00', plannedDurationSeconds: 60, items: [] })).toThrow(
      RangeError,
    )
  })
})
