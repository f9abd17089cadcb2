import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../../../src/access'
import { errorResponse } from '../../../src/lib/httpErrors'
import { loadCalendar } from '../lib/calendar'
import { parseCalendarQuery } from '../lib/calendarQuery'
import { isLookupId } from '../lib/planState'

async function exists(req: PayloadRequest, collection: 'desks' | 'publications', id: string) {
  // Beyond the database's id range there is nothing to find (and PostgreSQL would refuse the query).
  if (!isLookupId(id)) return false
  const { totalDocs } = await req.payload.count({
    collection,
    where: { id: { equals: id } },
    req,
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * `GET /api/plan-items/calendar?from=YYYY-MM-DD&to=YYYY-MM-DD&desk=&publication=`: the budget
 * per day with assignments (assignee names), the linked story's state and the warnings
 * (`unassigned`, `overdue`) computed now. Newsroom staff only.
 */
export const calendarEndpoint: Endpoint = {
  path: '/calendar',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
    if (!hasRole(req, 'reporter', 'editor', 'deskChief', 'manager', 'admin'))
      return errorResponse(403, 'Chỉ nhân sự tòa soạn được xem lịch kế hoạch.')
    const params = req.searchParams ?? new URL(req.url ?? '', 'http://localhost').searchParams
    const query = parseCalendarQuery(params)
    if ('error' in query) return errorResponse(400, query.error)
    if (query.desk && !(await exists(req, 'desks', query.desk)))
      return errorResponse(404, `Không có ban "${query.desk}".`)
    if (query.publication && !(await exists(req, 'publications', query.publication)))
      return errorResponse(404, `Không có ấn phẩm / kênh "${query.publication}".`)
    return Response.json(await loadCalendar(req, query))
  },
}
