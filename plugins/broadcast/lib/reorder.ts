/** Checking a requested running order against the rundown's items (pure). */

export type PermutationProblem = { missing: string[]; unknown: string[]; duplicates: string[] }

export type PermutationCheck =
  | { ok: true; order: string[] }
  | ({ ok: false; message: string } & PermutationProblem)

export const ITEM_ID_LIST_MESSAGE = '"itemIDs" phải là danh sách mã mục (chuỗi) theo thứ tự mới.'

export const isItemIDList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((id) => typeof id === 'string' && id !== '')

const list = (ids: string[]) => ids.map((id) => `"${id}"`).join(', ')

/**
 * `requested` must name every current item exactly once. The message names what is wrong, so a
 * client that raced another edit (an item added or removed meanwhile) sees which ids differ.
 */
export function checkPermutation(current: readonly string[], requested: unknown): PermutationCheck {
  if (!isItemIDList(requested)) {
    return { ok: false, message: ITEM_ID_LIST_MESSAGE, missing: [], unknown: [], duplicates: [] }
  }
  const ids = requested
  const known = new Set(current)
  const seen = new Set<string>()
  const duplicates = new Set<string>()
  for (const id of ids) {
    if (seen.has(id)) duplicates.add(id)
    seen.add(id)
  }
  const missing = current.filter((id) => !seen.has(id))
  const unknown = [...seen].filter((id) => !known.has(id))
  if (!missing.length && !unknown.length && !duplicates.size) return { ok: true, order: ids }

  const parts: string[] = []
  if (missing.length) parts.push(`thiếu ${list(missing)}`)
  if (unknown.length) parts.push(`không có trong kịch bản: ${list(unknown)}`)
  if (duplicates.size) parts.push(`lặp lại: ${list([...duplicates])}`)
  return {
    ok: false,
    message: `Thứ tự mới phải gồm đúng mỗi mục hiện có một lần (${parts.join('; ')}). Hãy tải lại kịch bản.`,
    missing,
    unknown,
    duplicates: [...duplicates],
  }
}

/** The items rearranged in the given order (the order is a checked permutation of their ids). */
export function applyOrder<T extends { itemID?: string | null }>(
  items: readonly T[],
  order: readonly string[],
): T[] {
  const byID = new Map(items.map((item) => [String(item.itemID), item]))
  return order.map((id) => byID.get(id)!)
}
