import type { CollectionConfig } from 'payload'

import { isEditorOrAbove, publicReadWrittenBy } from '../src/access'
import { slugField } from '../src/fields/slugField'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: { vi: 'Chủ đề', en: 'Topic' }, plural: { vi: 'Chủ đề', en: 'Topics' } },
  admin: { useAsTitle: 'name', group: { vi: 'Phân loại', en: 'Taxonomy' } },
  access: publicReadWrittenBy(isEditorOrAbove),
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên chủ đề', en: 'Name' } },
    slugField('name'),
    { name: 'description', type: 'textarea', localized: true, label: { vi: 'Mô tả', en: 'Description' } },
  ],
}
