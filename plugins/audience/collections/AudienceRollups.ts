import type { CollectionConfig } from 'payload'

import { canReadFigures } from '../../../src/access/figures'
import { nobody } from '../../../src/access'
import { dayField, deskIdField, measureFields, monthField, platformField, publicationIdField } from './fields'

export const AUDIENCE_ROLLUPS_SLUG = 'audience-rollups'

/**
 * Pre-aggregated audience: sums per day × platform × desk × publication. Every report reads this
 * table, never the raw rows: a year is a few thousand rows here against a million there.
 * Recomputed for the days an import or a beacon flush touched, in the same transaction.
 */
export const AudienceRollups: CollectionConfig = {
  slug: AUDIENCE_ROLLUPS_SLUG,
  labels: {
    singular: { vi: 'Tổng hợp khán giả theo ngày', en: 'Audience rollup' },
    plural: { vi: 'Tổng hợp khán giả theo ngày', en: 'Audience rollups' },
  },
  admin: { hidden: true },
  access: { read: canReadFigures, create: nobody, update: nobody, delete: nobody },
  fields: [dayField(), monthField, platformField, deskIdField, publicationIdField, ...measureFields],
  timestamps: false,
}
