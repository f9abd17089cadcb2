/**
 * Calls to the provincial source system's HTTP API, and its answers turned into results or
 * DeliveryErrors the worker knows how to retry.
 */
import { type AdapterContext, DeliveryError } from '../../types'

export const SYSTEM_NAME = 'Hệ thống thông tin nguồn'
const MAX_PLATFORM_MESSAGE = 500
/** When the target record leaves timeoutSeconds at 0: a bulletin with 10 MB of base64 needs a while. */
const DEFAULT_TIMEOUT_SECONDS = 60

/** What the system answers on success (and, with 409, for a repeated Idempotency-Key). */
export type SourceResult = { id: string; status: string; version?: number; stale?: boolean }

export type SourceResponse = { status: number; headers: Headers; text: string; json: unknown }

/** Retry-After in milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/** The system's own words about an error, from the documented `{ error: { message } }` or common variants. */
export function platformMessageOf(json: unknown, text: string): string | undefined {
  const record = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>
  const error = record.error
  const candidates = [
    error && typeof error === 'object' ? (error as Record<string, unknown>).message : error,
    record.message,
    Array.isArray(record.errors)
      ? (record.errors[0] as Record<string, unknown> | undefined)?.message
      : undefined,
  ]
  const found = candidates.find((value): value is string => typeof value === 'string' && value.trim() !== '')
  const message = (found ?? (json === undefined ? text : '')).trim()
  return message ? message.slice(0, MAX_PLATFORM_MESSAGE) : undefined
}

export function asSourceResult(json: unknown): SourceResult | undefined {
  if (!json || typeof json !== 'object') return undefined
  const { id, status, version, stale } = json as Record<string, unknown>
  if (typeof id !== 'string' || !id || typeof status !== 'string' || !status) return undefined
  return {
    id,
    status,
    ...(typeof version === 'number' ? { version } : {}),
    ...(stale === true ? { stale: true } : {}),
  }
}

export function errorForResponse(response: SourceResponse, now: number = Date.now()): DeliveryError {
  const { status } = response
  const platformMessage = platformMessageOf(response.json, response.text)
  const said = platformMessage ? `: ${platformMessage}` : ''
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now)
  if (status === 429) {
    return new DeliveryError(`${SYSTEM_NAME} đang quá tải, sẽ gửi lại sau (HTTP 429 rate limited)${said}`, {
      retryable: true,
      status,
      retryAfterMs,
      platformMessage,
    })
  }
  if (status >= 500 || status === 408 || status === 409) {
    // 409 without a result: the first request with this Idempotency-Key is still being processed.
    return new DeliveryError(`${SYSTEM_NAME} tạm thời lỗi, sẽ gửi lại (HTTP ${status})${said}`, {
      retryable: true,
      status,
      retryAfterMs,
      platformMessage,
    })
  }
  if (status === 401) {
    return new DeliveryError(
      `${SYSTEM_NAME} từ chối khoá API của đích này (HTTP 401 credentials rejected)${said}`,
      {
        retryable: false,
        status,
        platformMessage,
        credentialsRejected: true,
      },
    )
  }
  return new DeliveryError(`${SYSTEM_NAME} từ chối bản tin (HTTP ${status})${said}`, {
    retryable: false,
    status,
    platformMessage,
  })
}

export type SourceRequest = { method: 'POST' | 'DELETE'; path: string; body?: unknown }

/** One call with the target's key and the delivery's Idempotency-Key; network failures become retryable errors. */
export async function callSourceSystem(
  context: AdapterContext,
  request: SourceRequest,
): Promise<SourceResponse> {
  const { target } = context
  const baseURL = (target.baseURL ?? '').trim().replace(/\/+$/, '')
  if (!/^https?:\/\//i.test(baseURL)) {
    throw new DeliveryError(
      `Đích "${target.name}" chưa có địa chỉ (baseURL) của ${SYSTEM_NAME} (no base URL).`,
      {
        retryable: false,
      },
    )
  }
  const apiKey = target.credentials?.apiKey
  if (!apiKey) {
    throw new DeliveryError(`Đích "${target.name}" chưa có khoá API (credentials.apiKey missing).`, {
      retryable: false,
      credentialsRejected: true,
    })
  }
  const timeoutMs = (target.timeoutSeconds > 0 ? target.timeoutSeconds : DEFAULT_TIMEOUT_SECONDS) * 1000
  const signal = AbortSignal.any([context.signal, AbortSignal.timeout(timeoutMs)])
  const headers: Record<string, string> = {
    Authorization: `Bearer ${apiKey}`,
    'Idempotency-Key': context.delivery.idempotencyKey,
    Accept: 'application/json',
  }
  if (request.body !== undefined) headers['Content-Type'] = 'application/json'
  try {
    const response = await fetch(`${baseURL}${request.path}`, {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal,
    })
    const text = await response.text()
    let json: unknown
    try {
      json = text ? JSON.parse(text) : undefined
    } catch {
      json = undefined
    }
    return { status: response.status, headers: response.headers, text, json }
  } catch (error) {
    if (context.signal.aborted) {
      throw new DeliveryError('Việc gửi bản tin đã bị huỷ (cancelled).', { retryable: true, cause: error })
    }
    // By name: undici's DOMException comes from another realm under jest, so instanceof is unreliable.
    if ((error as { name?: unknown })?.name === 'TimeoutError') {
      throw new DeliveryError(`${SYSTEM_NAME} không trả lời sau ${timeoutMs / 1000} giây (timed out).`, {
        retryable: true,
        cause: error,
      })
    }
    const cause = (error as { cause?: { code?: string; message?: string } })?.cause
    const reason = cause?.code ?? cause?.message
    throw new DeliveryError(
      `Không kết nối được ${SYSTEM_NAME}${reason ? ` (${reason})` : ''} (connection failed).`,
      {
        retryable: true,
        cause: error,
      },
    )
  }
}
