/**
 * The dashboard's state as it lives in the URL query, so a manager can send the exact view
 * (year, months, publication, desk and the drill-down being read) to a colleague; and the
 * requests each part of the page makes from it.
 */

export type FiguresDrill = { key: string; page: number }

export type FiguresQuery = {
  year: number
  /** The months of the year the audience figures cover, 1–12 inclusive. */
  fromMonth: number
  toMonth: number
  publication: string
  desk: string
  drill: FiguresDrill | null
}

type ParamsLike = { get(name: string): string | null }

export const FIRST_YEAR = 2000
export const LAST_YEAR = 2100

const pad = (n: number) => String(n).padStart(2, '0')

const integerIn = (raw: string | null, min: number, max: number): number | null => {
  if (raw === null || !/^\d+$/.test(raw)) return null
  const value = Number(raw)
  return value >= min && value <= max ? value : null
}

/** Ids are numbers on both databases; anything else in the URL would only earn a 400. */
const idParam = (raw: string | null) => (raw && /^\d{1,15}$/.test(raw) ? raw : '')

/** Anything missing or malformed falls back to the default: this year, every month, no filters. */
export function parseFiguresQuery(params: ParamsLike, currentYear: number): FiguresQuery {
  const year = integerIn(params.get('year'), FIRST_YEAR, LAST_YEAR) ?? currentYear
  let fromMonth = integerIn(params.get('from'), 1, 12) ?? 1
  let toMonth = integerIn(params.get('to'), 1, 12) ?? 12
  if (fromMonth > toMonth) [fromMonth, toMonth] = [toMonth, fromMonth]
  const key = params.get('kpi')
  return {
    year,
    fromMonth,
    toMonth,
    publication: idParam(params.get('publication')),
    desk: idParam(params.get('desk')),
    drill:
      key && /^[A-Za-z]{1,40}$/.test(key)
        ? { key, page: integerIn(params.get('page'), 1, 1_000_000) ?? 1 }
        : null,
  }
}

/** The whole view as a URL query (without "?"); defaults are left out to keep links short. */
export function figuresQueryString(query: FiguresQuery): string {
  const params = new URLSearchParams({ year: String(query.year) })
  if (query.fromMonth !== 1) params.set('from', String(query.fromMonth))
  if (query.toMonth !== 12) params.set('to', String(query.toMonth))
  if (query.publication) params.set('publication', query.publication)
  if (query.desk) params.set('desk', query.desk)
  if (query.drill) {
    params.set('kpi', query.drill.key)
    if (query.drill.page > 1) params.set('page', String(query.drill.page))
  }
  return params.toString()
}

/** `GET /api/kpis`: the year, and the publication and desk when chosen. */
export function kpiParams(query: FiguresQuery): URLSearchParams {
  const params = new URLSearchParams({ year: String(query.year) })
  if (query.publication) params.set('publication', query.publication)
  if (query.desk) params.set('desk', query.desk)
  return params
}

/** `GET /api/revenue/report`: the ledger has no desks, so the desk filter does not apply. */
export function revenueParams(query: FiguresQuery): URLSearchParams {
  const params = new URLSearchParams({ year: String(query.year) })
  if (query.publication) params.set('publication', query.publication)
  return params
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * `GET /api/audience/report` for the chosen months, cut at today (no audience exists in the
 * future); null when the whole period is still to come.
 */
export function audienceParams(query: FiguresQuery, today: string): URLSearchParams | null {
  const from = `${query.year}-${pad(query.fromMonth)}-01`
  let to = `${query.year}-${pad(query.toMonth)}-${pad(lastDay(query.year, query.toMonth))}`
  if (from > today) return null
  if (to > today) to = today
  const params = new URLSearchParams({ from, to })
  if (query.publication) params.set('publication', query.publication)
  if (query.desk) params.set('desk', query.desk)
  return params
}

/**
 * The drill-down request: the KPI's own `drillDown` path (it carries the filters the figure was
 * computed with) with the page asked for. The path may or may not start with the API route.
 */
export function drillDownUrl(
  api: string,
  drillDown: string | undefined,
  key: string,
  query: FiguresQuery,
  page: number,
  limit: number,
): string {
  const fallback = `/kpis/${encodeURIComponent(key)}/records?${kpiParams(query)}`
  let path = drillDown && drillDown.startsWith('/') ? drillDown : fallback
  if (!path.startsWith(`${api}/`)) path = `${api}${path}`
  const [pathname, search = ''] = path.split('?')
  const params = new URLSearchParams(search)
  // The filters on screen win over whatever the path was generated with.
  for (const [name, value] of kpiParams(query)) params.set(name, value)
  if (!query.publication) params.delete('publication')
  if (!query.desk) params.delete('desk')
  params.set('page', String(page))
  params.set('limit', String(limit))
  return `${pathname}?${params}`
}

/** The annual report file; it covers the whole agency, so only the year applies. */
export function reportUrl(api: string, year: number, format: 'pdf' | 'xlsx'): string {
  return `${api}/kpis/report?${new URLSearchParams({ year: String(year), format })}`
}

/** The years offered: from the baseline year (or five years back) to this year, and the one shown. */
export function yearOptions(currentYear: number, baselineYear: number | undefined, shown: number): number[] {
  const first = Math.min(baselineYear ?? currentYear - 5, currentYear - 5, shown)
  const last = Math.max(currentYear, shown)
  const years: number[] = []
  for (let year = last; year >= first; year--) years.push(year)
  return years
}
