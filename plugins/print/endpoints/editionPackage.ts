import type { Endpoint } from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import type { MediaStorage } from '../../media/types'
import { buildEditionPackage } from '../lib/editionPackage'
import { loadEditionPlan } from '../lib/editionPlan'
import { zipStream } from '../lib/zipStream'
import type { PrintPluginOptions } from '../types'
import { attachment, refuseNonStaff, routeId } from './guards'

/**
 * `GET /api/editions/:id/package`: the edition for the layout desk as one zip (streamed):
 * README.txt, manifest.json, trang-NN/<story>.icml and trang-NN/trang-NN.icml, Links/<picture>.
 */
export const editionPackageEndpoint = ({ serverURL }: PrintPluginOptions): Endpoint => ({
  path: '/:id/package',
  method: 'get',
  handler: async (req) => {
    const refused = refuseNonStaff(req)
    if (refused) return refused
    const id = routeId(req, 'số báo')
    if (id instanceof Response) return id
    const plan = await loadEditionPlan(req, id)
    if (!plan) return errorResponse(404, `Không có số báo "${id}".`)
    if (!plan.placements.length)
      return errorResponse(
        409,
        `Số báo ${plan.edition.title ?? id} chưa có tin bài nào trên trang để đóng gói.`,
      )
    const storage = (req.payload.config.custom as { mediaStorage?: MediaStorage } | undefined)?.mediaStorage
    const pack = await buildEditionPackage(plan, storage, serverURL)
    return new Response(zipStream(pack.entries), {
      headers: {
        'content-type': 'application/zip',
        'content-disposition': attachment(pack.fileName),
        'cache-control': 'no-store',
      },
    })
  },
})
