import type { CollectionBeforeChangeHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { closedMonthsAmong, closedMonthsMessage } from '../lib/closedMonths'
import { isMonth } from '../lib/months'

/**
 * An entry may not be added to a closed month, changed there, or moved into or out of one, by any
 * role: closed figures are what was reported. 409, naming the month.
 */
export const refuseClosedMonthChange: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const months = [data.month, originalDoc?.month].filter(isMonth)
  const closed = await closedMonthsAmong(req, months)
  if (closed.length > 0) throw httpError(409, closedMonthsMessage(closed))
  return data
}
