import type { CollectionBeforeChangeHook } from 'payload'

import { newItemID, newRoID } from '../lib/ids'

/**
 * The MOS ids: the rundown's `roID` once, at creation, and an `itemID` for each item that has none.
 * Ids travel with their rows when the order changes and are never handed out twice in a rundown
 * (a pasted copy of a row gets a fresh one).
 */
export const assignRundownIds =
  (mosID: string): CollectionBeforeChangeHook =>
  ({ data, originalDoc, operation }) => {
    data.roID = operation === 'create' || !originalDoc?.roID ? newRoID(mosID, data.date) : originalDoc.roID
    if (!Array.isArray(data.items)) return data
    const seen = new Set<string>()
    for (const item of data.items as Array<{ itemID?: unknown }>) {
      if (!item || typeof item !== 'object') continue
      let id = typeof item.itemID === 'string' && item.itemID ? item.itemID : undefined
      while (!id || seen.has(id)) id = newItemID()
      item.itemID = id
      seen.add(id)
    }
    return data
  }
