import { describe, expect, it } from '@jest/globals'

import {
  audienceParams,
  drillDownUrl,
  figuresQueryString,
  kpiParams,
  parseFiguresQuery,
  reportUrl,
  revenueParams,
  yearOptions,
  type FiguresQuery,
} from './figuresQuery'

const parse = (search: string) => parseFiguresQuery(new URLSearchParams(search), 2026)
const base: FiguresQuery = { year: 2026, fromMonth: 1, toMonth: 12, publication: '', desk: '', drill: null }

describe('parseFiguresQuery', () => {
  it('defaults to this year, every month, no filters and no drill-down', () => {
    expect(parse('')).toEqual(base)
  })

  it('reads every part of a shared link', () => {
    expect(parse('year=2025&from=3&to=9&publication=4&desk=2&kpi=aiShare&page=3')).toEqual({
      year: 2025,
      fromMonth: 3,
      toMonth: 9,
      publication: '4',
      desk: '2',
      drill: { key: 'aiShare', page: 3 },
    })
  })

  it('replaces malformed values with the defaults', () => {
    expect(parse('year=20x6&from=0&to=13&publication=abc&desk=1;drop&kpi=../x&page=-1')).toEqual(base)
    expect(parse('year=1999')).toEqual(base)
    expect(parse('desk=12345678901234567890').desk).toBe('')
  })

  it('puts reversed months in order', () => {
    expect(parse('from=10&to=4')).toMatchObject({ fromMonth: 4, toMonth: 10 })
  })

  it('opens the first page of a drill-down without a page', () => {
    expect(parse('kpi=security&page=zero').drill).toEqual({ key: 'security', page: 1 })
  })
})

describe('figuresQueryString', () => {
  it('leaves out the defaults', () => {
    expect(figuresQueryString(base)).toBe('year=2026')
  })

  it('survives a round trip through the URL', () => {
    const query: FiguresQuery = {
      year: 2025,
      fromMonth: 2,
      toMonth: 11,
      publication: '3',
      desk: '5',
      drill: { key: 'staffTrained', page: 2 },
    }
    expect(parse(figuresQueryString(query))).toEqual(query)
  })
})

describe('endpoint parameters', () => {
  const filtered = { ...base, publication: '3', desk: '5' }

  it('sends year, publication and desk to the KPIs', () => {
    expect(kpiParams(filtered).toString()).toBe('year=2026&publication=3&desk=5')
    expect(kpiParams(base).toString()).toBe('year=2026')
  })

  it('sends no desk to the revenue report, which has none', () => {
    expect(revenueParams(filtered).toString()).toBe('year=2026&publication=3')
  })

  it('turns the months into days for the audience report, ending on the month’s last day', () => {
    const params = audienceParams({ ...base, year: 2024, fromMonth: 2, toMonth: 2 }, '2026-11-22')
    expect(params?.toString()).toBe('from=2024-02-01&to=2024-02-29')
  })

  it('cuts the audience period at today and skips a period wholly in the future', () => {
    expect(audienceParams(filtered, '2026-11-22')?.toString()).toBe(
      'from=2026-01-01&to=2026-11-22&publication=3&desk=5',
    )
    expect(audienceParams({ ...base, fromMonth: 12 }, '2026-11-22')).toBeNull()
  })
})

describe('drillDownUrl', () => {
  it("uses the KPI's own path with the API route, the filters on screen and the page", () => {
    expect(drillDownUrl('/api', '/api/kpis/aiShare/records?year=2026&desk=9', 'aiShare', base, 2, 25)).toBe(
      '/api/kpis/aiShare/records?year=2026&page=2&limit=25',
    )
    expect(
      drillDownUrl('/api', '/kpis/aiShare/records?year=2026', 'aiShare', { ...base, desk: '4' }, 1, 25),
    ).toBe('/api/kpis/aiShare/records?year=2026&desk=4&page=1&limit=25')
  })

  it('builds the path itself when the KPI gives none', () => {
    expect(drillDownUrl('/api', '', 'security', base, 1, 50)).toBe(
      '/api/kpis/security/records?year=2026&page=1&limit=50',
    )
  })
})

describe('reportUrl and yearOptions', () => {
  it('asks for the annual report of the year in the format', () => {
    expect(reportUrl('/api', 2026, 'pdf')).toBe('/api/kpis/report?year=2026&format=pdf')
  })

  it('offers this year back to the baseline year, newest first', () => {
    expect(yearOptions(2026, 2024, 2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021])
    expect(yearOptions(2026, 2018, 2026)[8]).toBe(2018)
    expect(yearOptions(2026, 2024, 2010).at(-1)).toBe(2010)
  })
})
