/**
 * A local stand-in for an OpenAI-compatible endpoint (node:http on 127.0.0.1, random port):
 * `POST /v1/chat/completions` as JSON or SSE and `GET /v1/models`. Tests script the next answers
 * (errors, 429 with Retry-After, hangs, broken bodies, refusals); unscripted requests get a
 * plausible answer built from the request, so whole-plugin tests can run without scripting.
 */
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { defaultAnswer } from './openaiServerAnswers'

export type Usage = { prompt_tokens: number; completion_tokens: number }

export type Behaviour =
  /** The built-in answer derived from the request (what unscripted requests get). */
  | { kind: 'default'; usage?: Usage | null }
  /** `content` as the message (an object is sent as its JSON); `usage: null` leaves usage out. */
  | { kind: 'answer'; content: string | object; usage?: Usage | null; finishReason?: string }
  /** An error status in the OpenAI error format, e.g. 500, or 429 with `headers: {'retry-after': '1'}`. */
  | { kind: 'status'; status: number; message?: string; headers?: Record<string, string> }
  /** Sends nothing for `ms`, then the default answer (if the client is still there). */
  | { kind: 'hang'; ms: number }
  /** HTTP 200 whose body is not valid JSON (or, streaming, an SSE event that is not). */
  | { kind: 'malformed' }
  | { kind: 'refusal'; refusal?: string }
  | { kind: 'contentFilter' }

export type ChatBody = {
  model: string
  messages: { role: string; content: string }[]
  stream?: boolean
  stream_options?: { include_usage?: boolean }
  max_tokens?: number
  response_format?: { type: string }
  [key: string]: unknown
}

export type RecordedRequest = {
  /** performance.now() when the request arrived. */
  at: number
  method: string
  path: string
  headers: IncomingHttpHeaders
  /** Parsed JSON body (undefined for GET or an unreadable body). */
  body: ChatBody | undefined
  /** What was answered: the status, and for a completion the content and usage sent. */
  reply?: { status: number; content?: string; usage?: Usage | null }
}

export type TestOpenAIServer = {
  /** Base URL including /v1, for the client's baseURL. */
  url: string
  requests: RecordedRequest[]
  /** The recorded chat-completion requests only. */
  completions(): RecordedRequest[]
  /** Scripts the next completion answers, in order; afterwards answers are the default again. */
  enqueue(...behaviours: Behaviour[]): void
  /** Forgets recorded requests and scripted answers not yet used (between tests). */
  reset(): void
  close(): Promise<void>
}

type Reply = { content: string; refusal?: string; finishReason: string; usage: Usage | null }

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

function errorBody(status: number, message: string) {
  const type = status === 429 ? 'rate_limit_error' : status >= 500 ? 'server_error' : 'invalid_request_error'
  const code = status === 401 ? 'invalid_api_key' : status === 429 ? 'rate_limit_exceeded' : null
  return { error: { message, type, param: null, code } }
}

const STATUS_MESSAGES: Record<number, string> = {
  400: 'Invalid request.',
  401: 'Incorrect API key provided.',
  404: 'The model does not exist.',
  429: 'Rate limit reached for requests.',
  500: 'The server had an error while processing your request.',
  503: 'The engine is currently overloaded.',
}

function estimateUsage(body: ChatBody, content: string): Usage {
  const promptChars = body.messages.reduce((sum, message) => sum + String(message.content ?? '').length, 0)
  return { prompt_tokens: Math.ceil(promptChars / 3), completion_tokens: Math.ceil(content.length / 3) }
}

