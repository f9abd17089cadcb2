import type { CollectionAfterLogoutHook } from 'payload'

import { writeAuditEntry } from '../lib/writeAuditEntry'

export const recordLogout: CollectionAfterLogoutHook = async ({ collection, req }) => {
  if (!req.user) return
  await writeAuditEntry(req, {
    action: 'logout',
    collectionSlug: collection.slug,
    documentId: req.user.id,
    summary: `logout ${req.user.email ?? req.user.id}`,
    userCollection: collection.slug,
  })
}
