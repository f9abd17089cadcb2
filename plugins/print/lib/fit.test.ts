import { describe, expect, it } from '@jest/globals'

import { computeFit, fitStatus, placementFit, totalsOf } from './fit'

const story = (id: number, actualLength: number | null) => ({ id, headline: `Tin ${id}`, actualLength })

describe('fitStatus', () => {
  it('fits within ±5 % of the plan, inclusive', () => {
    expect(fitStatus(1000, 1000)).toBe('fits')
    expect(fitStatus(1000, 950)).toBe('fits')
    expect(fitStatus(1000, 1050)).toBe('fits')
    expect(fitStatus(1000, 949)).toBe('short')
    expect(fitStatus(1000, 1051)).toBe('over')
  })

  it('has no verdict without a plan', () => {
    expect(fitStatus(null, 500)).toBe('unplanned')
    expect(fitStatus(0, 500)).toBe('unplanned')
    expect(fitStatus(undefined, 0)).toBe('unplanned')
  })

  it('takes another tolerance', () => {
    expect(fitStatus(1000, 900, 0.1)).toBe('fits')
    expect(fitStatus(1000, 899, 0.1)).toBe('short')
  })
})

describe('placementFit', () => {
  it('gives difference and percentage against the plan', () => {
    const fit = placementFit({
      id: 1,
      page: 2,
      slot: ' Tin chính ',
      plannedLength: 2000,
      story: story(9, 2300),
    })
    expect(fit).toMatchObject({
      planned: 2000,
      actual: 2300,
      difference: 300,
      percent: 115,
      status: 'over',
      slot: 'Tin chính',
      order: 0,
    })
  })

  it('counts a deleted story as empty and an unplanned one without difference', () => {
    expect(placementFit({ id: 1, page: 1, plannedLength: 800, story: null })).toMatchObject({
      actual: 0,
      difference: -800,
      status: 'short',
    })
    expect(placementFit({ id: 2, page: 1, story: story(3, 640) })).toMatchObject({
      planned: null,
      difference: null,
      percent: null,
      status: 'unplanned',
    })
  })
})

describe('computeFit', () => {
  const pages = [
    { number: 3, colour: 'mono' },
    { number: 1, colour: 'colour', section: { id: 5, name: 'Thời sự' }, note: '  Trang nhất ' },
  ]
  const placements = [
    { id: 11, page: 1, order: 2, plannedLength: 1000, story: story(1, 1020) },
    { id: 10, page: 1, order: 1, plannedLength: 3000, story: story(2, 2500) },
    { id: 12, page: 3, plannedLength: 1500, story: story(3, 1600) },
    { id: 13, page: 3, story: story(4, 400) },
    { id: 14, page: 9, plannedLength: 500, story: story(5, 500) },
  ]
  const fit = computeFit(pages, placements)

  it('lists pages in number order with their placements in order', () => {
    expect(fit.pages.map((p) => p.number)).toEqual([1, 3])
    expect(fit.pages[0]!.placements.map((p) => p.id)).toEqual([10, 11])
    expect(fit.pages[0]!.note).toBe('Trang nhất')
    expect(fit.pages[0]!.section).toEqual({ id: 5, name: 'Thời sự' })
  })

  it('totals each page: planned sums the plans, actual every placed story', () => {
    expect(fit.pages[0]!.totals).toEqual({
      planned: 4000,
      actual: 3520,
      difference: -480,
      percent: 88,
      status: 'short',
      placements: 2,
    })
    expect(fit.pages[1]!.totals).toMatchObject({
      planned: 1500,
      actual: 2000,
      difference: 500,
      status: 'over',
    })
  })

  it('keeps placements on a missing page apart and counts them in the edition totals', () => {
    expect(fit.orphans.map((p) => p.id)).toEqual([14])
    expect(fit.totals).toMatchObject({ planned: 6000, actual: 6020, status: 'fits', placements: 5 })
  })

  it('gives an empty page zero totals', () => {
    const empty = computeFit([{ number: 2 }], [])
    expect(empty.pages[0]!.totals).toEqual(totalsOf([]))
    expect(empty.pages[0]!.totals).toMatchObject({
      planned: 0,
      actual: 0,
      status: 'unplanned',
      percent: null,
    })
  })
})
