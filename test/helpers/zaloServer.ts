/**
 * A local stand-in for Zalo's OA OpenAPI and OAuth v4 token endpoint (node:http on 127.0.0.1,
 * random port), checking what is sent the way the platform does: the `access_token` header, the
 * article's required fields and limits, the single-use refresh token. Answers use Zalo's shapes:
 * HTTP 200 with `{ error: 0, message: 'Success', data }`, and HTTP 200 with a negative `error` for
 * most failures. Tests script the next answers of a path (500, 429, hang, expired token…).
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type ZaloBehaviour =
  /** An HTTP error status (500, 503, 429 with `retryAfter`…), with Zalo's error body. */
  | { status: number; retryAfter?: string; message?: string }
  /** HTTP 200 with a non-zero `error`, as Zalo answers most refusals. */
  | { error: number; message: string }
  /** Never answers (the client must time out). */
  | 'hang'
  /** HTTP 200 `{ error: -216, message: 'Access token is invalid' }` whatever the token. */
  | 'expiredToken'
  /** HTTP 401, as Zalo's gateway sometimes answers a dead token. */
  | 'http401'

export type RecordedCall = {
  method: string
  /** Path without the query, e.g. '/v2.0/article/create' or '/oauth/v4/oa/access_token'. */
  path: string
  query: Record<string, string>
  headers: IncomingHttpHeaders
  /** JSON body, form fields, or for multipart `{ file: { name, size, type } }`. */
  body: unknown
}

export type StoredArticle = Record<string, unknown> & {
  id: string
  title: string
  create_date: number
  update_date: number
}

export type ZaloServerOptions = {
  appId?: string
  secretKey?: string
  /** The access token valid at start (default 'at-0'). */
  accessToken?: string
  /** The refresh token valid at start (default 'rt-0'). */
  refreshToken?: string
  /** What a refresh answers as `expires_in` (default 90000, as a string like Zalo). */
  expiresInSeconds?: number
  /** How many video verify calls answer "processing" before the video is ready (default 1). */
  videoProcessingPolls?: number
  /** Verify answers carry `url` (default false: the real answer's only certain field is `id`). */
  articleUrls?: boolean
}

export type TestZaloServer = {
  /** API base, for target.baseURL. */
  url: string
  /** OAuth base, for target.settings.oauthURL. */
  oauthURL: string
  appId: string
  secretKey: string
  articles: Map<string, StoredArticle>
  calls: RecordedCall[]
  /** Refresh tokens spent, in order. */
  refreshTokensUsed: string[]
  /** The refresh token the server would accept now. */
  currentRefreshToken(): string
  /** The next calls of `path` get these answers, in order; later ones are served normally. */
  script(path: string, ...behaviours: ZaloBehaviour[]): void
  /** Makes `token` the only valid access token (null: none; every call answers -216). */
  setAccessTokenValid(token: string | null): void
  close(): Promise<void>
}

const TITLE_MAX = 150
const AUTHOR_MAX = 50
const DESCRIPTION_MAX = 300
const VIDEO_MAX_BYTES = 50_000_000

const ok = (data: unknown = {}) => ({ error: 0, message: 'Success', data })
const refusal = (error: number, message: string) => ({ error, message })
const INVALID_TOKEN = refusal(-216, 'Access token is invalid')

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function parseBody(req: IncomingMessage, raw: Buffer): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? '')
  if (type.startsWith('application/json')) {
    try {
      return JSON.parse(raw.toString('utf8')) as unknown
    } catch {
      return undefined
    }
  }
  if (type.startsWith('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(raw.toString('utf8')))
  }
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': type } }).formData()
    const fields: Record<string, unknown> = {}
    for (const [name, value] of form) {
      fields[name] =
        typeof value === 'string' ? value : { name: value.name, size: value.size, type: value.type }
    }
    return fields
  }
  return raw.length ? raw.toString('utf8') : undefined
}

const chars = (value: unknown) => [...String(value ?? '').normalize('NFC')].length

