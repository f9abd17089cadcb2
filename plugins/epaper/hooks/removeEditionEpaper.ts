import type { CollectionAfterDeleteHook, CollectionBeforeDeleteHook } from 'payload'

import { keepContext } from '../../../src/lib/keepContext'
import { SYSTEM_CONTEXT, storageOf } from '../lib/editions'
import { editionPrefix } from '../lib/keys'
import { EPAPER_PAGES_SLUG } from '../types'

/**
 * A deleted edition takes its e-paper with it: the page documents before the edition row goes (they
 * point at it), in the same transaction, so a refused delete keeps them.
 */
export const removeEditionPages: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await keepContext(req, () =>
    req.payload.delete({
      collection: EPAPER_PAGES_SLUG as never,
      where: { edition: { equals: id } },
      overrideAccess: true,
      depth: 0,
      req,
      context: SYSTEM_CONTEXT,
    }),
  )
}

/** Then the stored PDF and images, once the delete went through (files cannot roll back). */
export const removeEditionFiles: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const storage = storageOf(req.payload)
  await storage.remove(await storage.list(editionPrefix(doc.id)))
  return doc
}
