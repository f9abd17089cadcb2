/**
 * The beacon's body, checked field by field. Pure: the endpoint maps a `{ status, message }`
 * refusal to its response.
 */
import { isLookupId } from '../../../src/lib/lookupId'
import { BEACON_PLATFORM_KEYS, platformOf } from './platforms'

export const BEACON_EVENTS = ['view', 'listen', 'watch', 'share'] as const
export type BeaconEvent = (typeof BEACON_EVENTS)[number]

/** A beacon is a few dozen bytes; this leaves room for a long slug and nothing else. */
export const MAX_BEACON_BYTES = 2048
/** Four hours: a whole broadcast or a long live stream watched in one go, and no more. */
export const MAX_BEACON_SECONDS = 14_400

export type Beacon = {
  /** An id (digits) or a slug, as the page knows it. */
  story: { id: number } | { slug: string }
  event: BeaconEvent
  seconds: number
  platform: string
}

export type BeaconRefusal = { status: 400 | 413; message: string }

const FIELDS = new Set(['story', 'event', 'seconds', 'platform'])
const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/

function storyOf(value: unknown): Beacon['story'] | string {
  if (typeof value === 'number') {
    return isLookupId(value) ? { id: value } : `"story" ${value} không phải mã tin bài hợp lệ.`
  }
  if (typeof value !== 'string' || value.trim() === '')
    return '"story" phải là mã (số) hoặc đường dẫn (slug) của tin bài.'
  const text = value.trim()
  if (/^\d+$/.test(text))
    return isLookupId(text) ? { id: Number(text) } : `"story" "${text}" không phải mã tin bài hợp lệ.`
  if (!SLUG.test(text)) return `"story" "${text.slice(0, 60)}" không phải đường dẫn (slug) hợp lệ.`
  return { slug: text }
}

/** The beacon in `bytes`, or why it is refused. Unknown fields are refused, not ignored: no payload smuggling. */
export function parseBeacon(bytes: Uint8Array): Beacon | BeaconRefusal {
  if (bytes.byteLength > MAX_BEACON_BYTES)
    return { status: 413, message: `Beacon vượt quá ${MAX_BEACON_BYTES} byte.` }
  let body: unknown
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return { status: 400, message: 'Nội dung beacon phải là một đối tượng JSON hợp lệ.' }
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return { status: 400, message: 'Nội dung beacon phải là một đối tượng JSON hợp lệ.' }
  const record = body as Record<string, unknown>
  const unknown = Object.keys(record).filter((key) => !FIELDS.has(key))
  if (unknown.length)
    return {
      status: 400,
      message: `Trường không được nhận: ${unknown.map((key) => `"${key.slice(0, 40)}"`).join(', ')} (chỉ story, event, seconds, platform).`,
    }

  const story = storyOf(record.story)
  if (typeof story === 'string') return { status: 400, message: story }
  const event = record.event
  if (typeof event !== 'string' || !(BEACON_EVENTS as readonly string[]).includes(event))
    return { status: 400, message: `"event" phải là một trong ${BEACON_EVENTS.join(', ')}.` }

  let seconds = 0
  if (record.seconds !== undefined) {
    const value = record.seconds
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_BEACON_SECONDS)
      return { status: 400, message: `"seconds" phải là số giây từ 0 đến ${MAX_BEACON_SECONDS}.` }
    seconds = value
  }
  if (event === 'watch' && seconds <= 0)
    return { status: 400, message: 'Sự kiện "watch" cần "seconds" > 0 (số giây đã xem).' }

  let platform = 'website'
  if (record.platform !== undefined) {
    if (typeof record.platform !== 'string' || !platformOf(record.platform))
      return { status: 400, message: `"platform" phải là một trong ${BEACON_PLATFORM_KEYS.join(', ')}.` }
    if (!BEACON_PLATFORM_KEYS.includes(record.platform))
      return {
        status: 400,
        message: `Nền tảng "${record.platform}" không đếm bằng beacon (chỉ ${BEACON_PLATFORM_KEYS.join(', ')}); số liệu của nó được nhập từ tệp CSV.`,
      }
    platform = record.platform
  }
  return { story, event: event as BeaconEvent, seconds, platform }
}
