import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Received = {
  method: string
  path: string
  headers: IncomingHttpHeaders
  raw: string
  body: unknown
}
export type Answer = number | 'hang' | { status: number; headers?: Record<string, string>; body?: unknown }

/**
 * A plain receiving end for webhooks and exchange partners (the agency's site, another agency's
 * NINJS intake): records what arrives, answers 200, or what the test scripts next.
 */
export async function startWebhookServer() {
  const received: Received[] = []
  const scripted: Answer[] = []
  const hanging = new Set<import('node:http').ServerResponse>()
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      let body: unknown
      try {
        body = raw ? JSON.parse(raw) : undefined
      } catch {
        body = raw
      }
      received.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, raw, body })
      const answer = scripted.shift() ?? 200
      if (answer === 'hang') {
        hanging.add(res)
        return
      }
      const {
        status,
        headers = {},
        body: reply = { ok: true },
      } = typeof answer === 'number' ? { status: answer } : answer
      res.writeHead(status, { 'content-type': 'application/json', ...headers })
      res.end(JSON.stringify(status >= 400 ? { error: `HTTP ${status}` } : reply))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    script: (...answers: Answer[]) => scripted.push(...answers),
    /** Distinct deliveries by their idempotency header: a duplicate shows as a key seen twice. */
    keys: (header = 'x-newsroom-delivery') => received.map((r) => String(r.headers[header] ?? '')),
    close: async () => {
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
