import type { CollectionBeforeDeleteHook } from 'payload'

import { keepContext } from '../../../src/lib/keepContext'
import { PLACEMENT_CASCADE } from './refusePrintedPlacementDelete'

/**
 * An edition's placements go with it, before it (the database would otherwise null their
 * edition), inside the same transaction: a refused delete keeps them.
 */
export const removeEditionPlacements: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
  if (context.keepPlacements) return
  await keepContext(req, () =>
    req.payload.delete({
      collection: 'placements',
      where: { edition: { equals: id } },
      overrideAccess: true,
      req,
      context: { [PLACEMENT_CASCADE]: true },
    }),
  )
}
