/**
 * One HTTP POST to a platform for the push adapters (website webhook, ninjs exchange), turning every
 * failure into the DeliveryError the worker understands: retry on 5xx/408/429/timeouts/connection
 * errors, fail at once on other 4xx, and keep the platform's own words for staff.
 */
import { type AdapterContext, DeliveryError } from '../types'

export type PostResult = { status: number; text: string }

const MAX_PLATFORM_MESSAGE = 500
const DEFAULT_TIMEOUT_SECONDS = 30

/** Retry-After in ms: delay-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined
  const value = header.trim()
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** The platform's explanation: `message`/`error`/`detail` of a JSON answer, else the text itself, shortened. */
export function platformMessageOf(text: string): string | undefined {
  const trimmed = text.trim()
  if (!trimmed) return undefined
  try {
    const body = JSON.parse(trimmed) as Record<string, unknown>
    const error = body.error as Record<string, unknown> | string | undefined
    const candidate =
      body.message ??
      (typeof error === 'object' && error ? error.message : error) ??
      body.detail ??
      body.title
    if (typeof candidate === 'string' && candidate.trim())
      return candidate.trim().slice(0, MAX_PLATFORM_MESSAGE)
  } catch {
    // not JSON: the text is the message
  }
  return trimmed.slice(0, MAX_PLATFORM_MESSAGE)
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return 'máy chủ đích'
  }
}

function failureOf(error: unknown, context: AdapterContext, host: string): DeliveryError {
  // Not `instanceof Error`: the abort reason is a DOMException, from another realm under some runners.
  const name = (error as { name?: unknown } | undefined)?.name
  if (context.signal.aborted) {
    return new DeliveryError('Lần gửi bị dừng giữa chừng (delivery aborted).', {
      retryable: true,
      cause: error,
    })
  }
  if (name === 'TimeoutError' || name === 'AbortError') {
    const seconds = context.target.timeoutSeconds || DEFAULT_TIMEOUT_SECONDS
    return new DeliveryError(`${host} không trả lời sau ${seconds} giây (timeout).`, {
      retryable: true,
      cause: error,
    })
  }
  const code = (error as { cause?: { code?: string } })?.cause?.code
  return new DeliveryError(`Không kết nối được tới ${host}${code ? ` (${code})` : ''} (connection failed).`, {
    retryable: true,
    cause: error,
  })
}

function rejectionOf(status: number, text: string, retryAfter: string | null, host: string): DeliveryError {
  const platformMessage = platformMessageOf(text)
  const said = platformMessage ? `: ${platformMessage}` : ''
  if (status === 429) {
    return new DeliveryError(`${host} báo gửi quá nhanh, sẽ thử lại (HTTP 429 rate limited)${said}`, {
      retryable: true,
      retryAfterMs: parseRetryAfter(retryAfter),
      status,
      platformMessage,
    })
  }
  if (status >= 500 || status === 408) {
    return new DeliveryError(`${host} gặp lỗi tạm thời, sẽ thử lại (HTTP ${status})${said}`, {
      retryable: true,
      retryAfterMs: parseRetryAfter(retryAfter),
      status,
      platformMessage,
    })
  }
  if (status === 401 || status === 403) {
    return new DeliveryError(
      `${host} từ chối thông tin xác thực, cần kiểm tra khóa/chữ ký của đích (HTTP ${status} credentials refused)${said}`,
      { retryable: false, status, platformMessage },
    )
  }
  if (status >= 300 && status < 400) {
    return new DeliveryError(
      `${host} chuyển hướng sang địa chỉ khác, cần sửa địa chỉ của đích (HTTP ${status} redirect)`,
      {
        retryable: false,
        status,
        platformMessage,
      },
    )
  }
  return new DeliveryError(`${host} không nhận tin (HTTP ${status})${said}`, {
    retryable: false,
    status,
    platformMessage,
  })
}

/** POSTs `body` as is (callers sign the exact bytes they pass) and returns the 2xx answer. */
export async function postDelivery(
  context: AdapterContext,
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<PostResult> {
  const host = hostOf(url)
  const seconds = context.target.timeoutSeconds > 0 ? context.target.timeoutSeconds : DEFAULT_TIMEOUT_SECONDS
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      // A followed redirect would turn the POST into a GET: report it so staff fix the address.
      redirect: 'manual',
      signal: AbortSignal.any([context.signal, AbortSignal.timeout(seconds * 1000)]),
    })
  } catch (error) {
    throw failureOf(error, context, host)
  }
  let text: string
  try {
    text = await response.text()
  } catch (error) {
    throw failureOf(error, context, host)
  }
  if (!response.ok) throw rejectionOf(response.status, text, response.headers.get('retry-after'), host)
  return { status: response.status, text }
}

/** http(s) URL check for target settings; returns the problem text or undefined. */
export function httpUrlProblem(value: unknown, what: string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return `Thiếu ${what} (missing URL).`
  try {
    const url = new URL(value)
    if (url.protocol === 'http:' || url.protocol === 'https:') return undefined
  } catch {
    // falls through to the message below
  }
  return `${what} phải là địa chỉ http(s) hợp lệ (must be an http(s) URL).`
}
