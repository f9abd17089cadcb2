import type { CollectionBeforeDeleteHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { PUBLIC_STATES, type WorkflowState } from '../../../src/lib/workflow'
import { DELIVERIES_SLUG } from '../collections/Deliveries'

/**
 * A public story with copies on other platforms cannot just vanish: deleting it would leave those
 * copies up with nothing to remove them by. It must be killed first (which removes them).
 */
export const refuseDeletingLiveStory: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const story = await req.payload
    .findByID({ collection: 'stories', id, depth: 0, overrideAccess: true, req })
    .catch(() => undefined)
  if (!story || !PUBLIC_STATES.includes(story.workflowState as WorkflowState)) return
  const { totalDocs } = await req.payload.count({
    collection: DELIVERIES_SLUG as never,
    where: {
      and: [
        { story: { equals: id } },
        { action: { in: ['publish', 'update'] } },
        { status: { in: ['queued', 'sent', 'confirmed'] } },
      ],
    },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0)
    throw httpError(
      409,
      'Tin đang có bản trên các nền tảng khác: hãy gỡ tin (chuyển sang "Đã gỡ") để gỡ các bản đó trước khi xoá.',
    )
}
