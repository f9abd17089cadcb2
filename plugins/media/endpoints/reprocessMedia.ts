import type { Endpoint } from 'payload'

import { hasRole } from '../../../src/access'
import { errorResponse } from '../../../src/lib/httpErrors'
import { nextGeneration, pendingProcessing } from '../lib/processingState'

/**
 * Runs an asset through the worker again: after a failure whose cause was fixed (a tool installed),
 * for assets uploaded before processing existed, or after the rendition set changed.
 */
export const reprocessMedia: Endpoint = {
  path: '/:id/reprocess',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
    if (!hasRole(req, 'editor', 'deskChief', 'manager', 'admin')) {
      return errorResponse(403, 'Chỉ biên tập viên trở lên được yêu cầu xử lý lại tư liệu.')
    }
    const id = String(req.routeParams?.id ?? '')
    const doc = (await req.payload
      .findByID({ collection: 'media', id, depth: 0, req, overrideAccess: false, disableErrors: true })
      .catch(() => null)) as {
      id: number | string
      processing?: { generation?: number | null } | null
    } | null
    if (!doc) return errorResponse(404, `Không tìm thấy tư liệu "${id}".`)
    const generation = nextGeneration(doc)
    // enqueueMediaProcessing sees the new generation in the context and writes the outbox row in
    // this update's transaction.
    await req.payload.update({
      collection: 'media',
      id: doc.id,
      data: { processing: pendingProcessing(generation) } as never,
      depth: 0,
      overrideAccess: true,
      context: { mediaFileGeneration: generation },
    })
    return Response.json({ id: doc.id, generation, status: 'pending' }, { status: 202 })
  },
}
