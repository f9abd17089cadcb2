import type { CollectionBeforeDeleteHook } from 'payload'

import { refreshPlanStatus, systemUpdate } from '../lib/planState'
import { ASSIGNMENTS_SLUG, PLAN_ITEMS_SLUG } from '../types'

/**
 * A deleted story leaves its plan item and assignments unlinked (and the plan's status
 * re-derived), in the delete's own transaction, rather than pointing at nothing.
 */
export const unlinkDeletedStory: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of [ASSIGNMENTS_SLUG, PLAN_ITEMS_SLUG] as const) {
    const { docs } = await req.payload.find({
      collection: collection,
      where: { story: { equals: id } },
      depth: 0,
      pagination: false,
      req,
      overrideAccess: true,
    })
    for (const linked of docs) {
      await systemUpdate(req, collection, linked.id, { story: null })
      if (collection === PLAN_ITEMS_SLUG) await refreshPlanStatus(req, linked.id)
    }
  }
}
