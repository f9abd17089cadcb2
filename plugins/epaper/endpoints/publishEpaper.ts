import type { Endpoint, PayloadRequest } from 'payload'

import { canPublishEpaper } from '../../../src/access/epaper'
import { errorResponse } from '../../../src/lib/httpErrors'
import { loadEdition, writeEditionEpaper } from '../lib/editions'

async function readPublished(req: PayloadRequest): Promise<boolean | string> {
  let body: unknown
  try {
    const text = req.text ? await req.text() : ''
    body = text ? JSON.parse(text) : undefined
  } catch {
    return 'Nội dung yêu cầu phải là JSON hợp lệ, ví dụ { "published": true }.'
  }
  const published = (body as { published?: unknown } | undefined)?.published
  if (typeof published !== 'boolean') return '"published" phải là true hoặc false.'
  return published
}

/**
 * `POST /api/editions/:id/epaper/publish` with `{ "published": true | false }`: shows the edition
 * in the public reader, or takes it out. Only an e-paper whose pages are ready can go out (409).
 */
export const publishEpaperEndpoint: Endpoint = {
  path: '/:id/epaper/publish',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
    if (!canPublishEpaper(req)) {
      return errorResponse(403, 'Chỉ trưởng ban, lãnh đạo hoặc quản trị được phát hành báo in điện tử.')
    }
    const published = await readPublished(req)
    if (typeof published === 'string') return errorResponse(400, published)
    const id = String(req.routeParams?.id ?? '')
    const edition = await loadEdition(req.payload, id)
    if (!edition) return errorResponse(404, `Không tìm thấy số báo "${id}".`)
    const epaper = edition.epaper ?? {}
    if (published && (epaper.status !== 'ready' || !epaper.pageCount)) {
      const state =
        epaper.status === 'processing'
          ? 'đang xử lý'
          : epaper.status === 'failed'
            ? 'bị lỗi'
            : 'chưa có trang'
      return errorResponse(409, `Chưa phát hành được: báo in điện tử của số này ${state}.`)
    }
    const next = {
      published,
      publishedAt: published ? (epaper.published ? epaper.publishedAt : new Date().toISOString()) : null,
    }
    await writeEditionEpaper(req.payload, edition.id, next, req)
    return Response.json({ edition: edition.id, epaper: { ...epaper, ...next } })
  },
}
