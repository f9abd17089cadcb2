/**
 * One HTTP exchange with Zalo: the timeout, the `access_token` header, reading the answer and
 * turning every kind of failure into a DeliveryError. Token refresh lives in tokens.ts.
 */
import { DeliveryError, type TargetConfig } from '../../types'
import { zaloCodeError, zaloHttpError } from './errors'

export const DEFAULT_API_BASE = 'https://openapi.zalo.me'
export const DEFAULT_OAUTH_BASE = 'https://oauth.zaloapp.com'

export type ZaloRequest = {
  method: 'GET' | 'POST'
  /** Path under the API base, e.g. '/v2.0/article/create'. */
  path: string
  query?: Record<string, string | number>
  /** A JSON body, or a multipart form (video upload). */
  json?: unknown
  form?: FormData
  headers?: Record<string, string>
  /** What the call does, in Vietnamese, for messages: 'tạo bài viết'. */
  what: string
}

export type RawAnswer = { status: number; headers: Headers; text: string }

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}

export function apiBase(target: TargetConfig): string {
  return trimSlash(target.baseURL?.trim() || DEFAULT_API_BASE)
}

export function oauthBase(target: TargetConfig): string {
  const configured = target.settings.oauthURL
  return trimSlash(
    typeof configured === 'string' && configured.trim() ? configured.trim() : DEFAULT_OAUTH_BASE,
  )
}

function causeCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause
  return typeof cause?.code === 'string' ? cause.code : undefined
}

/**
 * Sends one request and reads the whole answer within the target's timeout. A cancelled job
 * rethrows its own abort reason; a timeout or a connection failure becomes a retryable error.
 */
export async function sendHttp(
  url: string,
  init: RequestInit,
  options: { target: TargetConfig; signal: AbortSignal; what: string },
): Promise<RawAnswer> {
  const timeoutSeconds = options.target.timeoutSeconds > 0 ? options.target.timeoutSeconds : 15
  const timeout = AbortSignal.timeout(timeoutSeconds * 1000)
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.any([options.signal, timeout]) })
    const text = await response.text()
    return { status: response.status, headers: response.headers, text }
  } catch (error) {
    if (options.signal.aborted) throw options.signal.reason ?? error
    if (timeout.aborted) {
      throw new DeliveryError(
        `Zalo không trả lời trong ${timeoutSeconds} giây khi ${options.what} (timeout); sẽ thử lại.`,
        { retryable: true, cause: error },
      )
    }
    const code = causeCode(error)
    throw new DeliveryError(
      `Không kết nối được tới Zalo khi ${options.what}${code ? ` (${code})` : ''}; sẽ thử lại (connection failed).`,
      { retryable: true, cause: error },
    )
  }
}

export type ZaloEnvelope = { error?: unknown; message?: unknown; data?: unknown }

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** The `message` (or OAuth's `error_description`) of a Zalo body, when it has one. */
export function bodyMessage(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined
  const record = body as Record<string, unknown>
  for (const key of ['message', 'error_description', 'error_reason', 'error_name']) {
    const value = record[key]
    if (typeof value === 'string' && value.trim()) return value
  }
  return undefined
}

/** `data` of a successful Zalo answer; anything else throws the matching DeliveryError. */
export function readEnvelope(answer: RawAnswer, what: string): unknown {
  const body = parseJson(answer.text)
  if (answer.status < 200 || answer.status >= 300) {
    throw zaloHttpError(what, answer.status, answer.headers.get('retry-after'), bodyMessage(body))
  }
  if (!body || typeof body !== 'object') {
    // A proxy's HTML page or a cut answer: nothing says the request was refused, so try again.
    throw new DeliveryError(`Zalo trả lời không đọc được khi ${what} (not JSON); sẽ thử lại.`, {
      retryable: true,
      status: answer.status,
    })
  }
  const envelope = body as ZaloEnvelope
  const code = Number(envelope.error ?? 0)
  if (Number.isFinite(code) && code !== 0) throw zaloCodeError(what, code, bodyMessage(body))
  return envelope.data
}

/** Calls the OpenAPI with `accessToken` and returns `data` of the answer. */
export async function callZalo(
  target: TargetConfig,
  signal: AbortSignal,
  accessToken: string,
  request: ZaloRequest,
): Promise<unknown> {
  const url = new URL(apiBase(target) + request.path)
  for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, String(value))
  const headers: Record<string, string> = { access_token: accessToken, ...request.headers }
  let body: BodyInit | undefined
  if (request.form) body = request.form
  else if (request.json !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(request.json)
  }
  const answer = await sendHttp(
    url.toString(),
    { method: request.method, headers, body },
    { target, signal, what: request.what },
  )
  return readEnvelope(answer, request.what)
}
