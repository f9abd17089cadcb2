import type { CollectionBeforeDeleteHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { closedMonthsAmong, closedMonthsMessage } from '../lib/closedMonths'
import { lockLedger } from '../lib/ledgerLock'
import { REVENUE_ENTRIES_SLUG } from '../lib/slugs'

/**
 * Deleting an import undoes it: its entries go with it, in the same transaction — unless one of
 * them is in a closed month (409). The way to re-import a file after correcting its source.
 */
export const removeImportEntries: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await lockLedger(req)
  const { docs } = await req.payload.find({
    collection: REVENUE_ENTRIES_SLUG,
    where: { import: { equals: id } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { month: true },
    req,
  })
  if (docs.length === 0) return
  const closed = await closedMonthsAmong(
    req,
    docs.map((doc) => String((doc as { month?: unknown }).month)),
  )
  if (closed.length > 0)
    throw httpError(409, `Không thể hủy lượt nhập #${id}. ${closedMonthsMessage(closed)}`)
  // One statement: an import may hold thousands of entries; the import's own deletion is audited.
  await req.payload.db.deleteMany({
    collection: REVENUE_ENTRIES_SLUG,
    where: { import: { equals: id } },
    req,
  })
}
