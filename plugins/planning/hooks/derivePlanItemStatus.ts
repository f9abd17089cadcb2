import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { PLAN_STATUS_LABELS } from '../lib/labels'
import { currentPlanStatus } from '../lib/planState'
import { isManualStatus } from '../lib/status'
import { PLAN_STATUSES, PLANNING_SYSTEM, type PlanStatus } from '../types'

const isPlanStatus = (value: unknown): value is PlanStatus =>
  typeof value === 'string' && (PLAN_STATUSES as readonly string[]).includes(value)

/**
 * People choose idea, planned or dropped; assigned, in progress, filed and published follow the
 * assignments and the linked story (lib/status). Sending one of those is refused unless it is
 * what is stored already (the admin form sends every field back).
 */
export const derivePlanItemStatus: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (context[PLANNING_SYSTEM]) return data
  const requested = data.status
  const stored = originalDoc?.status
  if (requested !== undefined && requested !== null && requested !== stored) {
    if (!isPlanStatus(requested))
      throw httpError(400, `Trạng thái kế hoạch "${String(requested)}" không tồn tại.`)
    if (!isManualStatus(requested))
      throw httpError(
        400,
        `Trạng thái "${PLAN_STATUS_LABELS[requested].vi}" được tính tự động từ phân công và tin bài; chỉ chọn được: Đề tài, Đã lên kế hoạch, Bỏ.`,
      )
  }
  if (operation === 'create') {
    data.status = isManualStatus(requested) ? requested : 'planned'
    return data
  }
  data.status = await currentPlanStatus(
    req,
    { id: originalDoc.id, status: stored, story: originalDoc.story },
    requested,
  )
  return data
}
