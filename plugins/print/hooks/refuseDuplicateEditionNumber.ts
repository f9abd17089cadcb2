import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { relationId } from '../../../src/lib/relationId'
import { displayDay } from '../lib/editionDate'
import { isLookupId } from '../../../src/lib/lookupId'

/** Issue numbers run once per publication; a second "Số 123" is a typo or a double entry (409). */
export const refuseDuplicateEditionNumber: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  // Updates that touch neither (the e-paper writing its status, a status change) need no query.
  if (originalDoc && data.publication === undefined && data.number === undefined) return data
  const publication = relationId(data.publication ?? originalDoc?.publication)
  const number = data.number ?? originalDoc?.number
  if (!isLookupId(publication) || !Number.isInteger(number)) return data
  const { docs } = await req.payload.find({
    collection: 'editions',
    where: {
      and: [
        { publication: { equals: publication } },
        { number: { equals: number } },
        ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    depth: 1,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const existing = docs[0] as { date?: string; publication?: { name?: string } | number } | undefined
  if (existing) {
    const name = typeof existing.publication === 'object' ? existing.publication?.name : undefined
    throw httpError(
      409,
      `Ấn phẩm${name ? ` "${name}"` : ''} đã có số ${number} (ngày ${displayDay(existing.date)}). Mỗi số báo chỉ được tạo một lần.`,
    )
  }
  return data
}
