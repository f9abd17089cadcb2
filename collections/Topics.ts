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
    {
      // One list for every locale: the tagger reads Vietnamese text, and matching ignores diacritics
      // only where the story has none.
      name: 'keywords',
      type: 'textarea',
      label: { vi: 'Từ khóa nhận diện (mỗi dòng một cụm)', en: 'Keywords (one phrase per line)' },
      admin: {
        description: {
          vi: 'Công cụ gắn thẻ AI dùng các cụm từ này để đề xuất chủ đề cho tin bài: càng nhiều cụm khác nhau xuất hiện, đề xuất càng chắc chắn. Nên viết có dấu.',
          en: 'The AI tagger suggests this topic for stories that use these phrases: the more different phrases appear, the surer the suggestion. Write them with diacritics.',
        },
      },
    },
  ],
}
