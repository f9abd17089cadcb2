import type { Tone } from '../../../src/admin/ui'
import { ITEM_STATUSES, ITEM_TYPES, labelOf, RUNDOWN_STATUSES } from '../types'

/** Status colours: red is the studio's tally light (on air), amber a dropped item, green ready. */
export const STATUS_TONES: Record<string, Tone> = {
  draft: 'elevation',
  ready: 'success',
  onAir: 'error',
  done: 'elevation',
  dropped: 'warning',
}

export const itemStatusLabel = (status: string) => labelOf(ITEM_STATUSES, status)
export const rundownStatusLabel = (status: string) => labelOf(RUNDOWN_STATUSES, status)
export const itemTypeLabel = (type: string) => labelOf(ITEM_TYPES, type)
