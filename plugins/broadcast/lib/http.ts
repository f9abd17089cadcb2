import type { PayloadRequest } from 'payload'

import { hasRole } from '../../../src/access'
import { errorResponse } from '../../../src/lib/httpErrors'
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

/** The body as text, or undefined once it passes `limit` bytes (the rest is not read). */
async function readCappedText(req: PayloadRequest, limit: number): Promise<string | undefined> {
  if (Number(req.headers.get('content-length') ?? '0') > limit) {
    await req.body?.cancel().catch(() => undefined)
    return undefined
  }
  if (!req.body) return req.text ? await req.text() : ''
  const reader = req.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel().catch(() => undefined)
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The request's JSON object, or the 400 (413 when too big) refusing it. */
export async function readJsonObject(req: PayloadRequest): Promise<Record<string, unknown> | Response> {
  try {
    const text = await readCappedText(req, MAX_JSON_BYTES)
    if (text === undefined)
      return errorResponse(413, `Nội dung yêu cầu vượt quá ${MAX_JSON_BYTES / 1024} KB.`)
    const body: unknown = text ? JSON.parse(text) : {}
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object')
    return body as Record<string, unknown>
  } catch {
    return errorResponse(400, 'Nội dung yêu cầu phải là một đối tượng JSON hợp lệ.')
  }
}

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
