import type { CollectionConfig } from 'payload'

import { nobody } from '../../../src/access'
import { canKeepFigures } from '../../../src/access/figures'

export const AUDIENCE_FLUSHES_SLUG = 'audience-flushes'

/**
 * Beacon batches already moved from Redis into the database. Written in the same transaction as
 * the counts, so a flush that committed but died before clearing Redis is recognised on the
 * retry and never counted twice. Kept a few days, then pruned by the flush itself.
 */
export const AudienceFlushes: CollectionConfig = {
  slug: AUDIENCE_FLUSHES_SLUG,
  labels: {
    singular: { vi: 'Lượt chuyển số liệu beacon', en: 'Beacon flush' },
    plural: { vi: 'Lượt chuyển số liệu beacon', en: 'Beacon flushes' },
  },
  admin: { hidden: true },
  access: { read: canKeepFigures, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'batch', type: 'text', required: true, unique: true, label: { vi: 'Lô', en: 'Batch' } },
    { name: 'entries', type: 'number', label: { vi: 'Số mục', en: 'Entries' } },
  ],
  timestamps: true,
}
