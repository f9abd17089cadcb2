/**
 * What a failed call to the endpoint means: retry it (and after how long), retry once because the
 * answer was unreadable, or give up. Also the Vietnamese messages the editor sees for each case.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai'

import { AnswerFormatError } from './parseOutput'

export type Failure =
  /** 429, 5xx, 408/409, a timeout or a connection error: worth another try. */
  | { kind: 'transient'; status?: number; timeout?: boolean; retryAfterMs?: number; detail: string }
  /** HTTP 200 whose body or answer is not the JSON expected. */
  | { kind: 'malformed'; detail: string }
  /** Any other 4xx: retrying the same request cannot help. */
  | { kind: 'permanent'; status: number; detail: string }

/** The wait a response asks for (`retry-after-ms`, `Retry-After` in seconds or as an HTTP date), in ms. */
export function retryAfterMs(headers: Headers | undefined | null, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '')
  if (Number.isFinite(ms) && ms >= 0) return Math.ceil(ms)
  const value = headers?.get('retry-after')?.trim()
  if (!value) return undefined
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

const BACKOFF_BASE_MS = 500
const BACKOFF_CAP_MS = 8_000

/** Exponential backoff for the `retry`-th retry (0-based) without Retry-After: 500 ms × 2^n, ±25% jitter. */
export function backoffMs(retry: number, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** retry)
  return Math.round(base * (0.75 + random() * 0.5))
}

function serverMessage(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined
  if (typeof body?.message === 'string' && body.message.trim()) return body.message.trim()
  return error.message.replace(/^\d{3}\s+/, '')
}

/**
 * The innermost message of a cause chain ("fetch failed" → "connect ECONNREFUSED 10.0.0.5:8000").
 * Duck-typed: under test runners the transport's errors come from another realm.
 */
function deepestMessage(error: Error): string {
  let message = error.message
  let current: unknown = (error as { cause?: unknown }).cause
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const candidate = (current as { message?: unknown }).message
    if (typeof candidate === 'string' && candidate && candidate !== '{}') message = candidate
    current = (current as { cause?: unknown }).cause
  }
  return message
}

/** How to treat `error`, or undefined when it is not a call failure (an abort, a bug: rethrow it). */
export function classifyFailure(error: unknown): Failure | undefined {
  if (error instanceof APIUserAbortError) return undefined
  if (error instanceof APIConnectionTimeoutError)
    return { kind: 'transient', timeout: true, detail: 'timeout' }
  if (error instanceof APIConnectionError) return { kind: 'transient', detail: deepestMessage(error) }
  if (error instanceof APIError) {
    const status = error.status
    // No status: an error event inside a stream that had started fine (the server gave up midway).
    if (status === undefined || status === 408 || status === 409 || status === 429 || status >= 500) {
      return {
        kind: 'transient',
        status,
        retryAfterMs: retryAfterMs(error.headers),
        detail: serverMessage(error),
      }
    }
    return { kind: 'permanent', status, detail: serverMessage(error) }
  }
  if (error instanceof SyntaxError || error instanceof AnswerFormatError) {
    return { kind: 'malformed', detail: error.message }
  }
  return undefined
}

function seconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`
  return `${Math.ceil(ms / 1000).toLocaleString('vi-VN')} giây`
}

/** Why the endpoint is unavailable, for AiUnavailableError. */
export function unavailableMessage(
  failure: Extract<Failure, { kind: 'transient' }>,
  host: string,
  attempts: number,
  timeoutMs: number,
): string {
  const tries = attempts > 1 ? ` (đã thử ${attempts} lần)` : ''
  if (failure.timeout) return `Máy chủ AI ${host} không trả lời trong ${seconds(timeoutMs)}${tries}.`
  if (failure.status === 429) {
    const wait = failure.retryAfterMs !== undefined ? `, yêu cầu chờ ${seconds(failure.retryAfterMs)}` : ''
    return `Máy chủ AI ${host} đang giới hạn số yêu cầu (429)${wait}${tries}.`
  }
  if (failure.status !== undefined) {
    return `Máy chủ AI ${host} tạm thời lỗi (${failure.status}: ${failure.detail})${tries}.`
  }
  return `Không kết nối được máy chủ AI ${host} (${failure.detail})${tries}.`
}

/** Why the request was refused for good, for a permanent AiError. */
export function permanentMessage(status: number, serverDetail: string, host: string, model: string): string {
  const detail = serverDetail.replace(/[.\s]+$/, '')
  switch (status) {
    case 401:
      return `Khóa API bị từ chối (401) tại ${host}: ${detail}. Kiểm tra khóa API trong cấu hình AI.`
    case 403:
      return `Khóa API không có quyền dùng mô hình "${model}" (403) tại ${host}: ${detail}.`
    case 404:
      return `Không tìm thấy mô hình "${model}" hoặc địa chỉ API (404) tại ${host}: ${detail}. Kiểm tra tên mô hình và địa chỉ máy chủ.`
    case 400:
      return `Máy chủ AI ${host} từ chối yêu cầu (400): ${detail}.`
    default:
      return `Máy chủ AI ${host} trả lỗi ${status}: ${detail}.`
  }
}
