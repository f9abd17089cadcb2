import type { PayloadRequest } from 'payload'

import { formatMonth } from './months'
import { REVENUE_PERIODS_SLUG } from './slugs'

/** The months among these that are closed (sorted), read inside the request's transaction. */
export async function closedMonthsAmong(req: PayloadRequest, months: readonly string[]): Promise<string[]> {
  if (months.length === 0) return []
  const { docs } = await req.payload.find({
    collection: REVENUE_PERIODS_SLUG,
    where: { month: { in: [...new Set(months)] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => String((doc as { month?: unknown }).month)).sort()
}

export function closedMonthsMessage(months: readonly string[]): string {
  const list = months.map(formatMonth).join(', ')
  return (
    `${months.length > 1 ? 'Các tháng' : 'Tháng'} ${list} đã khóa sổ: không thể thêm, sửa hay xóa số liệu ` +
    `doanh thu của ${months.length > 1 ? 'các tháng này' : 'tháng này'}. Quản trị viên mở khóa bằng cách ` +
    `xóa bản ghi khóa sổ của tháng (mục "Khóa sổ doanh thu").`
  )
}
