import { describe, expect, it } from '@jest/globals'

import { bandLayout, linearScale, niceStep, niceTicks, valueDomain } from './scale'

describe('linearScale', () => {
  it('maps the domain onto the range, inverted for an SVG y axis', () => {
    const y = linearScale([0, 100], [260, 20])
    expect(y(0)).toBe(260)
    expect(y(100)).toBe(20)
    expect(y(30)).toBeCloseTo(188)
    expect(y.domain).toEqual([0, 100])
    expect(y.range).toEqual([260, 20])
  })

  it('maps a flat domain to the start of the range instead of dividing by zero', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(0)
  })
})

describe('niceStep', () => {
  it.each([
    [0.7, 1],
    [1.3, 2],
    [2.2, 2.5],
    [3.9, 5],
    [7, 10],
    [180_000_000, 200_000_000],
    [0.013, 0.02],
  ])('rounds %p up to %p', (rough, step) => {
    expect(niceStep(rough)).toBeCloseTo(step)
  })

  it('falls back to 1 for nonsense', () => {
    expect(niceStep(0)).toBe(1)
    expect(niceStep(Number.NaN)).toBe(1)
    expect(niceStep(-3)).toBe(1)
  })
})

describe('niceTicks', () => {
  it('covers the values with round ticks from zero', () => {
    expect(niceTicks(0, 37)).toEqual({ min: 0, max: 40, step: 10, ticks: [0, 10, 20, 30, 40] })
  })

  it('widens the axis to whole steps at both ends', () => {
    const ticks = niceTicks(0, 1_234_000_000)
    expect(ticks.step).toBe(250_000_000)
    expect(ticks.ticks[0]).toBe(0)
    expect(ticks.max).toBe(1_250_000_000)
    expect(ticks.ticks).toHaveLength(6)
  })

  it('keeps decimal ticks free of floating-point noise', () => {
    expect(niceTicks(0, 0.7).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8])
  })

  it('draws a readable axis when every value is the same', () => {
    expect(niceTicks(0, 0).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1])
    expect(niceTicks(50, 50)).toMatchObject({ min: 0, max: 100 })
  })

  it('accepts the ends in either order', () => {
    expect(niceTicks(37, 0)).toEqual(niceTicks(0, 37))
  })
})

describe('valueDomain', () => {
  it('starts at zero and ignores months without records', () => {
    expect(valueDomain([12, null, 18, undefined])).toMatchObject({ min: 0, max: 20 })
  })

  it('widens the axis to a target above every value, so the target line is inside', () => {
    expect(valueDomain([4, 9, 12], [30])).toMatchObject({ min: 0, max: 30 })
  })

  it('gives an empty chart a 0–1 axis', () => {
    expect(valueDomain([null, null])).toMatchObject({ min: 0, max: 1 })
  })
})

describe('bandLayout', () => {
  it('splits the width into equal bands with bars centred in them', () => {
    const bands = bandLayout(12, [0, 600], 0.2)
    expect(bands.step).toBe(50)
    expect(bands.bandwidth).toBe(40)
    expect(bands.x(0)).toBe(5)
    expect(bands.centre(0)).toBe(25)
    expect(bands.centre(11)).toBe(575)
    // A bar and a line point of the same month share the centre.
    expect(bands.x(3) + bands.bandwidth / 2).toBe(bands.centre(3))
  })

  it('lays out no bands for no categories', () => {
    expect(bandLayout(0, [0, 100]).step).toBe(0)
  })
})
