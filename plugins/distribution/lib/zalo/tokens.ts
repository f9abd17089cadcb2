/**
 * OA access tokens. An access token lives about 25 hours; the refresh token is single-use, so a
 * refresh must run under the target's credentials lock, re-read what is stored (another worker
 * may have refreshed already) and store both new tokens before the lock is released — a lost
 * refresh token means the OA has to be reconnected by hand.
 *
 * One loss no code can prevent: a refresh Zalo carried out but whose answer never arrived
 * (timeout, dropped connection) has spent the stored refresh token; the next refresh then fails
 * with "reconnect the OA".
 */
import { type AdapterContext, DeliveryError, type TargetConfig } from '../../types'
import { bodyMessage, callZalo, oauthBase, parseJson, sendHttp, type ZaloRequest } from './client'

/** Refresh this long before the stored expiry, so a token cannot expire mid-delivery. */
export const REFRESH_MARGIN_MS = 5 * 60_000
/** When Zalo omits `expires_in`: assume an hour (refreshing early only costs one call). */
const FALLBACK_LIFETIME_SECONDS = 3600

export type TokenAnswer = { access_token: string; refresh_token?: string; expires_in?: string | number }

/** True when `credentials` cannot be used as they are: no token, expiring soon, or just refused. */
export function needsRefresh(
  credentials: Record<string, string>,
  now: number,
  refusedToken?: string,
): boolean {
  const token = credentials.accessToken
  if (!token) return true
  if (refusedToken !== undefined && token === refusedToken) return true
  const expiresAt = Date.parse(credentials.accessTokenExpiresAt ?? '')
  return !Number.isFinite(expiresAt) || expiresAt - now < REFRESH_MARGIN_MS
}

/** The credentials to store after a refresh: both new tokens and the new expiry, together. */
export function refreshedCredentials(
  current: Record<string, string>,
  answer: TokenAnswer,
  now: number,
): Record<string, string> {
  const seconds = Number(answer.expires_in)
  const lifetime = Number.isFinite(seconds) && seconds > 0 ? seconds : FALLBACK_LIFETIME_SECONDS
  return {
    ...current,
    accessToken: answer.access_token,
    // Zalo always rotates it; should an answer lack one, the old one is all there is.
    refreshToken: answer.refresh_token || current.refreshToken || '',
    accessTokenExpiresAt: new Date(now + lifetime * 1000).toISOString(),
  }
}

function reconnectError(target: TargetConfig, detail: string, platformMessage?: string): DeliveryError {
  return new DeliveryError(
    `Không làm mới được access token của Zalo OA «${target.name}»: ${detail}. ` +
      'Cần kết nối lại OA trong cấu hình đích phát hành (the Official Account must be reconnected).',
    { retryable: false, credentialsRejected: true, platformMessage },
  )
}

/** POST {oauthURL}/v4/oa/access_token with the stored refresh token; the answer is not yet stored. */
export async function requestNewTokens(
  target: TargetConfig,
  signal: AbortSignal,
  current: Record<string, string>,
): Promise<TokenAnswer> {
  const missing = ['appId', 'secretKey', 'refreshToken'].filter((name) => !current[name])
  if (missing.length) throw reconnectError(target, `thiếu ${missing.join(', ')} trong thông tin xác thực`)

  const what = 'làm mới access token'
  const answer = await sendHttp(
    `${oauthBase(target)}/v4/oa/access_token`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: current.secretKey! },
      body: new URLSearchParams({
        app_id: current.appId!,
        grant_type: 'refresh_token',
        refresh_token: current.refreshToken!,
      }).toString(),
    },
    { target, signal, what },
  )
  const body = parseJson(answer.text) as Record<string, unknown> | undefined
  const said = bodyMessage(body)
  if (answer.status === 429 || answer.status >= 500 || !body) {
    throw new DeliveryError(`Zalo chưa làm mới được access token (HTTP ${answer.status}); sẽ thử lại.`, {
      retryable: true,
      status: answer.status,
      platformMessage: said,
    })
  }
  const code = Number(body.error ?? 0)
  if (
    answer.status >= 400 ||
    (Number.isFinite(code) && code !== 0) ||
    typeof body.access_token !== 'string'
  ) {
    // -14020 and its kin: the refresh token was used, expired or revoked; no retry can fix that.
    throw reconnectError(target, 'refresh token không còn hiệu lực hoặc đã được dùng', said)
  }
  return body as unknown as TokenAnswer
}

/** Access-token handling for one delivery: refresh ahead of expiry, refresh once on refusal. */
export class ZaloSession {
  private credentials: Record<string, string>

  constructor(private readonly context: AdapterContext) {
    this.credentials = { ...context.target.credentials }
  }

  /** Calls the OpenAPI; a refused token is refreshed once and the call tried once more. */
  async call(request: ZaloRequest): Promise<unknown> {
    const token = await this.accessToken()
    try {
      return await callZalo(this.context.target, this.context.signal, token, request)
    } catch (error) {
      if (!(error instanceof DeliveryError) || !error.credentialsRejected) throw error
    }
    const fresh = await this.refresh(token)
    try {
      return await callZalo(this.context.target, this.context.signal, fresh, request)
    } catch (error) {
      if (!(error instanceof DeliveryError) || !error.credentialsRejected) throw error
      // A token minted a moment ago refused too: the app has lost its permission on the OA.
      throw new DeliveryError(
        `Zalo vẫn từ chối access token vừa làm mới khi ${request.what}; cần kết nối lại OA ` +
          `«${this.context.target.name}» (fresh access token refused too).`,
        { retryable: false, credentialsRejected: true, platformMessage: error.platformMessage, cause: error },
      )
    }
  }

  private async accessToken(): Promise<string> {
    if (!needsRefresh(this.credentials, Date.now())) return this.credentials.accessToken!
    return this.refresh()
  }

  /** Refreshes under the target's lock unless the stored token is already good (and not `refused`). */
  private async refresh(refused?: string): Promise<string> {
    const { target, signal } = this.context
    const stored = await this.context.withCredentials(async (current) => {
      if (!needsRefresh(current, Date.now(), refused)) return undefined
      const answer = await requestNewTokens(target, signal, current)
      return refreshedCredentials(current, answer, Date.now())
    })
    this.credentials = { ...stored }
    if (!stored.accessToken) throw reconnectError(target, 'không có access token sau khi làm mới')
    return stored.accessToken
  }
}