/** What Zalo would refuse in an article body, as its error message (undefined: fine). */
function articleProblem(body: Record<string, unknown>): string | undefined {
  if (body.type !== 'normal') return 'Article type is invalid'
  if (typeof body.title !== 'string' || !body.title.trim()) return 'Title is required'
  if (chars(body.title) > TITLE_MAX) return `Title must not exceed ${TITLE_MAX} characters`
  if (typeof body.author !== 'string' || !body.author.trim()) return 'Author is required'
  if (chars(body.author) > AUTHOR_MAX) return `Author must not exceed ${AUTHOR_MAX} characters`
  if (typeof body.description !== 'string' || !body.description.trim()) return 'Description is required'
  if (chars(body.description) > DESCRIPTION_MAX)
    return `Description must not exceed ${DESCRIPTION_MAX} characters`
  const cover = body.cover as Record<string, unknown> | undefined
  if (
    cover?.cover_type !== 'photo' ||
    typeof cover.photo_url !== 'string' ||
    !/^https?:\/\//.test(cover.photo_url)
  ) {
    return 'Cover is invalid'
  }
  if (!Array.isArray(body.body) || body.body.length === 0) return 'Body is required'
  for (const item of body.body as Array<Record<string, unknown>>) {
    if (item.type === 'text' && typeof item.content === 'string' && item.content.trim()) continue
    if (item.type === 'image' && typeof item.url === 'string' && /^https?:\/\//.test(item.url)) continue
    if (item.type === 'video' && (typeof item.video_id === 'string' || typeof item.url === 'string')) continue
    return `Body item is invalid: ${JSON.stringify(item).slice(0, 80)}`
  }
  if (!['show', 'hide'].includes(String(body.status))) return 'Status is invalid'
  return undefined
}

export async function startZaloServer(options: ZaloServerOptions = {}): Promise<TestZaloServer> {
  const appId = options.appId ?? 'app-1'
  const secretKey = options.secretKey ?? 'secret-1'
  const expiresIn = options.expiresInSeconds ?? 90_000
  const validAccessTokens = new Set([options.accessToken ?? 'at-0'])
  let refreshToken = options.refreshToken ?? 'rt-0'
  let issued = 0
  const articles = new Map<string, StoredArticle>()
  const createTokens = new Map<string, string>()
  const videos = new Map<string, { polls: number; videoId: string }>()
  const calls: RecordedCall[] = []
  const refreshTokensUsed: string[] = []
  const scripts = new Map<string, ZaloBehaviour[]>()
  const hanging = new Set<ServerResponse>()
  const newId = () => randomBytes(8).toString('hex')
  let url = ''

  const refresh = (res: ServerResponse, call: RecordedCall) => {
    const form = (call.body ?? {}) as Record<string, string>
    if (
      call.method !== 'POST' ||
      !String(call.headers['content-type']).startsWith('application/x-www-form-urlencoded')
    ) {
      return send(res, 200, {
        error: -14001,
        error_name: 'Invalid request',
        error_description: 'Form body required',
      })
    }
    if (form.app_id !== appId || call.headers.secret_key !== secretKey) {
      return send(res, 200, {
        error: -14002,
        error_name: 'Invalid app',
        error_description: 'Invalid app_id or secret_key',
      })
    }
    if (form.grant_type !== 'refresh_token' || form.refresh_token !== refreshToken) {
      return send(res, 200, {
        error: -14020,
        error_name: 'Invalid refresh token',
        error_description: 'Refresh token is invalid or has already been used',
      })
    }
    issued += 1
    refreshTokensUsed.push(refreshToken)
    refreshToken = `rt-${issued}`
    const accessToken = `at-${issued}`
    validAccessTokens.add(accessToken)
    send(res, 200, { access_token: accessToken, refresh_token: refreshToken, expires_in: String(expiresIn) })
  }

  const api = (res: ServerResponse, call: RecordedCall) => {
    const token = call.headers.access_token
    if (typeof token !== 'string' || !validAccessTokens.has(token)) return send(res, 200, INVALID_TOKEN)
    const body = (call.body ?? {}) as Record<string, unknown>
    const route = `${call.method} ${call.path}`
    switch (route) {
      case 'POST /v2.0/article/create': {
        const problem = articleProblem(body)
        if (problem) return send(res, 200, refusal(-201, problem))
        const now = Date.now()
        const id = newId()
        articles.set(id, { ...body, id, title: String(body.title), create_date: now, update_date: now })
        const createToken = newId()
        createTokens.set(createToken, id)
        return send(res, 200, ok({ token: createToken }))
      }
      case 'POST /v2.0/article/verify': {
        const id = createTokens.get(String(body.token))
        if (!id) return send(res, 200, refusal(-201, 'Token is invalid'))
        const data = options.articleUrls ? { id, url: `${url}/articles/${id}` } : { id }
        return send(res, 200, ok(data))
      }
      case 'POST /v2.0/article/update': {
        const existing = articles.get(String(body.id))
        if (!existing) return send(res, 200, refusal(-201, 'Article does not exist'))
        const problem = articleProblem(body)
        if (problem) return send(res, 200, refusal(-201, problem))
        articles.set(existing.id, {
          ...existing,
          ...body,
          id: existing.id,
          title: String(body.title),
          update_date: Date.now(),
        })
        const updateToken = newId()
        createTokens.set(updateToken, existing.id)
        return send(res, 200, ok({ token: updateToken }))
      }
      case 'POST /v2.0/article/remove': {
        if (!articles.delete(String(body.id))) return send(res, 200, refusal(-201, 'Article does not exist'))
        return send(res, 200, ok())
      }
      case 'GET /v2.0/article/getslice': {
        const offset = Number(call.query.offset ?? 0)
        const limit = Math.min(Number(call.query.limit ?? 10), 50)
        const type = call.query.type ?? 'normal'
        const listed = [...articles.values()]
          .filter((article) => (type === 'video' ? article.type === 'video' : article.type !== 'video'))
          .sort((a, b) => b.create_date - a.create_date)
        const medias = listed.slice(offset, offset + limit).map((article) => ({
          id: article.id,
          type: article.type,
          title: article.title,
          status: article.status,
          total_view: 0,
          total_share: 0,
          create_date: article.create_date,
          update_date: article.update_date,
          thumb: (article.cover as { photo_url?: string } | undefined)?.photo_url,
        }))
        return send(res, 200, ok({ medias, total: listed.length }))
      }
      case 'POST /v2.0/article/upload_video/preparevideo': {
        const file = body.file as { size?: number } | undefined
        if (!file || typeof file !== 'object') return send(res, 200, refusal(-201, 'File is required'))
        if (Number(file.size) > VIDEO_MAX_BYTES)
          return send(res, 200, refusal(-210, 'File size exceeds the limit'))
        const videoToken = newId()
        videos.set(videoToken, { polls: 0, videoId: newId() })
        return send(res, 200, ok({ token: videoToken }))
      }
      case 'GET /v2.0/article/upload_video/verify': {
        const video = videos.get(String(call.headers.token))
        if (!video) return send(res, 200, refusal(-201, 'Token is invalid'))
        video.polls += 1
        if (video.polls <= (options.videoProcessingPolls ?? 1)) {
          return send(
            res,
            200,
            ok({ video_id: '', status: 2, status_message: 'Processing', convert_percent: 50 }),
          )
        }
        return send(
          res,
          200,
          ok({ video_id: video.videoId, status: 1, status_message: 'Success', convert_percent: 100 }),
        )
      }
      default:
        return send(res, 404, refusal(-209, 'API is not supported'))
    }
  }

  const server = createServer(async (req, res) => {
    const requestUrl = new URL(req.url ?? '/', 'http://localhost')
    const raw = await readRaw(req)
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: requestUrl.pathname,
      query: Object.fromEntries(requestUrl.searchParams),
      headers: req.headers,
      body: await parseBody(req, raw),
    }
    calls.push(call)
    const behaviour = scripts.get(call.path)?.shift()
    if (behaviour === 'hang') {
      hanging.add(res)
      res.on('close', () => hanging.delete(res))
      return
    }
    if (behaviour === 'expiredToken') return send(res, 200, INVALID_TOKEN)
    if (behaviour === 'http401') return send(res, 401, INVALID_TOKEN)
    if (behaviour && 'status' in behaviour) {
      const headers: Record<string, string> = behaviour.retryAfter
        ? { 'retry-after': behaviour.retryAfter }
        : {}
      return send(res, behaviour.status, refusal(-1, behaviour.message ?? 'Internal server error'), headers)
    }
    if (behaviour) return send(res, 200, refusal(behaviour.error, behaviour.message))
    if (call.path === '/oauth/v4/oa/access_token') return refresh(res, call)
    return api(res, call)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url,
    oauthURL: `${url}/oauth`,
    appId,
    secretKey,
    articles,
    calls,
    refreshTokensUsed,
    currentRefreshToken: () => refreshToken,
    script(path, ...behaviours) {
      scripts.set(path, [...(scripts.get(path) ?? []), ...behaviours])
    },
    setAccessTokenValid(token) {
      validAccessTokens.clear()
      if (token) validAccessTokens.add(token)
    },
    async close() {
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
