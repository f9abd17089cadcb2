import type { CollectionBeforeChangeHook, Where } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { isLookupId } from '../../../src/lib/lookupId'
import { relationId } from '../../../src/lib/relationId'
import { describeSlot, formatVnd, publicationNames } from '../lib/describe'
import { isEntryKind, isRevenueLine } from '../lib/lines'
import { isMonth } from '../lib/months'
import { REVENUE_ENTRIES_SLUG } from '../lib/slugs'

/**
 * One entry per month × channel × line × kind, so nothing is counted twice: a second one is
 * refused (400) naming the entry to correct instead. The compound unique index backs this up for
 * entries of a channel; for agency-wide entries (no channel) SQL treats the empty channels as
 * distinct, so this check — run under the ledger lock — is what holds.
 */
export const refuseDuplicateEntry: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const entry = { ...originalDoc, ...data } as Record<string, unknown>
  const { month, line, kind } = entry
  const publication = relationId(entry.publication) ?? null
  // Malformed values are the field validators' to name.
  if (!isMonth(month) || !isRevenueLine(line) || !isEntryKind(kind)) return data
  if (publication !== null && !isLookupId(publication)) return data

  const where: Where[] = [
    { month: { equals: month } },
    { line: { equals: line } },
    { kind: { equals: kind } },
    publication === null ? { publication: { exists: false } } : { publication: { equals: publication } },
  ]
  if (originalDoc?.id !== undefined) where.push({ id: { not_equals: originalDoc.id } })
  const { docs } = await req.payload.find({
    collection: REVENUE_ENTRIES_SLUG,
    where: { and: where },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const existing = docs[0] as { id: number | string; amount?: number; source?: string } | undefined
  if (!existing) return data
  const names = await publicationNames(req, publication === null ? [] : [publication])
  throw httpError(
    400,
    `Đã có mục #${existing.id} cho ${describeSlot({ month, publication, line, kind }, names)} ` +
      `(${formatVnd(Number(existing.amount ?? 0))}${existing.source === 'import' ? ', nhập từ tệp' : ''}). ` +
      'Mỗi tháng, kênh, nguồn thu và loại chỉ có một mục: hãy sửa mục đó thay vì tạo thêm.',
    { existing: existing.id },
  )
}
