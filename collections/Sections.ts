import type { CollectionConfig } from 'payload'

import { isAdminOrManager, publicReadWrittenBy } from '../src/access'
import { slugField } from '../src/fields/slugField'

export const Sections: CollectionConfig = {
  slug: 'sections',
  labels: { singular: { vi: 'Chuyên mục', en: 'Section' }, plural: { vi: 'Chuyên mục', en: 'Sections' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'desk'],
    group: { vi: 'Phân loại', en: 'Taxonomy' },
  },
  access: publicReadWrittenBy(isAdminOrManager),
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: { vi: 'Tên chuyên mục', en: 'Name' },
    },
    slugField('name'),
    { name: 'desk', type: 'relationship', relationTo: 'desks', label: { vi: 'Ban phụ trách', en: 'Desk' } },
  ],
}
