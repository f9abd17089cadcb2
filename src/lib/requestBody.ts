import type { PayloadRequest } from 'payload'

import { errorResponse } from './httpErrors'

/** The request body, refused (413) as soon as it passes `limit` bytes; nothing more is read. */
export async function readCapped(
  req: PayloadRequest,
  limit: number,
  refusal: () => Response,
): Promise<Uint8Array<ArrayBuffer> | Response> {
  const body = req.body as ReadableStream<Uint8Array> | null | undefined
  const declared = Number(req.headers.get('content-length') ?? '0')
  if (declared > limit) {
    // Cancelling lets the server drain the rest, so the client reads the 413 instead of a reset.
    await body?.cancel().catch(() => undefined)
    return refusal()
  }
  if (!body) return new Uint8Array(new ArrayBuffer(0))
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel().catch(() => undefined)
      return refusal()
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(new ArrayBuffer(total))
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

/** The request's JSON object, or the 400 (413 past `maxBytes`) refusing it; nothing past the cap is read. */
export async function readJsonObject(
  req: PayloadRequest,
  maxBytes: number,
): Promise<Record<string, unknown> | Response> {
  try {
    const bytes = await readCapped(req, maxBytes, () =>
      errorResponse(413, `Nội dung yêu cầu vượt quá ${maxBytes / 1024} KB.`),
    )
    if (bytes instanceof Response) return bytes
    const text = new TextDecoder().decode(bytes)
    const body: unknown = text ? JSON.parse(text) : {}
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object')
    return body as Record<string, unknown>
  } catch {
    return errorResponse(400, 'Nội dung yêu cầu phải là một đối tượng JSON hợp lệ.')
  }
}
