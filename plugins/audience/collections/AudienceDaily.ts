import type { CollectionConfig } from 'payload'

import { canReadFigures } from '../../../src/access/figures'
import { nobody } from '../../../src/access'
import { AUDIENCE_IMPORTS_SLUG } from './AudienceImports'
import {
  dayField,
  deskIdField,
  FIGURES_GROUP,
  measureFields,
  platformField,
  publicationIdField,
} from './fields'

export const AUDIENCE_DAILY_SLUG = 'audience-daily'

const AUDIENCE_SOURCES = ['beacon', 'import'] as const
type AudienceSource = (typeof AUDIENCE_SOURCES)[number]

const SOURCE_LABELS: Readonly<Record<AudienceSource, { vi: string; en: string }>> = {
  beacon: { vi: 'Beacon (website/ứng dụng)', en: 'Beacon' },
  import: { vi: 'Tệp CSV của nền tảng', en: 'Platform CSV' },
}

/**
 * One story's audience on one platform on one Vietnam day, from one source: the first-party
 * beacon (website, app) or a platform's CSV export (everything else). Written only by the beacon
 * flush and the CSV import, in bulk, in the same transaction as the rollups they update. The
 * story's desk and the channel credited on this platform are copied in (plain ids), so reports
 * group without joins.
 */
export const AudienceDaily: CollectionConfig = {
  slug: AUDIENCE_DAILY_SLUG,
  labels: {
    singular: { vi: 'Số liệu khán giả theo ngày', en: 'Daily audience' },
    plural: { vi: 'Số liệu khán giả theo ngày', en: 'Daily audience' },
  },
  admin: {
    group: FIGURES_GROUP,
    defaultColumns: ['day', 'story', 'platform', 'views', 'uniques', 'listens', 'source'],
    pagination: { defaultLimit: 50 },
    description: {
      vi: 'Chỉ đọc: số liệu đến từ beacon của website/ứng dụng và từ tệp CSV của các nền tảng.',
      en: 'Read-only: counts come from the website/app beacon and platform CSV exports.',
    },
  },
  defaultSort: '-day',
  access: { read: canReadFigures, create: nobody, update: nobody, delete: nobody },
  // One row per (story, platform, day, source): a flush adds to it, an import replaces it.
  indexes: [{ fields: ['story', 'platform', 'day', 'source'], unique: true }],
  fields: [
    {
      name: 'story',
      type: 'relationship',
      relationTo: 'stories',
      // Not required: a deleted story's rows stay (its readers did read it) with no story, so the
      // totals of past periods never change and deleting the story is not blocked.
      index: true,
      label: { vi: 'Tin bài', en: 'Story' },
      admin: { readOnly: true },
    },
    platformField,
    dayField(),
    {
      name: 'source',
      type: 'select',
      required: true,
      options: AUDIENCE_SOURCES.map((value) => ({ value, label: SOURCE_LABELS[value] })),
      label: { vi: 'Nguồn', en: 'Source' },
      admin: { readOnly: true },
    },
    {
      name: 'import',
      type: 'relationship',
      relationTo: AUDIENCE_IMPORTS_SLUG,
      index: true,
      label: { vi: 'Lượt nhập', en: 'Import' },
      admin: { readOnly: true },
    },
    deskIdField,
    publicationIdField,
    ...measureFields,
  ],
  // No timestamps: two more indexes on a million-row table; the import record says when.
  timestamps: false,
}
