import type { Endpoint } from 'payload'

import { BROADCAST_READERS } from '../../../src/access/broadcast'
import { refuseUnless, rundownOfRoute } from '../lib/http'
import { timingView } from '../lib/rundownView'

/** `GET /api/rundowns/:id/timing`: each item's front and back time, and the over/under of the show. */
export const rundownTiming: Endpoint = {
  path: '/:id/timing',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnless(req, BROADCAST_READERS, 'Bạn không có quyền xem kịch bản chương trình.')
    if (refused) return refused
    const rundown = await rundownOfRoute(req)
    if (rundown instanceof Response) return rundown
    return Response.json(timingView(rundown), { headers: { 'Cache-Control': 'no-store' } })
  },
}
