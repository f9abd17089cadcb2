import type { CollectionBeforeDeleteHook } from 'payload'

import { KPI_COMPLIANCE_DAYS_SLUG } from '../collections/KpiComplianceDays'

/**
 * A deleted channel takes its judged broadcast days with it: they are a cache derived from its
 * as-run log, and they point at it. Deleted in the delete's own transaction, so a delete refused
 * further on keeps them.
 */
export const removeChannelComplianceDays: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: KPI_COMPLIANCE_DAYS_SLUG,
    where: { channel: { equals: id } },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
