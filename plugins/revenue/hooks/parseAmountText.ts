import type { CollectionBeforeOperationHook } from 'payload'

import { httpError } from '../../../src/lib/httpErrors'
import { parseAmount } from '../lib/amount'

/**
 * An amount sent as text is read the Vietnamese way before Payload's own cast, which takes
 * "5.000.000" for 5 (parseFloat) and would store five đồng for five million. Unreadable text
 * (decimals, negatives, words) is refused with 400.
 */
export const parseAmountText: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data || typeof data.amount !== 'string') return args
  const parsed = parseAmount(data.amount)
  if (!parsed.ok) throw httpError(400, `"Số tiền": ${parsed.message}.`)
  data.amount = parsed.value
  return args
}
