import type { PayloadRequest } from 'payload'

import { hasRole } from '../../../src/access'
import { errorResponse } from '../../../src/lib/httpErrors'
import { readJsonObject as readJson } from '../../../src/lib/requestBody'
import type { Role } from '../../../src/lib/roles'
import { RUNDOWNS_SLUG, type RundownDoc } from '../types'
import { storedId } from './ids'

/** 401 without a user, 403 for other roles; undefined when the user may go on. */
export function refuseUnless(
  req: PayloadRequest,
  roles: readonly Role[],
  forbidden: string,
): Response | undefined {
  if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
  if (!hasRole(req, ...roles)) return errorResponse(403, forbidden)
  return undefined
}

/** A reorder of a few hundred items is a few kilobytes; nothing here needs more. */
export const MAX_JSON_BYTES = 64 * 1024

/** The request's JSON object, or the 400 (413 when too big) refusing it. */
export const readJsonObject = (req: PayloadRequest) => readJson(req, MAX_JSON_BYTES)

/** The `:id` of the route if it can be a stored id. */
export const routeId = (req: PayloadRequest) => storedId(req.routeParams?.id)

/** The rundown of the route (depth 0), or the 404 answer. */
export async function rundownOfRoute(req: PayloadRequest): Promise<RundownDoc | Response> {
  const id = routeId(req)
  const rundown =
    id === undefined
      ? null
      : await req.payload
          .findByID({ collection: RUNDOWNS_SLUG, id, depth: 0, req, overrideAccess: true })
          .catch(() => null)
  if (!rundown) return errorResponse(404, `Không tìm thấy kịch bản "${String(req.routeParams?.id ?? '')}".`)
  return rundown as unknown as RundownDoc
}

/** A Payload error's status and message, or a logged 500 without internals. */
export function failure(req: PayloadRequest, error: unknown, what: string): Response {
  const status = (error as { status?: number }).status
  if (status && status >= 400 && status < 500) {
    const data = (error as { data?: { errors?: Array<{ message?: string }> } }).data
    const detail = data?.errors
      ?.map((entry) => entry.message)
      .filter(Boolean)
      .join('; ')
    return errorResponse(status, detail ? `${(error as Error).message}: ${detail}` : (error as Error).message)
  }
  req.payload.logger.error({ err: error }, what)
  return errorResponse(500, 'Lỗi máy chủ; không có thay đổi nào được lưu, hãy thử lại.')
}
