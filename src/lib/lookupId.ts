import { relationId, type RelationId } from './relationId'

/** PostgreSQL's serial ids end here: a larger number names no row, and querying it is an error. */
export const MAX_ROW_ID = 2_147_483_647

/**
 * Whether a client-sent id can be looked up at all. PostgreSQL refuses a query with a non-numeric
 * or out-of-range id ("invalid input syntax", "out of range for type integer") and that aborts
 * the request's whole transaction: a 500 instead of the clear 400 the field deserves.
 */
export function isLookupId(id: unknown): id is RelationId {
  const number =
    typeof id === 'number' ? id : typeof id === 'string' && /^\d{1,10}$/.test(id) ? Number(id) : NaN
  return Number.isSafeInteger(number) && number > 0 && number <= MAX_ROW_ID
}

/** The message for a relationship value that holds no usable id, or undefined when it is fine or empty. */
export function badIdMessage(label: string, value: unknown): string | undefined {
  const id = relationId(value)
  if (id === undefined || isLookupId(id)) return undefined
  return `"${label}" phải là mã của một bản ghi có thật (nhận được ${JSON.stringify(id)}).`
}