function writeCompletion(res: ServerResponse, body: ChatBody, reply: Reply) {
  const id = `chatcmpl-${randomUUID()}`
  const created = Math.floor(Date.now() / 1000)
  const usage = reply.usage && {
    ...reply.usage,
    total_tokens: reply.usage.prompt_tokens + reply.usage.completion_tokens,
  }
  if (!body.stream) {
    const message = {
      role: 'assistant',
      content: reply.refusal ? null : reply.content,
      refusal: reply.refusal ?? null,
    }
    const choice = { index: 0, message, finish_reason: reply.finishReason, logprobs: null }
    sendJson(res, 200, {
      id,
      object: 'chat.completion',
      created,
      model: body.model,
      choices: [choice],
      ...(usage ? { usage } : {}),
    })
    return
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
  const event = (choices: unknown[], extra: object = {}) =>
    res.write(
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: body.model, choices, ...extra })}\n\n`,
    )
  const delta = (fields: object, finishReason: string | null = null) =>
    event([{ index: 0, delta: fields, finish_reason: finishReason, logprobs: null }])
  delta({ role: 'assistant', content: '' })
  if (reply.refusal) delta({ refusal: reply.refusal })
  // A few pieces, cut anywhere (even inside a JSON string), as real servers do.
  const size = Math.max(1, Math.ceil(reply.content.length / 3))
  for (let start = 0; start < reply.content.length; start += size) {
    delta({ content: reply.content.slice(start, start + size) })
  }
  delta({}, reply.finishReason)
  if (body.stream_options?.include_usage && usage) event([], { usage })
  res.end('data: [DONE]\n\n')
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startOpenAIServer(
  options: { apiKey?: string; models?: string[] } = {},
): Promise<TestOpenAIServer> {
  const requests: RecordedRequest[] = []
  const queue: Behaviour[] = []
  const timers = new Set<NodeJS.Timeout>()
  const models = options.models ?? ['test-model']

  const complete = (res: ServerResponse, record: RecordedRequest, body: ChatBody, behaviour: Behaviour) => {
    if (res.destroyed) return
    const reply = (fields: Omit<Reply, 'usage'>, usage: Usage | null | undefined) => {
      const sent = usage === undefined ? estimateUsage(body, fields.content + (fields.refusal ?? '')) : usage
      record.reply = { status: 200, content: fields.content, usage: sent }
      writeCompletion(res, body, { ...fields, usage: sent })
    }
    switch (behaviour.kind) {
      case 'default':
        return reply({ content: JSON.stringify(defaultAnswer(body)), finishReason: 'stop' }, behaviour.usage)
      case 'answer': {
        const content =
          typeof behaviour.content === 'string' ? behaviour.content : JSON.stringify(behaviour.content)
        return reply({ content, finishReason: behaviour.finishReason ?? 'stop' }, behaviour.usage)
      }
      case 'refusal':
        return reply(
          {
            content: '',
            refusal: behaviour.refusal ?? 'Tôi không thể giúp yêu cầu này.',
            finishReason: 'stop',
          },
          undefined,
        )
      case 'contentFilter':
        return reply({ content: '', finishReason: 'content_filter' }, undefined)
      case 'status': {
        record.reply = { status: behaviour.status }
        const message = behaviour.message ?? STATUS_MESSAGES[behaviour.status] ?? `Error ${behaviour.status}.`
        return sendJson(res, behaviour.status, errorBody(behaviour.status, message), behaviour.headers)
      }
      case 'malformed':
        record.reply = { status: 200 }
        if (body.stream) {
          res.writeHead(200, { 'content-type': 'text/event-stream' })
          return res.end('data: {"id": "chatcmpl-broken", "choices": [\n\n')
        }
        res.writeHead(200, { 'content-type': 'application/json' })
        return res.end('{"id": "chatcmpl-broken", "choices": [{"message": ')
      case 'hang': {
        const timer = setTimeout(() => {
          timers.delete(timer)
          complete(res, record, body, { kind: 'default' })
        }, behaviour.ms)
        timers.add(timer)
        return
      }
    }
  }

  const server = createServer(async (req, res) => {
    const record: RecordedRequest = {
      at: performance.now(),
      method: req.method ?? '',
      path: new URL(req.url ?? '/', 'http://localhost').pathname,
      headers: req.headers,
      body: undefined,
    }
    requests.push(record)
    const raw = await readBody(req)
    try {
      record.body = raw ? (JSON.parse(raw) as ChatBody) : undefined
    } catch {
      record.reply = { status: 400 }
      return sendJson(res, 400, errorBody(400, 'We could not parse the JSON body of your request.'))
    }
    if (options.apiKey && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      record.reply = { status: 401 }
      return sendJson(res, 401, errorBody(401, STATUS_MESSAGES[401]!))
    }
    if (req.method === 'GET' && record.path === '/v1/models') {
      record.reply = { status: 200 }
      const created = Math.floor(Date.now() / 1000)
      return sendJson(res, 200, {
        object: 'list',
        data: models.map((id) => ({ id, object: 'model', created, owned_by: 'test' })),
      })
    }
    if (req.method === 'POST' && record.path === '/v1/chat/completions') {
      const body = record.body
      if (!body?.model || !Array.isArray(body.messages)) {
        record.reply = { status: 400 }
        return sendJson(res, 400, errorBody(400, "Missing required parameter: 'model' or 'messages'."))
      }
      return complete(res, record, body, queue.shift() ?? { kind: 'default' })
    }
    record.reply = { status: 404 }
    sendJson(res, 404, errorBody(404, `Unknown request URL: ${req.method} ${record.path}.`))
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  let closed = false

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    completions: () => requests.filter((request) => request.path === '/v1/chat/completions'),
    enqueue: (...behaviours) => void queue.push(...behaviours),
    reset() {
      requests.length = 0
      queue.length = 0
    },
    async close() {
      if (closed) return
      closed = true
      for (const timer of timers) clearTimeout(timer)
      const closing = new Promise<void>((resolve) => server.close(() => resolve()))
      // Keep-alive sockets (and hung requests) would otherwise hold close() open.
      server.closeAllConnections()
      await closing
    },
  }
}
