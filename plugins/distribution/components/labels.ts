import type { DeliveryAction, DeliveryStatus, TargetKind } from '../types'

import type { Bilingual, Tone } from '../../../src/admin/ui'

export type { Bilingual, Tone }

/** How each status reads and which colour it wears (red needs a person, amber is on its way). */
export const STATUS_DISPLAY: Record<DeliveryStatus, Bilingual & { tone: Tone }> = {
  failed: { vi: 'Lỗi', en: 'Failed', tone: 'error' },
  queued: { vi: 'Chờ gửi', en: 'Queued', tone: 'warning' },
  sent: { vi: 'Đã gửi, chờ xác nhận', en: 'Sent, awaiting confirmation', tone: 'warning' },
  confirmed: { vi: 'Đã xác nhận', en: 'Confirmed', tone: 'success' },
  cancelled: { vi: 'Đã huỷ', en: 'Cancelled', tone: 'elevation' },
  skipped: { vi: 'Bỏ qua', en: 'Skipped', tone: 'elevation' },
}

export const ACTION_LABELS: Record<DeliveryAction, Bilingual> = {
  publish: { vi: 'Đăng', en: 'Publish' },
  update: { vi: 'Cập nhật (đính chính)', en: 'Update (correction)' },
  remove: { vi: 'Gỡ', en: 'Remove' },
}

/** Short names for table cells; the targets collection carries the long ones. */
export const KIND_LABELS: Record<TargetKind, Bilingual> = {
  website: { vi: 'Website / ứng dụng', en: 'Website / apps' },
  feed: { vi: 'RSS cho đối tác', en: 'Partner RSS' },
  podcast: { vi: 'Podcast', en: 'Podcast' },
  zalo: { vi: 'Zalo OA', en: 'Zalo OA' },
  grassroots: { vi: 'Thông tin cơ sở', en: 'Grassroots' },
  ninjs: { vi: 'NINJS', en: 'NINJS' },
}

export const DOMESTIC_LABELS: Record<'domestic' | 'foreign', Bilingual> = {
  domestic: { vi: 'Trong nước', en: 'Domestic' },
  foreign: { vi: 'Nước ngoài', en: 'Foreign' },
}

/** Statuses someone may still have to act on: listed first, and the dashboard's default. */
export const ATTENTION_STATUSES: readonly DeliveryStatus[] = ['failed', 'queued', 'sent']
/** Settled or not needing anyone: listed after the others. */
export const SETTLED_STATUSES: readonly DeliveryStatus[] = ['confirmed', 'cancelled', 'skipped']

/** What the retry and cancel endpoints accept (they answer 409 otherwise). */
export const RETRYABLE: readonly DeliveryStatus[] = ['failed', 'cancelled']
export const CANCELLABLE: readonly DeliveryStatus[] = ['queued', 'sent', 'failed']

/** Roles the retry and cancel endpoints serve; others do not see the buttons. */
export const ACTING_ROLES = ['admin', 'manager'] as const
