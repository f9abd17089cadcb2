import type { Endpoint } from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { editionSummary, loadEditionPlan } from '../lib/editionPlan'
import { refuseNonStaff, routeId } from './guards'

/**
 * `GET /api/editions/:id/fit`: write-to-fit for the whole edition — per page, each placed story's
 * planned and actual characters, the difference and a verdict (fits ±5 %, short, over), and totals.
 */
export const editionFitEndpoint: Endpoint = {
  path: '/:id/fit',
  method: 'get',
  handler: async (req) => {
    const refused = refuseNonStaff(req)
    if (refused) return refused
    const id = routeId(req, 'số báo')
    if (id instanceof Response) return id
    const plan = await loadEditionPlan(req, id, { content: false })
    if (!plan) return errorResponse(404, `Không có số báo "${id}".`)
    return Response.json(
      { edition: editionSummary(plan.edition), ...plan.fit, generatedAt: new Date().toISOString() },
      // Read every few seconds by the admin page: never a stale copy from a cache.
      { headers: { 'cache-control': 'no-store' } },
    )
  },
}
