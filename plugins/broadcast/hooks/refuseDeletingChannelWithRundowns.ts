import { refuseDeletingUsed } from '../../../src/lib/refuseDeletingUsed'
import { PROGRAMMES_SLUG, RUNDOWNS_SLUG } from '../types'

/** A channel with programmes or rundowns stays: they cannot be left without a channel. */
export const refuseDeletingChannelWithRundowns = refuseDeletingUsed(
  'Kênh',
  [
    { collection: PROGRAMMES_SLUG, field: 'channel', what: 'chương trình' },
    { collection: RUNDOWNS_SLUG, field: 'channel', what: 'kịch bản' },
  ],
  'Hãy bỏ chọn "Đang hoạt động" để ngừng kênh.',
)
