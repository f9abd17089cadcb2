import type { CollectionConfig } from 'payload'

import { canReadFigures } from '../../../src/access/figures'
import { nobody } from '../../../src/access'
import { deskIdField, measureFields, monthField } from './fields'

export const AUDIENCE_STORY_MONTHS_SLUG = 'audience-story-months'

/**
 * Pre-aggregated audience per story × month, all platforms together: the top stories and the
 * drill-down of a period (a year is one row per story and month instead of one per story,
 * platform and day). Summed from the per-platform months for exactly the (story, month) pairs a
 * write touched, in the writer's transaction.
 */
export const AudienceStoryMonths: CollectionConfig = {
  slug: AUDIENCE_STORY_MONTHS_SLUG,
  labels: {
    singular: { vi: 'Tổng hợp khán giả theo tin bài và tháng', en: 'Story audience per month' },
    plural: { vi: 'Tổng hợp khán giả theo tin bài và tháng', en: 'Story audience per month' },
  },
  admin: { hidden: true },
  access: { read: canReadFigures, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['month', 'story'] }],
  fields: [
    // The (month, story) index leads with the month: a second index on it alone is only more writing.
    { ...monthField, index: false },
    {
      name: 'story',
      type: 'relationship',
      relationTo: 'stories',
      label: { vi: 'Tin bài', en: 'Story' },
      admin: { readOnly: true },
    },
    deskIdField,
    ...measureFields,
  ],
  timestamps: false,
}
