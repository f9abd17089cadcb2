import { describe, expect, it } from '@jest/globals'

import { barRect, horizontalBarRect, isolatedPoints, linePath, seriesPoints } from './paths'
import { linearScale } from './scale'

describe('linePath', () => {
  it('moves to the first point and draws lines to the others', () => {
    expect(
      linePath([
        { x: 10, y: 100 },
        { x: 20, y: 50.04 },
        { x: 30, y: 75.26 },
      ]),
    ).toBe('M10 100 L20 50 L30 75.3')
  })

  it('breaks the line at a month without records instead of dropping it to zero', () => {
    expect(linePath([{ x: 0, y: 1 }, { x: 1, y: 2 }, null, { x: 3, y: 4 }, { x: 4, y: 5 }])).toBe(
      'M0 1 L1 2 M3 4 L4 5',
    )
  })

  it('skips points that are not finite and draws nothing for no points', () => {
    expect(
      linePath([
        { x: Number.NaN, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toBe('M1 2')
    expect(linePath([])).toBe('')
    expect(linePath([null, null])).toBe('')
  })
})

describe('isolatedPoints', () => {
  it('finds the points without a neighbour, which need a dot to be seen', () => {
    const lone = { x: 3, y: 3 }
    expect(isolatedPoints([{ x: 0, y: 0 }, { x: 1, y: 1 }, null, lone, null])).toEqual([lone])
  })
})

describe('seriesPoints', () => {
  it('places values at the band centres and leaves gaps for nulls', () => {
    const y = linearScale([0, 100], [200, 0])
    expect(seriesPoints([50, null, 100], (i) => i * 10 + 5, y)).toEqual([
      { x: 5, y: 100 },
      null,
      { x: 25, y: 0 },
    ])
  })
})

describe('barRect', () => {
  const y = linearScale([0, 40], [240, 40])

  it('runs from the baseline up to the value', () => {
    expect(barRect(30, 12, 20, y)).toEqual({ x: 12, y: 90, width: 20, height: 150 })
  })

  it('has no height for zero and never a negative one', () => {
    expect(barRect(0, 0, 10, y).height).toBe(0)
    expect(barRect(-5, 0, 10, y).height).toBe(0)
  })
})

describe('horizontalBarRect', () => {
  it('runs from the left axis to the value', () => {
    const x = linearScale([0, 100], [170, 470])
    expect(horizontalBarRect(50, 30, 18, x)).toEqual({ x: 170, y: 30, width: 150, height: 18 })
  })
})
