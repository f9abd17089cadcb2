/**
 * What Zalo's answers mean. Zalo answers most API errors with HTTP 200 and a non-zero `error` in
 * the body; real HTTP errors (5xx, 429, 401 from its gateway) happen too. Both end here.
 */
import { DeliveryError } from '../../types'

/**
 * Access token refused: -216 "Access token is invalid" (also seen for expired tokens) and -124
 * (expired token on some OpenAPI versions). The session refreshes once and retries once.
 */
export const TOKEN_ERROR_CODES: ReadonlySet<number> = new Set([-216, -124])

/**
 * Codes treated as transient (retried by the queue), with the wait to suggest. Zalo documents no
 * list; these are the ones whose published meaning is "try again later": -32 per-minute request
 * quota exceeded, -100 unknown/internal error. Every other non-zero code is a refusal of what we
 * sent (bad parameter, OA without the feature, article gone…) and fails the delivery at once.
 */
export const TRANSIENT_ERROR_CODES: ReadonlyMap<number, number | undefined> = new Map([
  [-32, 60_000],
  [-100, undefined],
])

/** The wait a Retry-After header asks for (seconds or an HTTP date), in milliseconds. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  const text = value?.trim()
  if (!text) return undefined
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000)
  const date = Date.parse(text)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** A non-zero `error` in a Zalo body, for the call described by `what` ("tạo bài viết"). */
export function zaloCodeError(what: string, code: number, message: string | undefined): DeliveryError {
  const platformMessage = message?.trim() || undefined
  const said = platformMessage ? `: ${platformMessage}` : ''
  if (TOKEN_ERROR_CODES.has(code)) {
    return new DeliveryError(
      `Zalo từ chối access token khi ${what} (mã ${code})${said} (access token rejected).`,
      {
        retryable: true,
        credentialsRejected: true,
        platformMessage,
      },
    )
  }
  if (TRANSIENT_ERROR_CODES.has(code)) {
    return new DeliveryError(`Zalo tạm thời không nhận yêu cầu ${what} (mã ${code})${said}; sẽ thử lại.`, {
      retryable: true,
      retryAfterMs: TRANSIENT_ERROR_CODES.get(code),
      platformMessage,
    })
  }
  return new DeliveryError(`Zalo từ chối ${what} (mã ${code})${said}.`, { retryable: false, platformMessage })
}

/** An HTTP status other than 2xx. `bodyMessage` is what the body said, when it said anything. */
export function zaloHttpError(
  what: string,
  status: number,
  retryAfter: string | null,
  bodyMessage: string | undefined,
): DeliveryError {
  const platformMessage = bodyMessage?.trim() || undefined
  const said = platformMessage ? `: ${platformMessage}` : ''
  if (status === 401) {
    return new DeliveryError(`Zalo từ chối access token khi ${what} (HTTP 401)${said}.`, {
      retryable: true,
      credentialsRejected: true,
      status,
      platformMessage,
    })
  }
  if (status === 429 || status === 408 || status >= 500) {
    const retryAfterMs = parseRetryAfter(retryAfter)
    const wait = retryAfterMs !== undefined ? ` sau ${Math.ceil(retryAfterMs / 1000)} giây` : ''
    const reason = status === 429 ? 'Zalo đang giới hạn số lượt gọi' : `Zalo gặp lỗi máy chủ`
    return new DeliveryError(`${reason} khi ${what} (HTTP ${status})${said}; sẽ thử lại${wait}.`, {
      retryable: true,
      retryAfterMs,
      status,
      platformMessage,
    })
  }
  return new DeliveryError(`Zalo từ chối ${what} (HTTP ${status})${said}.`, {
    retryable: false,
    status,
    platformMessage,
  })
}

/**
 * A removal or lookup refused because the article no longer exists. Zalo gives it no code of its
 * own (it comes as a generic parameter error), so its message is read.
 */
export function isArticleGone(error: unknown): boolean {
  if (!(error instanceof DeliveryError) || error.retryable) return false
  if (error.status === 404 || error.status === 410) return true
  return /not (be )?(exist|found)|doesn'?t exist|not existed|deleted|removed|không tồn tại|đã (bị )?xoá|đã (bị )?xóa/i.test(
    error.platformMessage ?? '',
  )
}
