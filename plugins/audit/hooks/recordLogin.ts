import type { CollectionAfterLoginHook } from 'payload'

import { writeAuditEntry } from '../lib/writeAuditEntry'

export const recordLogin: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  await writeAuditEntry(req, {
    action: 'login',
    collectionSlug: collection.slug,
    documentId: user.id,
    summary: `login ${user.email ?? user.id}`,
    user,
    userCollection: collection.slug,
  })
  return user
}
