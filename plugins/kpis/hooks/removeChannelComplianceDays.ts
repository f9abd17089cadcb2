import type { CollectionBeforeDeleteHook } from 'payload'

import { KPI_COMPLIANCE_DAYS_SLUG } from '../collections/KpiComplianceDays'

/**
 * A deleted channel takes its judged broadcast days with it: they are a cache derived from its
 * as-run log, and they point at it. Deleted in the delete's own transaction, so a delete refused
 * further on keeps them.
 */
export const removeChannelComplianceDays: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // Straight to the database, as the cache is written: no per-row hooks or audit entries for
  // derived rows, and a failure throws instead of being collected.
  await req.payload.db.deleteMany({
    collection: KPI_COMPLIANCE_DAYS_SLUG,
    where: { channel: { equals: id } },
    req,
  })
}
