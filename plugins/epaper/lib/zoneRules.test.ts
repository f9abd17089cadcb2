import { describe, expect, it } from '@jest/globals'

import { firstZoneProblem, zoneProblem } from './zoneRules'

describe('zoneProblem', () => {
  it('accepts a zone inside the page, edges included', () => {
    expect(zoneProblem({ x: 0, y: 0, w: 1, h: 1 }, 0)).toBeUndefined()
    expect(zoneProblem({ x: 0.5, y: 0.25, w: 0.5, h: 0.75 }, 0)).toBeUndefined()
    expect(zoneProblem({ x: 0.7, y: 0.1, w: 0.3002, h: 0.2 }, 0)).toBeUndefined()
  })

  it('names the zone and the edge it crosses', () => {
    expect(zoneProblem({ x: 0.8, y: 0.1, w: 0.3, h: 0.2 }, 1)).toBe(
      'Vùng 2 nằm ngoài trang: x + w = 1,1 vượt quá mép phải (1).',
    )
    expect(zoneProblem({ x: 0.1, y: 0.9, w: 0.3, h: 0.2 }, 0)).toBe(
      'Vùng 1 nằm ngoài trang: y + h = 1,1 vượt quá mép dưới (1).',
    )
    expect(zoneProblem({ x: -0.1, y: 0.1, w: 0.3, h: 0.2 }, 2)).toMatch(/^Vùng 3 nằm ngoài trang: x và y/)
  })

  it('refuses empty or inverted sizes and non-numbers', () => {
    expect(zoneProblem({ x: 0.1, y: 0.1, w: 0, h: 0.2 }, 0)).toMatch(/lớn hơn 0/)
    expect(zoneProblem({ x: 0.1, y: 0.1, w: 0.2, h: -0.2 }, 0)).toMatch(/lớn hơn 0/)
    expect(zoneProblem({ x: '0.1', y: 0.1, w: 0.2, h: 0.2 }, 0)).toBe(
      'Vùng 1: "x" phải là một số (tỉ lệ 0–1 của trang).',
    )
    expect(zoneProblem({ x: 0.1, y: 0.1, w: Number.NaN, h: 0.2 }, 0)).toMatch(/"w" phải là một số/)
  })
})

describe('firstZoneProblem', () => {
  it('reports the first bad zone in order', () => {
    const zones = [
      { x: 0, y: 0, w: 0.5, h: 0.5 },
      { x: 0.6, y: 0, w: 0.5, h: 0.5 },
      { x: 0, y: 0, w: 0, h: 0 },
    ]
    expect(firstZoneProblem(zones)).toMatch(/^Vùng 2 /)
    expect(firstZoneProblem(zones.slice(0, 1))).toBeUndefined()
  })
})
