import { describe, expect, it } from '@jest/globals'

import { MIN_SIZE, moveBox, resizeBox, toFraction } from './zoneGeometry'

const box = { x: 0.2, y: 0.3, w: 0.4, h: 0.2 }

describe('moveBox', () => {
  it('moves by the pointer and stops at the page edges', () => {
    expect(moveBox(box, 0.1, -0.1)).toEqual({ x: 0.3, y: 0.2, w: 0.4, h: 0.2 })
    expect(moveBox(box, 0.9, 0.9)).toEqual({ x: 0.6, y: 0.8, w: 0.4, h: 0.2 })
    expect(moveBox(box, -1, -1)).toEqual({ x: 0, y: 0, w: 0.4, h: 0.2 })
  })
})

describe('resizeBox', () => {
  it('grows to the page edge at most and never below the minimum', () => {
    expect(resizeBox(box, 0.1, 0.1)).toEqual({ x: 0.2, y: 0.3, w: 0.5, h: 0.3 })
    expect(resizeBox(box, 5, 5)).toEqual({ x: 0.2, y: 0.3, w: 0.8, h: 0.7 })
    expect(resizeBox(box, -5, -5)).toEqual({ x: 0.2, y: 0.3, w: MIN_SIZE, h: MIN_SIZE })
  })
})

describe('toFraction', () => {
  it('turns pixels into fractions of the displayed page', () => {
    expect(toFraction(50, -30, 500, 300)).toEqual({ dx: 0.1, dy: -0.1 })
    expect(toFraction(50, 30, 0, 0)).toEqual({ dx: 0, dy: 0 })
  })
})
