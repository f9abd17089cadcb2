import type { PayloadRequest } from 'payload'

import { mayImportAudience, mayKeepFigures, mayReadFigures } from '../../../src/access/figures'
import { errorResponse } from '../../../src/lib/httpErrors'
import { type LineError, lineErrorResponse } from '../../../src/lib/imports/responses'

/** Small request helpers the audience endpoints share; every refusal is in Payload's error shape. */

export function refuseReader(req: PayloadRequest): Response | undefined {
  if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
  if (!mayReadFigures(req))
    return errorResponse(403, 'Chỉ trưởng ban, lãnh đạo và quản trị được xem số liệu khán giả.')
}

export function refuseImporter(req: PayloadRequest): Response | undefined {
  if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
  if (!mayImportAudience(req))
    return errorResponse(403, 'Chỉ lãnh đạo, quản trị và ứng dụng tích hợp được nhập số liệu khán giả.')
}

export function refuseKeeper(req: PayloadRequest): Response | undefined {
  if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
  if (!mayKeepFigures(req)) return errorResponse(403, 'Chỉ lãnh đạo và quản trị được làm việc này.')
}

/** Every listed line error, plus one saying how many more there were. */
export function importErrorResponse(status: 400 | 409, errors: readonly LineError[], more = 0): Response {
  const all =
    more > 0
      ? [...errors, { line: 0, message: `… và ${more} lỗi khác (sửa các lỗi trên rồi gửi lại để xem tiếp).` }]
      : errors
  return lineErrorResponse(all, status)
}

/** A publication or desk named in a filter must exist (404 otherwise). */
export async function refuseUnknown(
  req: PayloadRequest,
  collection: 'publications' | 'desks',
  id: number | string | undefined,
): Promise<Response | undefined> {
  if (id === undefined) return undefined
  const { totalDocs } = await req.payload.count({
    collection,
    where: { id: { equals: id } },
    overrideAccess: true,
  })
  if (totalDocs === 0)
    return errorResponse(404, `Không có ${collection === 'desks' ? 'ban' : 'ấn phẩm / kênh'} #${id}.`)
}
