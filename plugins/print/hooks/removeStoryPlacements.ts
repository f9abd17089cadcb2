import type { CollectionBeforeDeleteHook } from 'payload'

import { keepContext } from '../../../src/lib/keepContext'
import { PLACEMENT_CASCADE } from './refusePrintedPlacementDelete'

/** A deleted story leaves the pages it was placed on (same transaction as the delete). */
export const removeStoryPlacements: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
  if (context.keepPlacements) return
  await keepContext(req, () =>
    req.payload.delete({
      collection: 'placements',
      where: { story: { equals: id } },
      overrideAccess: true,
      req,
      context: { [PLACEMENT_CASCADE]: true },
    }),
  )
}
