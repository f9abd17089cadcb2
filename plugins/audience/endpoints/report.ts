import type { Endpoint, PayloadRequest } from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { loadAudienceSummary } from '../lib/loadAudienceSummary'
import { MEASURES, type Measure } from '../lib/measures'
import { parseAudienceFilter } from '../lib/period'
import { countRankedStories, rankStories, withHeadlines } from '../lib/storyRanking'
import { sqlFor } from '../lib/sql'
import type { AudienceFilter, AudienceStoryPage } from '../types'
import { refuseReader, refuseUnknown } from './http'

async function readFilter(req: PayloadRequest): Promise<AudienceFilter | Response> {
  const refused = refuseReader(req)
  if (refused) return refused
  const params = req.searchParams ?? new URL(req.url ?? 'http://x/').searchParams
  const filter = parseAudienceFilter(params)
  if ('status' in filter) return errorResponse(filter.status, filter.message)
  return (
    (await refuseUnknown(req, 'publications', filter.publication)) ??
    (await refuseUnknown(req, 'desks', filter.desk)) ??
    filter
  )
}

/** `GET /api/audience/report?from&to[&publication][&desk][&platform]` → AudienceSummary (FIGURES_READERS). */
export const audienceReportEndpoint: Endpoint = {
  path: '/audience/report',
  method: 'get',
  handler: async (req) => {
    const filter = await readFilter(req)
    if (filter instanceof Response) return filter
    return Response.json(await loadAudienceSummary(req.payload, filter), {
      headers: { 'Cache-Control': 'private, no-store' },
    })
  },
}

const MAX_LIMIT = 100

/**
 * `GET /api/audience/stories?from&to[&publication][&desk][&platform][&sort][&page][&limit]`:
 * the drill-down — every story with audience in the period, ranked, a page at a time.
 */
export const audienceStoriesEndpoint: Endpoint = {
  path: '/audience/stories',
  method: 'get',
  handler: async (req) => {
    const filter = await readFilter(req)
    if (filter instanceof Response) return filter
    const params = req.searchParams
    const sort = (params.get('sort') ?? 'views') as Measure
    if (!MEASURES.includes(sort))
      return errorResponse(
        400,
        `"sort" phải là một trong ${MEASURES.join(', ')}, nhận được "${params.get('sort')}".`,
      )
    const number = (name: string, fallback: number, max: number) => {
      const text = params.get(name)
      if (text === null || text === '') return fallback
      return /^\d{1,6}$/.test(text) && Number(text) >= 1 && Number(text) <= max ? Number(text) : undefined
    }
    const page = number('page', 1, 100_000)
    if (page === undefined)
      return errorResponse(400, `"page" phải là số nguyên dương, nhận được "${params.get('page')}".`)
    const limit = number('limit', 25, MAX_LIMIT)
    if (limit === undefined)
      return errorResponse(
        400,
        `"limit" phải là số nguyên từ 1 đến ${MAX_LIMIT}, nhận được "${params.get('limit')}".`,
      )
    const sql = await sqlFor(req.payload)
    const [totalDocs, ranked] = await Promise.all([
      countRankedStories(sql, filter),
      rankStories(sql, filter, { sort, limit, offset: (page - 1) * limit }),
    ])
    const body: AudienceStoryPage = {
      docs: await withHeadlines(req.payload, ranked),
      totalDocs,
      page,
      limit,
      totalPages: Math.max(1, Math.ceil(totalDocs / limit)),
      sort,
    }
    return Response.json(body, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
