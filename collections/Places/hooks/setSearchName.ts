import type { CollectionBeforeChangeHook } from 'payload'

import { searchKey } from '../../../src/lib/vietnamese'

/**
 * A folded copy of the name and the other names, so "dong hung" finds "Đông Hưng" and "sai gon"
 * finds Thành phố Hồ Chí Minh in lists and lookups. An update may carry only some fields, so the
 * stored values fill in the rest.
 */
export const setSearchName: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const name = typeof data.name === 'string' ? data.name : originalDoc?.name
  if (typeof name !== 'string') return data
  const aliases: unknown = data.aliases !== undefined ? data.aliases : originalDoc?.aliases
  data.searchName = searchNameOf(name, Array.isArray(aliases) ? aliases : [])
  return data
}

/** Name first, then each other name, separated so a search cannot match across two names. */
export function searchNameOf(name: string, aliases: readonly unknown[]): string {
  const keys = [name, ...aliases.filter((alias): alias is string => typeof alias === 'string')]
    .map(searchKey)
    .filter(Boolean)
  return [...new Set(keys)].join(' | ')
}
