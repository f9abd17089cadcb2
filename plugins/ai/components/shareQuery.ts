import type { AiClass, ShareGroupBy } from './api'

/**
 * The AI-share view's state as it lives in the URL query, so a manager can send a colleague the
 * exact view (period, grouping, filters and the drill-down being looked at).
 */

export type ShareFilters = { from: string; to: string; groupBy: ShareGroupBy; desk: string; channel: string }

/** The drill-down: stories of one group (or all), optionally of one class, one page at a time. */
export type ShareDrill = { groupKey?: string; class?: AiClass; page: number }

export type ShareQuery = ShareFilters & { drill: ShareDrill | null }

export type Period = 'month' | 'quarter' | 'year'

export const GROUP_BYS: readonly ShareGroupBy[] = ['desk', 'channel', 'month']
export const AI_CLASSES: readonly AiClass[] = ['human', 'assisted', 'generated']
export const PERIODS: readonly Period[] = ['month', 'quarter', 'year']

type ParamsLike = { get(name: string): string | null }

const pad = (n: number) => String(n).padStart(2, '0')

/** The calendar day in the newsroom's own time zone (the browser's), not UTC. */
export const isoDay = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`

const isDay = (value: string | null): value is string =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))

/** From the first day of this month, quarter or year to today. */
export function periodRange(period: Period, today: Date): { from: string; to: string } {
  const month =
    period === 'month'
      ? today.getMonth()
      : period === 'quarter'
        ? today.getMonth() - (today.getMonth() % 3)
        : 0
  return { from: isoDay(new Date(today.getFullYear(), month, 1)), to: isoDay(today) }
}

/** The quick period the filters match, to show its button as the current one. */
export function activePeriod(filters: Pick<ShareFilters, 'from' | 'to'>, today: Date): Period | null {
  return (
    PERIODS.find((period) => {
      const range = periodRange(period, today)
      return range.from === filters.from && range.to === filters.to
    }) ?? null
  )
}

/** Anything missing or malformed falls back to the default view: this month by desk, no filters. */
export function parseShareQuery(params: ParamsLike, today: Date): ShareQuery {
  const month = periodRange('month', today)
  const from = params.get('from')
  const to = params.get('to')
  const groupBy = params.get('groupBy') as ShareGroupBy | null
  const klass = params.get('class') as AiClass | null
  const page = Number(params.get('page'))
  const drilled = params.get('stories') === '1'
  return {
    from: isDay(from) ? from : month.from,
    to: isDay(to) ? to : month.to,
    groupBy: groupBy && GROUP_BYS.includes(groupBy) ? groupBy : 'desk',
    desk: params.get('desk') ?? '',
    channel: params.get('channel') ?? '',
    drill: drilled
      ? {
          groupKey: params.get('groupKey') || undefined,
          class: klass && AI_CLASSES.includes(klass) ? klass : undefined,
          page: Number.isInteger(page) && page > 0 ? page : 1,
        }
      : null,
  }
}

/** The filters as the share endpoints take them; empty desk / channel filters are left out. */
export function shareApiParams(filters: ShareFilters): URLSearchParams {
  const params = new URLSearchParams({ from: filters.from, to: filters.to, groupBy: filters.groupBy })
  if (filters.desk) params.set('desk', filters.desk)
  if (filters.channel) params.set('channel', filters.channel)
  return params
}

/** The drill-down's request to `/ai/share/stories`. */
export function storiesApiParams(filters: ShareFilters, drill: ShareDrill, limit: number): URLSearchParams {
  const params = shareApiParams(filters)
  if (drill.groupKey !== undefined) params.set('groupKey', drill.groupKey)
  if (drill.class) params.set('class', drill.class)
  params.set('page', String(drill.page))
  params.set('limit', String(limit))
  return params
}

/** The whole view as a URL query (without "?"). */
export function shareQueryString(query: ShareQuery): string {
  const params = shareApiParams(query)
  if (query.drill) {
    params.set('stories', '1')
    if (query.drill.groupKey !== undefined) params.set('groupKey', query.drill.groupKey)
    if (query.drill.class) params.set('class', query.drill.class)
    if (query.drill.page > 1) params.set('page', String(query.drill.page))
  }
  return params.toString()
}
