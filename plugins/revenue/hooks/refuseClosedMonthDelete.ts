import type { CollectionBeforeDeleteHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { closedMonthsAmong, closedMonthsMessage } from '../lib/closedMonths'
import { lockLedger } from '../lib/ledgerLock'
import { isMonth } from '../lib/months'
import { REVENUE_ENTRIES_SLUG } from '../lib/slugs'

/** Deleting an entry of a closed month is refused (409) like changing it. */
export const refuseClosedMonthDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await lockLedger(req)
  const { docs } = await req.payload.find({
    collection: REVENUE_ENTRIES_SLUG,
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { month: true },
    req,
  })
  const month = (docs[0] as { month?: unknown } | undefined)?.month
  if (!isMonth(month)) return
  const closed = await closedMonthsAmong(req, [month])
  if (closed.length > 0) throw httpError(409, closedMonthsMessage(closed))
}
