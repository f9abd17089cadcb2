import { commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'

import { RUNDOWN_EDITORS } from '../../../src/access/broadcast'
import { errorResponse } from '../../../src/lib/httpErrors'
import { failure, readJsonObject, refuseUnless, routeId, rundownOfRoute } from '../lib/http'
import { applyOrder, checkPermutation, isItemIDList, ITEM_ID_LIST_MESSAGE } from '../lib/reorder'
import { lockRundownRow } from '../lib/rowLock'
import { timingView } from '../lib/rundownView'
import { RUNDOWNS_SLUG, type RundownDoc } from '../types'

const KEYS = new Set(['itemIDs', 'version', 'updatedAt'])

/** The body's concurrency token: the version (or `updatedAt`) the client's copy was read at. */
function basis(body: Record<string, unknown>): { version: number } | { updatedAt: string } | string {
  if (body.version !== undefined) {
    return typeof body.version === 'number' && Number.isInteger(body.version) && body.version >= 0
      ? { version: body.version }
      : '"version" phải là số nguyên (phiên bản kịch bản bạn đã đọc).'
  }
  if (body.updatedAt !== undefined) {
    return typeof body.updatedAt === 'string' && !Number.isNaN(Date.parse(body.updatedAt))
      ? { updatedAt: body.updatedAt }
      : '"updatedAt" phải là thời điểm ISO 8601 của bản bạn đã đọc.'
  }
  return 'Thiếu "version" (hoặc "updatedAt") của kịch bản bạn đã đọc, để tránh ghi đè thay đổi của người khác.'
}

const stale = (rundown: RundownDoc, token: { version: number } | { updatedAt: string }) =>
  'version' in token
    ? Number(rundown.version) !== token.version
    : Date.parse(rundown.updatedAt) !== Date.parse(token.updatedAt)

/**
 * `POST /api/rundowns/:id/reorder` `{ itemIDs, version }`: the running order in a new order. The ids
 * must be exactly the rundown's items; the version must be the current one (409 otherwise, nothing
 * changed). Answers the new timing.
 */
export const reorderRundown: Endpoint = {
  path: '/:id/reorder',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnless(req, RUNDOWN_EDITORS, 'Chỉ biên tập viên trở lên được sắp xếp lại kịch bản.')
    if (refused) return refused
    const body = await readJsonObject(req)
    if (body instanceof Response) return body
    const unknown = Object.keys(body).filter((key) => !KEYS.has(key))
    if (unknown.length) return errorResponse(400, `Trường không được hỗ trợ: ${unknown.join(', ')}.`)
    const token = basis(body)
    if (typeof token === 'string') return errorResponse(400, token)
    if (!isItemIDList(body.itemIDs)) return errorResponse(400, ITEM_ID_LIST_MESSAGE)
    const id = routeId(req)
    if (id === undefined)
      return errorResponse(404, `Không tìm thấy kịch bản "${String(req.routeParams?.id ?? '')}".`)

    const shouldCommit = await initTransaction(req)
    const abort = async (response: Response) => {
      if (shouldCommit) await killTransaction(req)
      return response
    }
    try {
      await lockRundownRow(req, id)
      const rundown = await rundownOfRoute(req)
      if (rundown instanceof Response) return abort(rundown)
      if (stale(rundown, token))
        return abort(
          errorResponse(
            409,
            `Kịch bản đã được người khác sửa (hiện là phiên bản ${rundown.version}). Hãy tải lại rồi sắp xếp lại.`,
          ),
        )
      if (rundown.status === 'done')
        return abort(errorResponse(409, 'Kịch bản đã phát xong; không sắp xếp lại được.'))
      const items = rundown.items ?? []
      const check = checkPermutation(
        items.map((item) => String(item.itemID)),
        body.itemIDs,
      )
      if (!check.ok) {
        return abort(
          Response.json(
            {
              errors: [{ message: check.message }],
              missing: check.missing,
              unknown: check.unknown,
              duplicates: check.duplicates,
            },
            { status: 400 },
          ),
        )
      }
      if (check.order.every((itemID, index) => itemID === items[index]?.itemID)) {
        if (shouldCommit) await commitTransaction(req)
        return Response.json(timingView(rundown))
      }
      const updated = await req.payload.update({
        collection: RUNDOWNS_SLUG,
        id,
        data: { items: applyOrder(items, check.order), version: rundown.version } as never,
        req,
        overrideAccess: true,
        depth: 0,
      })
      if (shouldCommit) await commitTransaction(req)
      return Response.json(timingView(updated as unknown as RundownDoc))
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      return failure(req, error, 'Reordering a rundown failed')
    }
  },
}
