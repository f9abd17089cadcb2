import type { EpaperAccess } from '../types'

/** Who is asking, as the reader routes see it after Payload's auth strategies ran. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'staff' }
  /** A logged-in user of the newsroom who is not staff (an API client): treated as the public. */
  | { kind: 'other' }
  | { kind: 'subscriber'; email: string; active: boolean; validUntil?: string | null }

export type AccessDecision =
  | { ok: true }
  | { ok: false; status: 401 | 403; reason: 'login' | 'expired' | 'inactive'; message: string }

export const SUBSCRIBER_COLLECTION = 'subscribers'

const STAFF = ['reporter', 'editor', 'deskChief', 'manager', 'admin']

/** Turns the authenticated user (or null) into a viewer. */
export function viewerOf(user: Record<string, unknown> | null | undefined): Viewer {
  if (!user) return { kind: 'anonymous' }
  if (user.collection === SUBSCRIBER_COLLECTION) {
    return {
      kind: 'subscriber',
      email: String(user.email ?? ''),
      active: user.active !== false,
      validUntil: typeof user.validUntil === 'string' ? user.validUntil : null,
    }
  }
  if (user.collection === 'users' && STAFF.includes(String(user.role))) return { kind: 'staff' }
  return { kind: 'other' }
}

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000

/** The calendar day (YYYY-MM-DD) an instant falls on in Vietnam (UTC+7, no daylight saving). */
export function vietnamDay(epochMs: number): string {
  return new Date(epochMs + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
}

export function formatVietnameseDate(iso: string): string {
  return new Date(iso).toLocaleDateString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  })
}

/** Why a subscriber may not read now, or undefined when the subscription is in force. */
export function subscriptionProblem(
  subscriber: { active?: boolean | null; validUntil?: string | null },
  now: Date,
): Extract<AccessDecision, { ok: false }> | undefined {
  if (subscriber.active === false) {
    return {
      ok: false,
      status: 403,
      reason: 'inactive',
      message: 'Tài khoản bạn đọc này đã bị tạm khóa. Vui lòng liên hệ tòa soạn.',
    }
  }
  // A subscription runs to the end of its last day, a day in Vietnam's time whatever the hour stored.
  const until = subscriber.validUntil ? Date.parse(subscriber.validUntil) : Number.NaN
  if (!Number.isFinite(until) || vietnamDay(now.getTime()) > vietnamDay(until)) {
    const when = Number.isFinite(until) ? ` ngày ${formatVietnameseDate(subscriber.validUntil!)}` : ''
    return {
      ok: false,
      status: 403,
      reason: 'expired',
      message: `Gói đọc báo điện tử của bạn đã hết hạn${when}. Vui lòng gia hạn để tiếp tục đọc.`,
    }
  }
  return undefined
}

/**
 * Whether the viewer may open pages and articles: everyone when the e-paper is free; otherwise
 * staff and subscribers whose subscription is active and not past its last day.
 */
export function decideAccess(mode: EpaperAccess, viewer: Viewer, now: Date): AccessDecision {
  if (mode === 'free' || viewer.kind === 'staff') return { ok: true }
  if (viewer.kind === 'subscriber') return subscriptionProblem(viewer, now) ?? { ok: true }
  return {
    ok: false,
    status: 401,
    reason: 'login',
    message: 'Báo in điện tử dành cho bạn đọc đăng ký. Vui lòng đăng nhập để đọc.',
  }
}
