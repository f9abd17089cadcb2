import type { CollectionConfig } from 'payload'

import { canReadFigures } from '../../../src/access/figures'
import { nobody } from '../../../src/access'
import { deskIdField, measureFields, monthField, platformField, publicationIdField } from './fields'

export const AUDIENCE_STORY_PLATFORM_MONTHS_SLUG = 'audience-story-platform-months'

/**
 * Pre-aggregated audience per story × month × platform (with the desk and the channel credited):
 * the ranking of stories when a report is filtered by platform or channel, and the source the
 * per-story-month totals are summed from. Recomputed with them, in the writer's transaction.
 */
export const AudienceStoryPlatformMonths: CollectionConfig = {
  slug: AUDIENCE_STORY_PLATFORM_MONTHS_SLUG,
  labels: {
    singular: {
      vi: 'Tổng hợp khán giả theo tin bài, nền tảng và tháng',
      en: 'Story audience per platform and month',
    },
    plural: {
      vi: 'Tổng hợp khán giả theo tin bài, nền tảng và tháng',
      en: 'Story audience per platform and month',
    },
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
    platformField,
    deskIdField,
    publicationIdField,
    ...measureFields,
  ],
  timestamps: false,
}
