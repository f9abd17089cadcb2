import type { CollectionBeforeDeleteHook } from 'payload'

/** A deleted story leaves the pages it was placed on (same transaction as the delete). */
export const removeStoryPlacements: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
  if (context.keepPlacements) return
  await req.payload.delete({
    collection: 'placements',
    where: { story: { equals: id } },
    overrideAccess: true,
    req,
  })
}
