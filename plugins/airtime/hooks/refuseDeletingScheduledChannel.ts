import { refuseDeletingUsed } from '../../../src/lib/refuseDeletingUsed'
import { AIRTIME_IMPORTS_SLUG } from '../collections/AirtimeImports'

/** A channel with a schedule or as-run log stays: the airtime report and its imports name it. */
export const refuseDeletingScheduledChannel = refuseDeletingUsed(
  'Kênh',
  [
    { collection: 'schedule-items', field: 'channel', what: 'mục lịch/nhật ký phát sóng' },
    { collection: AIRTIME_IMPORTS_SLUG, field: 'channel', what: 'lượt nhập lịch phát sóng' },
  ],
  'Hãy bỏ chọn "Đang hoạt động" để ngừng kênh; lịch phát sóng đã có vẫn là hồ sơ của đài.',
)
