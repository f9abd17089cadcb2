import type { CollectionAfterChangeHook } from 'payload'

import { keepContext } from '../../../src/lib/keepContext'
import { relationId } from '../../../src/lib/relationId'

/**
 * The space planned on the page becomes the story's print.plannedLength, so the writer's live
 * length meter in the story editor measures against it. Same request, same transaction: if the
 * story cannot be updated, the placement is not stored either. `context.skipPlannedLengthCopy`
 * switches it off.
 */
export const copyPlannedLength: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context.skipPlannedLengthCopy) return doc
  const planned = doc.plannedLength
  const storyId = relationId(doc.story)
  if (typeof planned !== 'number' || planned <= 0 || storyId === undefined) return doc
  const unchanged =
    operation === 'update' &&
    previousDoc?.plannedLength === planned &&
    relationId(previousDoc?.story) === storyId
  if (unchanged) return doc
  const story = (await req.payload.findByID({
    collection: 'stories',
    id: storyId,
    depth: 0,
    overrideAccess: true,
    req,
  })) as { print?: { plannedLength?: number | null } | null }
  if (story.print?.plannedLength === planned) return doc
  await keepContext(req, () =>
    req.payload.update({
      collection: 'stories',
      id: storyId,
      data: { print: { plannedLength: planned } } as never,
      depth: 0,
      overrideAccess: true,
      req,
      // Trusted server code: no revision from a client to check, nothing to fan out.
      context: { skipRevisionCheck: true, skipDistribution: true },
    }),
  )
  return doc
}
