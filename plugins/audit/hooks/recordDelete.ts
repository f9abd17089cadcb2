import type { CollectionAfterDeleteHook } from 'payload'

import { snapshot, writeAuditEntry } from '../lib/writeAuditEntry'

export const recordDelete =
  (redact: readonly string[]): CollectionAfterDeleteHook =>
  async ({ collection, doc, id, req, context }) => {
    if (context.skipAudit) return doc
    await writeAuditEntry(req, {
      action: 'delete',
      collectionSlug: collection.slug,
      documentId: id,
      summary: `delete ${collection.slug} ${id}`,
      before: snapshot(doc, redact),
      after: null,
    })
    return doc
  }
