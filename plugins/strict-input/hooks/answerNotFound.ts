import type { CollectionBeforeOperationHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { isLookupId } from '../../../src/lib/lookupId'

/**
 * An update or delete of an id that does not exist answers 404. Without this, a user whose
 * access is a query (an editor scoped to desks) gets 403 for a typo'd id, which reads as
 * "you may not" instead of "there is no such document".
 */
export const answerNotFound: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const id = (args as { id?: number | string | null }).id
  if ((operation !== 'update' && operation !== 'delete') || id === undefined || id === null) return args
  if (req.payloadAPI === 'local') return args
  const notFound = () => httpError(404, `Không tìm thấy bản ghi ${String(id)} trong "${collection.slug}".`)
  // Counting an id PostgreSQL cannot hold ("abc", 99999999999) would fail the query: a 500.
  if (!isLookupId(id)) throw notFound()
  const { totalDocs } = await req.payload.count({
    collection: collection.slug as never,
    where: { id: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (totalDocs === 0) throw notFound()
  return args
}
