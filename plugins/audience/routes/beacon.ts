/**
 * `POST /api/audience/beacon`: the public website's and app's first-party counter. Public and
 * cookie-less (no session is read or set, from any origin), tiny, and cheap: robots are answered
 * without counting, each client (a daily pseudonym, never the address) is rate-limited, the story
 * is looked up (cached briefly) and the counts go to Redis only; the worker moves them into the
 * database. Mounted on Express ahead of Payload's /api so it sees `req.ip` as Express resolved
 * it (TRUST_PROXY) and nothing of Payload's auth runs.
 */
import type { Express, Request, Response } from 'express'
import type { Payload } from 'payload'

import { vietnamDay } from '../../../src/lib/vietnamTime'
import { MAX_BEACON_BYTES, parseBeacon } from '../lib/beaconBody'
import { countBeacon, takeRate } from '../lib/countBeacon'
import { audienceRedis, RedisUnavailableError } from '../lib/redisCounts'
import { sqlFor } from '../lib/sql'
import { findStoriesByKey, isPublicNow, type StoryFacts } from '../lib/stories'
import { isBot, isMobile, isPrefetch } from '../lib/userAgent'
import { visitorHash } from '../lib/visitor'
import type { AudiencePluginOptions } from '../types'

export const BEACON_PATH = '/api/audience/beacon'

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '86400',
  'Cache-Control': 'no-store',
}

/** Public stories recently looked up. Only found ones are kept: a story published a second ago counts at once. */
const STORY_TTL_MS = 30_000
const STORY_CACHE_MAX = 5_000

type Cached = { story: StoryFacts; until: number }

function answer(
  res: Response,
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  res
    .status(status)
    .set({ ...CORS, ...headers })
    .json(body)
}

const refuse = (res: Response, status: number, message: string, headers?: Record<string, string>) =>
  answer(res, status, { errors: [{ message }] }, headers)

/** The body, or undefined once it passed the cap (the rest is drained so the client reads the 413). */
function readBody(req: Request): Promise<Uint8Array | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let over = false
    req.on('data', (chunk: Buffer) => {
      if (over) return
      size += chunk.byteLength
      if (size > MAX_BEACON_BYTES) over = true
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(over ? undefined : new Uint8Array(Buffer.concat(chunks))))
    req.on('error', reject)
  })
}

/** `navigator.sendBeacon` with a string sends text/plain; fetch sends JSON. Nothing else is a beacon. */
const ACCEPTED_TYPES = /^(?:application\/json|text\/plain)\s*(?:;|$)/i

export function mountBeacon(app: Express, payload: Payload, options: AudiencePluginOptions): void {
  const cache = new Map<string, Cached>()

  async function publicStory(key: string): Promise<StoryFacts | undefined> {
    const hit = cache.get(key)
    if (hit && hit.until > Date.now()) return hit.story
    cache.delete(key)
    const story = (await findStoriesByKey(await sqlFor(payload), [key])).get(key)
    if (!story || !isPublicNow(story)) return undefined
    if (cache.size >= STORY_CACHE_MAX) cache.delete(cache.keys().next().value as string)
    cache.set(key, { story, until: Date.now() + STORY_TTL_MS })
    return story
  }

  app.options(BEACON_PATH, (_req, res) => {
    res.status(204).set(CORS).end()
  })

  app.post(BEACON_PATH, async (req, res) => {
    try {
      const type = req.headers['content-type']
      if (type && !ACCEPTED_TYPES.test(type))
        return refuse(res, 415, 'Beacon phải gửi dạng application/json hoặc text/plain.')
      const declared = Number(req.headers['content-length'] ?? 0)
      const bytes = declared > MAX_BEACON_BYTES ? undefined : await readBody(req)
      if (!bytes) {
        if (declared > MAX_BEACON_BYTES) req.resume()
        return refuse(res, 413, `Beacon vượt quá ${MAX_BEACON_BYTES} byte.`)
      }
      const beacon = parseBeacon(bytes)
      if ('status' in beacon) return refuse(res, beacon.status, beacon.message)

      const userAgent = req.headers['user-agent'] ?? ''
      const headers = { get: (name: string) => req.get(name) ?? null }
      if (isBot(userAgent) || isPrefetch(headers)) return answer(res, 202, { counted: false, reason: 'bot' })

      const now = Date.now()
      const day = vietnamDay(now)
      const visitor = visitorHash(options.secret, day, req.ip ?? req.socket.remoteAddress ?? '', userAgent)
      const { redis, keys } = await audienceRedis(payload)
      const rate = await takeRate(redis, keys, visitor, options.beaconRatePerMinute, now)
      if (!rate.allowed)
        return refuse(
          res,
          429,
          `Quá nhiều beacon từ một thiết bị (tối đa ${options.beaconRatePerMinute} mỗi phút); lượt này không được đếm.`,
          { 'Retry-After': String(rate.retryAfterSeconds) },
        )

      const key = 'id' in beacon.story ? String(beacon.story.id) : beacon.story.slug
      const story = await publicStory(key)
      if (!story) return refuse(res, 404, `Không có tin bài đang xuất bản "${key}".`)
      await countBeacon(redis, keys, {
        story: story.id,
        platform: beacon.platform,
        day,
        event: beacon.event,
        seconds: beacon.seconds,
        mobile: isMobile(userAgent),
        visitor,
      })
      return answer(res, 202, { counted: true })
    } catch (error) {
      if (error instanceof RedisUnavailableError)
        return refuse(
          res,
          503,
          'Hệ thống đếm lượt xem tạm thời gián đoạn (Redis không trả lời); lượt này chưa được đếm, hãy thử lại sau.',
          { 'Retry-After': '30' },
        )
      // The address is never logged: only what went wrong.
      payload.logger.error({ err: error }, 'Audience beacon failed')
      return refuse(res, 500, 'Lỗi máy chủ khi đếm beacon; lượt này chưa được đếm.')
    }
  })

  app.all(BEACON_PATH, (_req, res) =>
    refuse(res, 405, 'Beacon chỉ nhận POST (và OPTIONS).', { Allow: 'POST, OPTIONS' }),
  )
}
