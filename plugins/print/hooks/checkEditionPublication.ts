import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { relationId } from '../../../src/lib/relationId'
import { badIdMessage } from '../../../src/lib/lookupId'

const PRINT_KINDS = new Set(['print', 'epaper'])

/** Editions belong to the newspaper or its e-paper, not to the website or a radio channel. */
export const checkEditionPublication: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (originalDoc && data.publication === undefined) return data
  // No query with an id no row can have: PostgreSQL would fail the whole request on it.
  const problem = badIdMessage('Ấn phẩm', data.publication)
  if (problem) throw httpError(400, problem)
  const id = relationId(data.publication ?? originalDoc?.publication)
  if (id === undefined) return data
  const publication = (await req.payload
    .findByID({ collection: 'publications', id, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)) as { name?: string; kind?: string } | null
  // An unknown id is answered by the field's validation (400 naming the field).
  if (!publication) return data
  if (!PRINT_KINDS.has(String(publication.kind))) {
    throw httpError(
      400,
      `Ấn phẩm "${publication.name}" là kênh "${publication.kind}": số báo chỉ thuộc báo in hoặc báo in điện tử (e-paper).`,
    )
  }
  return data
}
