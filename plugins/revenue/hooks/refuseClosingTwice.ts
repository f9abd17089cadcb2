import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { formatMonth, isMonth } from '../lib/months'
import { REVENUE_PERIODS_SLUG } from '../lib/slugs'

/** Closing a month that is already closed says so (409) instead of a bare unique-field error. */
export const refuseClosingTwice: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !isMonth(data.month)) return data
  const { docs } = await req.payload.find({
    collection: REVENUE_PERIODS_SLUG,
    where: { month: { equals: data.month } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const existing = docs[0] as { id: number | string; closedAt?: string } | undefined
  if (existing) {
    const when = existing.closedAt
      ? new Date(existing.closedAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })
      : '?'
    throw httpError(409, `Tháng ${formatMonth(data.month)} đã khóa sổ từ ${when} (bản ghi #${existing.id}).`)
  }
  return data
}
