import { createServer, type IncomingMessage, type Server } from 'node:http'
import { Readable } from 'node:stream'

import { handleEndpoints, type SanitizedConfig } from 'payload'

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers()
  const raw = req.rawHeaders
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string)
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as unknown as ReadableStream) : undefined,
    duplex: 'half',
  } as RequestInit)
}

/**
 * The baseline's HTTP layer: Payload's handleEndpoints behind a bare node:http server, the
 * least anything can put between a socket and Payload's REST API (what @payloadcms/next's
 * route handlers do minus Next). No framework, no middleware, the JSON body sent as one
 * buffer. Whatever our Express bridge costs on top of this shows up in the ratio.
 */
export function createFetchServer(config: Promise<SanitizedConfig>, payloadInstanceCacheKey: string): Server {
  return createServer(async (req, res) => {
    try {
      const response = await handleEndpoints({
        config,
        request: toRequest(req, 'http://127.0.0.1'),
        payloadInstanceCacheKey,
      })
      const headers: Record<string, string | string[]> = {}
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') headers[name] = value
      })
      const cookies = response.headers.getSetCookie()
      if (cookies.length) headers['set-cookie'] = cookies
      res.writeHead(response.status, headers)
      res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined)
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }))
    }
  })
}
