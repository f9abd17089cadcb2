import type { CollectionBeforeDeleteHook } from 'payload'

import { refuseDeletingUsed } from '../../../src/lib/refuseDeletingUsed'
import { lockLedger } from '../lib/ledgerLock'
import { REVENUE_ENTRIES_SLUG } from '../lib/slugs'

const refuseWithEntries = refuseDeletingUsed(
  'Kênh/ấn phẩm',
  [{ collection: REVENUE_ENTRIES_SLUG, field: 'publication', what: 'mục trong sổ doanh thu' }],
  'Xoá đi thì các mục đó thành doanh thu chung của cơ quan và có thể bị tính hai lần. Hãy bỏ chọn ' +
    '"Đang hoạt động" để ngừng kênh; nếu thật sự cần xoá, hãy chuyển hoặc xoá các mục doanh thu của kênh trước.',
)

/**
 * A publication with revenue entries stays. The database would otherwise turn its entries (closed
 * months too) into agency-wide ones, where they can sit beside the agency's own entry for the same
 * month, line and kind and be counted twice. The ledger lock is taken as every ledger write takes
 * it, so no entry for this channel lands between the count and the delete.
 */
export const refuseDeletingPublicationWithRevenue: CollectionBeforeDeleteHook = async (args) => {
  await lockLedger(args.req)
  await refuseWithEntries(args)
}
