import { describe, expect, it } from '@jest/globals'

import {
  activePeriod,
  isoDay,
  parseShareQuery,
  periodRange,
  shareApiParams,
  shareQueryString,
  storiesApiParams,
} from './shareQuery'

// 14 August 2025, local time: the third quarter.
const today = new Date(2025, 7, 14, 23, 30)

describe('periods', () => {
  it('formats the local calendar day', () => {
    expect(isoDay(new Date(2025, 0, 5, 0, 10))).toBe('2025-01-05')
  })

  it('runs from the first day of the month, quarter or year to today', () => {
    expect(periodRange('month', today)).toEqual({ from: '2025-08-01', to: '2025-08-14' })
    expect(periodRange('quarter', today)).toEqual({ from: '2025-07-01', to: '2025-08-14' })
    expect(periodRange('year', today)).toEqual({ from: '2025-01-01', to: '2025-08-14' })
  })

  it('recognises a quick period, and none for a custom range', () => {
    expect(activePeriod({ from: '2025-07-01', to: '2025-08-14' }, today)).toBe('quarter')
    expect(activePeriod({ from: '2025-07-02', to: '2025-08-14' }, today)).toBeNull()
  })
})

describe('parseShareQuery', () => {
  it('defaults to this month by desk without filters or drill-down', () => {
    expect(parseShareQuery(new URLSearchParams(''), today)).toEqual({
      from: '2025-08-01',
      to: '2025-08-14',
      groupBy: 'desk',
      desk: '',
      channel: '',
      drill: null,
    })
  })

  it('replaces malformed values with the defaults', () => {
    const query = parseShareQuery(
      new URLSearchParams('from=14/08/2025&to=2025-13-45&groupBy=year&stories=1&class=robot&page=-2'),
      today,
    )
    expect(query).toMatchObject({ from: '2025-08-01', to: '2025-08-14', groupBy: 'desk' })
    expect(query.drill).toEqual({ groupKey: undefined, class: undefined, page: 1 })
  })

  it('reads back what shareQueryString wrote', () => {
    const query = {
      from: '2025-01-01',
      to: '2025-03-31',
      groupBy: 'channel' as const,
      desk: '4',
      channel: '',
      drill: { groupKey: '7', class: 'generated' as const, page: 3 },
    }
    const written = shareQueryString(query)
    expect(written).toBe(
      'from=2025-01-01&to=2025-03-31&groupBy=channel&desk=4&stories=1&groupKey=7&class=generated&page=3',
    )
    expect(parseShareQuery(new URLSearchParams(written), today)).toEqual(query)
  })
})

describe('API parameters', () => {
  const filters = { from: '2025-08-01', to: '2025-08-14', groupBy: 'month' as const, desk: '', channel: '12' }

  it('leaves out empty filters', () => {
    expect(shareApiParams(filters).toString()).toBe('from=2025-08-01&to=2025-08-14&groupBy=month&channel=12')
  })

  it('adds the group, class and page of the drill-down', () => {
    expect(storiesApiParams(filters, { groupKey: '2025-08', class: 'human', page: 2 }, 50).toString()).toBe(
      'from=2025-08-01&to=2025-08-14&groupBy=month&channel=12&groupKey=2025-08&class=human&page=2&limit=50',
    )
    expect(storiesApiParams(filters, { page: 1 }, 50).toString()).toBe(
      'from=2025-08-01&to=2025-08-14&groupBy=month&channel=12&page=1&limit=50',
    )
  })
})
