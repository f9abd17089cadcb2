import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

/**
 * Express → Fetch Request. The body is streamed, never buffered or parsed here, so Payload's
 * own multipart and JSON handling (and its size limits) apply. x-forwarded-for is replaced by
 * the address Express resolved (honouring TRUST_PROXY), so clients cannot forge the IP that
 * the audit log records.
 */
export function toFetchRequest(req: ExpressRequest, origin: string): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const v of value) headers.append(name, v)
    else headers.set(name, value)
  }
  headers.set('x-forwarded-for', req.ip ?? req.socket.remoteAddress ?? '')
  const method = req.method.toUpperCase()
  const hasBody = method !== 'GET' && method !== 'HEAD'
  return new Request(new URL(req.originalUrl, origin), {
    method,
    headers,
    body: hasBody ? requestBodyStream(req) : undefined,
    // Required by Node's fetch for streamed request bodies.
    duplex: 'half',
  } as RequestInit)
}

/**
 * Node's Readable.toWeb throws "Controller is already closed" (an uncaught exception) when the
 * consumer cancels mid-body, which Payload does when an upload passes the size limit. This one
 * keeps backpressure, and after a cancel drains the rest of the body so the client still gets
 * the 413 instead of a reset connection.
 */
export function requestBodyStream(req: Readable): ReadableStream<Uint8Array> {
  let done = false
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        req.on('data', (chunk: Buffer) => {
          if (done) return
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength))
          if ((controller.desiredSize ?? 0) <= 0) req.pause()
        })
        req.on('end', () => {
          if (done) return
          done = true
          controller.close()
        })
        req.on('error', (error) => {
          if (done) return
          done = true
          controller.error(error)
        })
      },
      pull() {
        req.resume()
      },
      cancel() {
        done = true
        req.resume()
      },
    },
    { highWaterMark: 1024 * 1024, size: (chunk) => chunk?.byteLength ?? 0 },
  )
}

/** Fetch Response → Express, streaming the body and keeping every Set-Cookie. */
export async function sendFetchResponse(response: Response, res: ExpressResponse): Promise<void> {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name.toLowerCase() === 'set-cookie') return
    res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  const body = Readable.fromWeb(response.body as unknown as NodeReadableStream)
  await new Promise<void>((resolve, reject) => {
    body.on('error', reject)
    res.on('close', resolve)
    body.pipe(res)
  })
}
