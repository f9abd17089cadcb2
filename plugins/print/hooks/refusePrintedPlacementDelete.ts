import type { CollectionBeforeDeleteHook } from 'payload'

import { overHttp } from '../../../collections/Stories/hooks/requireRevision'
import { httpError } from '../../../src/lib/httpErrors'
import { editionTitle } from '../lib/editionDate'

/** Set by the deletes that take placements along with their edition or story. */
export const PLACEMENT_CASCADE = 'placementCascade'

/**
 * A printed edition's page plan is the record of what went to press: over the API its placements
 * are not removed, as they are not changed (checkPlacement). Deleting the edition or the story
 * itself still takes them along.
 */
export const refusePrintedPlacementDelete: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
  if (context[PLACEMENT_CASCADE] || !overHttp(req.payloadAPI)) return
  const placement = (await req.payload.findByID({
    collection: 'placements',
    id,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as { edition?: { number?: number; date?: string; status?: string } | number | null } | null
  const edition = placement?.edition
  if (edition && typeof edition === 'object' && edition.status === 'printed')
    throw httpError(
      409,
      `${editionTitle(edition.number, edition.date)} đã in: không gỡ tin khỏi trang được nữa.`,
    )
}
