import type { CollectionBeforeChangeHook } from 'payload'

import { searchKey } from '../../../src/lib/vietnamese'

/** A folded copy of the name, so "dong hung" finds "Đông Hưng" in lists and lookups. */
export const setSearchName: CollectionBeforeChangeHook = ({ data }) => {
  if (typeof data.name === 'string') data.searchName = searchKey(data.name)
  return data
}
