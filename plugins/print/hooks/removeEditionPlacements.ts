import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * An edition's placements go with it, before it (the database would otherwise null their
 * edition), inside the same transaction: a refused delete keeps them.
 */
export const removeEditionPlacements: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
  if (context.keepPlacements) return
  await req.payload.delete({
    collection: 'placements',
    where: { edition: { equals: id } },
    overrideAccess: true,
    req,
  })
}
