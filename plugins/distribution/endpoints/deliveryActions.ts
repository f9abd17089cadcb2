import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../../../src/access'
import { errorResponse } from '../../../src/lib/httpErrors'
import { loadDelivery, queueDelivery, updateDelivery, type DeliveryRecord } from '../lib/deliveryRecords'
import type { DistributionRuntime } from '../lib/runtime'

function guard(req: PayloadRequest): Response | undefined {
  if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
  if (!hasRole(req, 'admin', 'manager'))
    return errorResponse(403, 'Chỉ quản trị và lãnh đạo được gửi lại hoặc huỷ lượt phát hành.')
}

/** What the endpoints answer: the record without the worker's platform tokens. */
const shown = (record: DeliveryRecord) => {
  const { remoteState: _state, ...rest } = record
  return rest
}

const idOf = (req: PayloadRequest) => {
  const id = req.routeParams?.id
  return typeof id === 'string' && /^\d{1,9}$/.test(id) ? id : undefined
}

/**
 * `POST /api/deliveries/:id/retry`: a failed or cancelled delivery goes again with a fresh
 * round of attempts (and a new job id); the record keeps what the platform said last time.
 */
export const retryDeliveryEndpoint = (runtime: DistributionRuntime): Endpoint => ({
  path: '/:id/retry',
  method: 'post',
  handler: async (req) => {
    const refused = guard(req)
    if (refused) return refused
    const id = idOf(req)
    const record = id ? await loadDelivery(req.payload, id) : undefined
    if (!record) return errorResponse(404, `Không có lượt phát hành "${String(req.routeParams?.id)}".`)
    if (record.status !== 'failed' && record.status !== 'cancelled')
      return errorResponse(
        409,
        `Chỉ gửi lại được lượt đang lỗi hoặc đã huỷ (lượt này đang "${record.status}").`,
      )
    const next = await updateDelivery(req.payload, record.id, {
      status: 'queued',
      attempts: 0,
      round: (record.round ?? 0) + 1,
      problems: null,
      failedAt: null,
      nextAttemptAt: null,
      note: `Gửi lại theo yêu cầu của ${String((req.user as { email?: string }).email ?? req.user!.id)}`,
    })
    try {
      await queueDelivery(req.payload, runtime, next)
    } catch (error) {
      // The record is queued: the worker's reconciler gives it a job once Redis is back.
      return Response.json(
        {
          delivery: shown(next),
          warning: `Hàng đợi chưa nhận (${(error as Error).message}); sẽ tự gửi khi Redis hoạt động lại.`,
        },
        { status: 202 },
      )
    }
    return Response.json({ delivery: shown(next) })
  },
})

/** `POST /api/deliveries/:id/cancel`: stops a delivery that has not been confirmed yet. */
export const cancelDeliveryEndpoint: Endpoint = {
  path: '/:id/cancel',
  method: 'post',
  handler: async (req) => {
    const refused = guard(req)
    if (refused) return refused
    const id = idOf(req)
    const record = id ? await loadDelivery(req.payload, id) : undefined
    if (!record) return errorResponse(404, `Không có lượt phát hành "${String(req.routeParams?.id)}".`)
    if (!['queued', 'sent', 'failed'].includes(record.status))
      return errorResponse(409, `Không huỷ được lượt đang "${record.status}".`)
    const next = await updateDelivery(req.payload, record.id, {
      status: 'cancelled',
      nextAttemptAt: null,
      cancelledBy: String((req.user as { email?: string }).email ?? req.user!.id),
    })
    return Response.json({ delivery: shown(next) })
  },
}
