import type { CollectionBeforeChangeHook } from 'payload'

import { storedRevision } from '../lib/revision'

/**
 * Every save moves the revision on, trusted server code's too (an evidence file linked, a
 * submission), so whoever still holds the older one is refused instead of overwriting it. A
 * revision a client sends is only ever compared, never stored.
 */
export const bumpAssessmentRevision: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  data.revision = operation === 'create' ? 1 : storedRevision(originalDoc?.revision) + 1
  return data
}
