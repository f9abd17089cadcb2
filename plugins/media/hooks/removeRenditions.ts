import type { CollectionAfterDeleteHook } from 'payload'

import type { MediaRuntime } from '../lib/context'
import { renditionPrefix } from '../lib/keys'

/** Payload deletes the original; its renditions go with it. */
export const removeRenditions =
  (runtime: MediaRuntime): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    try {
      const keys = await runtime.storage.list(renditionPrefix(doc.id))
      await runtime.storage.remove(keys)
    } catch (error) {
      req.payload.logger.warn(`Không xoá được bản dựng của tư liệu ${doc.id}: ${(error as Error).message}`)
    }
    return doc
  }
