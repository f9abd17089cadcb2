import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Expiring links for renditions served from local disk, the counterpart of S3 presigned URLs:
 * `/media/renditions/12/mp4.mp4?expires=1767225600&sig=…`. Only the holder of the secret can
 * make one, and it stops working at `expires` (unix seconds).
 */

export type SignedPathCheck = { ok: true } | { ok: false; reason: 'missing' | 'expired' | 'bad-signature' }

type Query = URLSearchParams | string | Record<string, string | string[] | undefined>

const EXPIRES = 'expires'
const SIG = 'sig'

export function signPath(path: string, secret: string, expiresAt: Date): string {
  const expires = Math.ceil(expiresAt.getTime() / 1000)
  if (!Number.isSafeInteger(expires)) throw new Error('signPath: expiresAt is not a valid date')
  const [pathname, query = ''] = splitPath(path)
  const params = new URLSearchParams(query)
  if (params.has(EXPIRES) || params.has(SIG)) throw new Error('signPath: path is already signed')
  const sig = signature(secret, pathname, params, expires)
  return `${path}${path.includes('?') ? '&' : '?'}${EXPIRES}=${expires}&${SIG}=${sig}`
}

/** verifySignedPath('/x?expires=…&sig=…', secret, now) */
export function verifySignedPath(pathWithQuery: string, secret: string, now?: Date): SignedPathCheck
/** verifySignedPath(req.path, req.query, secret, now), for routers that have already split them. */
export function verifySignedPath(path: string, query: Query, secret: string, now?: Date): SignedPathCheck
export function verifySignedPath(
  path: string,
  queryOrSecret: Query,
  secretOrNow?: string | Date,
  maybeNow?: Date,
): SignedPathCheck {
  let pathname: string
  let params: URLSearchParams
  let secret: string
  let now: Date
  if (typeof secretOrNow === 'string') {
    ;[pathname] = splitPath(path)
    params = toParams(queryOrSecret)
    secret = secretOrNow
    now = maybeNow ?? new Date()
  } else {
    let query: string
    ;[pathname, query = ''] = splitPath(path)
    params = new URLSearchParams(query)
    secret = queryOrSecret as string
    now = secretOrNow ?? new Date()
  }

  const expiresRaw = params.get(EXPIRES)
  const sig = params.get(SIG)
  if (!expiresRaw || !sig) return { ok: false, reason: 'missing' }
  if (!/^\d{1,15}$/.test(expiresRaw)) return { ok: false, reason: 'bad-signature' }
  const expires = Number(expiresRaw)

  // The signature is checked before the date, so an edited `expires` reads as tampering.
  let expected: Buffer
  try {
    expected = Buffer.from(signature(secret, pathname, params, expires), 'base64url')
  } catch {
    return { ok: false, reason: 'bad-signature' }
  }
  const given = Buffer.from(sig, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad-signature' }
  }
  if (now.getTime() >= expires * 1000) return { ok: false, reason: 'expired' }
  return { ok: true }
}

function signature(secret: string, pathname: string, params: URLSearchParams, expires: number): string {
  if (!secret) throw new Error('signPath: the secret is empty')
  // A key of its own, so a MAC made here can never be mistaken for another use of the same
  // secret (Payload's JWTs, other signed links).
  const key = createHmac('sha256', secret).update('toasoan:media-signed-path:v1').digest()
  return createHmac('sha256', key)
    .update(`${canonicalPath(pathname)}\n${canonicalQuery(params)}\n${expires}`)
    .digest('base64url')
}

function splitPath(path: string): [string, string?] {
  const hash = path.indexOf('#')
  const withoutHash = hash === -1 ? path : path.slice(0, hash)
  const question = withoutHash.indexOf('?')
  return question === -1 ? [withoutHash] : [withoutHash.slice(0, question), withoutHash.slice(question + 1)]
}

/**
 * Browsers percent-encode "ảnh" while routers may hand over the decoded form; decodeURI makes
 * both the same string yet keeps %2F, %3F and friends encoded, so a slash cannot be smuggled
 * into a segment. Undecodable input is signed as is and simply never matches.
 */
function canonicalPath(pathname: string): string {
  try {
    return decodeURI(pathname)
  } catch {
    return pathname
  }
}

/** Other query parameters are covered too, in a form that does not depend on their order. */
function canonicalQuery(params: URLSearchParams): string {
  const rest = [...params].filter(([name]) => name !== EXPIRES && name !== SIG)
  rest.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
  return new URLSearchParams(rest).toString()
}

function toParams(query: Query): URLSearchParams {
  if (query instanceof URLSearchParams) return query
  if (typeof query === 'string') return new URLSearchParams(query.startsWith('?') ? query.slice(1) : query)
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value) params.append(name, item)
    else if (typeof value === 'string') params.append(name, value)
  }
  return params
}
