import type { Endpoint } from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { editionDay } from '../lib/editionDate'
import { loadEditionPlan } from '../lib/editionPlan'
import { pageFolder, pageIcml } from '../lib/pageIcml'
import { attachment, ICML_CONTENT_TYPE, refuseNonStaff, routeId, routePage } from './guards'

/** `GET /api/editions/:id/pages/:n/icml`: the page's stories in order, for InDesign's File > Place. */
export const pageIcmlEndpoint: Endpoint = {
  path: '/:id/pages/:n/icml',
  method: 'get',
  handler: async (req) => {
    const refused = refuseNonStaff(req)
    if (refused) return refused
    const id = routeId(req, 'số báo')
    if (id instanceof Response) return id
    const page = routePage(req)
    if (page instanceof Response) return page
    const plan = await loadEditionPlan(req, id)
    if (!plan) return errorResponse(404, `Không có số báo "${id}".`)
    const title = plan.edition.title ?? `Số ${plan.edition.number}`
    if (!plan.fit.pages.some((p) => p.number === page))
      return errorResponse(404, `Số báo ${title} không có trang ${page}.`)
    const xml = pageIcml(plan, page, '')
    if (!xml) return errorResponse(409, `Trang ${page} của số báo ${title} chưa có tin bài nào để xuất.`)
    const name = `so-${plan.edition.number}-${editionDay(plan.edition.date) ?? ''}-${pageFolder(page)}.icml`
    return new Response(xml, {
      headers: { 'content-type': ICML_CONTENT_TYPE, 'content-disposition': attachment(name) },
    })
  },
}
