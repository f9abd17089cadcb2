import { Readable } from 'node:stream'

import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../../../src/access'
import { errorResponse } from '../../../src/lib/httpErrors'
import type { MediaRuntime } from '../lib/context'
import { renditionPath } from '../lib/keys'
import { verifySignedPath } from '../lib/signedUrl'

type Rendition = { name: string; key: string; mimeType?: string | null; filesize?: number | null }
type MediaDoc = {
  id: number | string
  restricted?: boolean | null
  processing?: { status?: string | null; generation?: number | null } | null
  renditions?: Rendition[] | null
}

/** "bytes=0-99" → inclusive range within size; undefined when absent, 'invalid' when unsatisfiable. */
export function parseRange(
  header: string | null,
  size: number,
): { start: number; end: number } | 'invalid' | undefined {
  if (!header) return undefined
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!match || (match[1] === '' && match[2] === '')) return 'invalid'
  let start: number
  let end: number
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]))
    end = size - 1
  } else {
    start = Number(match[1])
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  }
  if (start > end || start >= size) return 'invalid'
  return { start, end }
}

async function loadDoc(req: PayloadRequest, id: string, signed: boolean): Promise<MediaDoc | undefined> {
  const doc = await req.payload
    .findByID({ collection: 'media', id, depth: 0, req, overrideAccess: signed, disableErrors: true })
    .catch(() => null)
  return (doc as MediaDoc | null) ?? undefined
}

/**
 * Serves a rendition from storage, streamed, with byte ranges for audio and video players.
 * Restricted assets need a staff login or a signed link that has not expired.
 */
export const serveRendition = (runtime: MediaRuntime): Endpoint => ({
  path: '/:id/renditions/:name',
  method: 'get',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    const name = String(req.routeParams?.name ?? '')
    const url = new URL(req.url ?? '', 'http://localhost')
    const signedQuery = url.searchParams.has('sig') || url.searchParams.has('expires')
    if (signedQuery) {
      const check = verifySignedPath(renditionPath(id, name), url.searchParams, runtime.signingSecret)
      if (!check.ok) {
        const reason = check.reason === 'expired' ? 'đã hết hạn' : 'không hợp lệ'
        return errorResponse(403, `Liên kết có chữ ký ${reason}: hãy lấy liên kết mới.`)
      }
    }
    const doc = await loadDoc(req, id, signedQuery)
    if (!doc) return errorResponse(404, `Không tìm thấy tư liệu "${id}".`)
    if (
      doc.restricted &&
      !signedQuery &&
      !hasRole(req, 'reporter', 'editor', 'deskChief', 'manager', 'admin')
    ) {
      return errorResponse(403, 'Tư liệu có bản quyền hạn chế: chỉ mở được bằng liên kết có chữ ký còn hạn.')
    }
    const rendition = doc.renditions?.find((r) => r.name === name)
    if (!rendition) {
      const status = doc.processing?.status
      if (status === 'pending' || status === 'processing') {
        return errorResponse(404, `Bản "${name}" đang được xử lý, hãy thử lại sau ít giây.`, {
          'retry-after': '5',
        })
      }
      return errorResponse(404, `Tư liệu ${id} không có bản "${name}".`)
    }
    const etag = `"${doc.processing?.generation ?? 0}-${name}-${rendition.filesize ?? 0}"`
    const cacheControl = doc.restricted ? 'private, no-store' : 'public, max-age=300'
    if (req.headers.get('if-none-match') === etag) {
      return new Response(null, { status: 304, headers: { etag, 'cache-control': cacheControl } })
    }
    const size = rendition.filesize ?? 0
    const range = parseRange(req.headers.get('range'), size)
    if (range === 'invalid') {
      return errorResponse(416, 'Khoảng byte yêu cầu không hợp lệ.', { 'content-range': `bytes */${size}` })
    }
    let object
    try {
      object = await runtime.storage.read(rendition.key, range)
    } catch (error) {
      req.payload.logger.error({ err: error }, `Không đọc được bản dựng ${rendition.key}`)
      return errorResponse(404, `Tệp của bản "${name}" không còn trong kho lưu trữ.`)
    }
    const headers: Record<string, string> = {
      'content-type': rendition.mimeType || object.contentType || 'application/octet-stream',
      'content-length': String(object.size),
      'accept-ranges': 'bytes',
      'cache-control': cacheControl,
      etag,
    }
    if (range) headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`
    const body = Readable.toWeb(object.body) as unknown as ReadableStream
    return new Response(body, { status: range ? 206 : 200, headers })
  },
})
