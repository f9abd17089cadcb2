import { refuseDeletingUsed } from '../../../src/lib/refuseDeletingUsed'
import { EDITIONS_SLUG } from '../collections/Editions'

/** A publication with print editions stays: an edition cannot be left without its publication. */
export const refuseDeletingPublicationWithEditions = refuseDeletingUsed(
  'Ấn phẩm',
  [{ collection: EDITIONS_SLUG, field: 'publication', what: 'số báo in' }],
  'Hãy bỏ chọn "Đang hoạt động" để ngừng ấn phẩm.',
)
