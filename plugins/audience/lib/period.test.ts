import { describe, expect, it } from '@jest/globals'

import { monthsOf, parseAudienceFilter, splitPeriod } from './period'

const query = (text: string) => new URLSearchParams(text)

describe('report filter', () => {
  it('reads a period with its filters', () => {
    expect(
      parseAudienceFilter(query('from=2026-01-01&to=2026-12-31&desk=3&publication=7&platform=zalo')),
    ).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
      desk: 3,
      publication: 7,
      platform: 'zalo',
    })
  })

  it.each([
    ['', /Cần "from" và "to"/],
    ['from=2026-01-01', /Cần/],
    ['from=2026-02-30&to=2026-03-01', /"from"/],
    ['from=01/01/2026&to=2026-03-01', /"from"/],
    ['from=2026-03-01&to=2026-02-01', /sau/],
    ['from=2025-01-01&to=2026-01-02', /367 ngày/],
    ['from=1999-12-01&to=1999-12-31', /trước năm 2000/],
    ['from=2026-01-01&to=2026-01-31&desk=abc', /"desk"/],
    ['from=2026-01-01&to=2026-01-31&publication=99999999999', /"publication"/],
    ['from=2026-01-01&to=2026-01-31&platform=myspace', /"platform"/],
  ])('refuses %p', (text, message) => {
    expect(parseAudienceFilter(query(text))).toMatchObject({
      status: 400,
      message: expect.stringMatching(message),
    })
  })

  it('accepts a leap year of 366 days', () => {
    expect(parseAudienceFilter(query('from=2028-01-01&to=2028-12-31'))).toMatchObject({ from: '2028-01-01' })
  })
})

describe('period split', () => {
  it('lists every month touched', () => {
    expect(monthsOf('2025-11-15', '2026-02-03')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
  })

  it('reads whole months whole and the odd days at the ends as days', () => {
    expect(splitPeriod('2026-01-01', '2026-12-31')).toEqual({
      months: [
        '2026-01',
        '2026-02',
        '2026-03',
        '2026-04',
        '2026-05',
        '2026-06',
        '2026-07',
        '2026-08',
        '2026-09',
        '2026-10',
        '2026-11',
        '2026-12',
      ],
      dayRanges: [],
    })
    expect(splitPeriod('2026-01-15', '2026-03-10')).toEqual({
      months: ['2026-02'],
      dayRanges: [
        ['2026-01-15', '2026-01-31'],
        ['2026-03-01', '2026-03-10'],
      ],
    })
    expect(splitPeriod('2028-02-01', '2028-02-29')).toEqual({ months: ['2028-02'], dayRanges: [] })
    expect(splitPeriod('2026-02-03', '2026-02-05')).toEqual({
      months: [],
      dayRanges: [['2026-02-03', '2026-02-05']],
    })
  })
})
