import type { CollectionAfterChangeHook } from 'payload'

import { snapshot, writeAuditEntry } from '../lib/writeAuditEntry'

const PUBLISHED = new Set(['published', 'corrected'])

function titleOf(doc: Record<string, unknown>): string {
  for (const key of ['headline', 'title', 'name', 'fullName', 'filename', 'email']) {
    if (typeof doc[key] === 'string') return doc[key] as string
  }
  return String(doc.id)
}

/** Records creates and updates; an update that makes a story public is recorded as a publish. */
export const recordChange =
  (redact: readonly string[]): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, operation, req, context }) => {
    if (context.skipAudit) return doc
    const becamePublic =
      collection.slug === 'stories' &&
      PUBLISHED.has(doc.workflowState) &&
      (operation === 'create' || previousDoc?.workflowState !== doc.workflowState)
    const action = becamePublic ? 'publish' : operation
    await writeAuditEntry(req, {
      action,
      collectionSlug: collection.slug,
      documentId: doc.id,
      summary: `${action} ${collection.slug} "${titleOf(doc)}"`,
      before: operation === 'update' ? snapshot(previousDoc, redact) : null,
      after: snapshot(doc, redact),
    })
    return doc
  }
