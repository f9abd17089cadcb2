import type { CollectionBeforeDeleteHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { lockLedger } from '../lib/ledgerLock'
import { REVENUE_ENTRIES_SLUG } from '../lib/slugs'

/**
 * A publication with revenue entries stays. The database would otherwise turn its entries (closed
 * months too) into agency-wide ones, where they can sit beside the agency's own entry for the same
 * month, line and kind and be counted twice. Closing the channel is `active: false`.
 */
export const refuseDeletingPublicationWithRevenue: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // Taken as every ledger write takes it, so no entry for this channel lands between count and delete.
  await lockLedger(req)
  const { totalDocs } = await req.payload.count({
    collection: REVENUE_ENTRIES_SLUG,
    where: { publication: { equals: id } },
    req,
    overrideAccess: true,
  })
  if (totalDocs > 0)
    throw httpError(
      409,
      `Kênh/ấn phẩm #${id} có ${totalDocs} mục trong sổ doanh thu nên không xoá được (xoá đi thì các mục ` +
        'đó thành doanh thu chung của cơ quan và có thể bị tính hai lần). Hãy bỏ chọn "Đang hoạt động" ' +
        'để ngừng kênh; nếu thật sự cần xoá, hãy chuyển hoặc xoá các mục doanh thu của kênh trước.',
      { revenueEntries: totalDocs },
    )
}
