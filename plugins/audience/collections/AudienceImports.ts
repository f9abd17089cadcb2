import type { CollectionConfig } from 'payload'

import { canReadFigures } from '../../../src/access/figures'
import { nobody } from '../../../src/access'
import {
  encodingField,
  fileNameField,
  importerField,
  READ_ONLY,
  replacedField,
  rowsField,
  sha256Field,
} from '../../../src/lib/imports/fields'
import { MEASURES, MEASURE_LABELS } from '../lib/measures'
import { FIGURES_GROUP } from './fields'

export const AUDIENCE_IMPORTS_SLUG = 'audience-imports'

/**
 * One record per platform export imported: who sent which bytes (sha256: the same file twice is
 * refused), which platforms and days it covered, how many earlier rows it replaced and its
 * totals as read from the file. Written only by `POST /api/audience-daily/import`, in the same
 * transaction as its rows.
 */
export const AudienceImports: CollectionConfig = {
  slug: AUDIENCE_IMPORTS_SLUG,
  labels: {
    singular: { vi: 'Lượt nhập số liệu khán giả', en: 'Audience import' },
    plural: { vi: 'Lượt nhập số liệu khán giả', en: 'Audience imports' },
  },
  admin: {
    useAsTitle: 'fileName',
    group: FIGURES_GROUP,
    defaultColumns: ['fileName', 'platforms', 'firstDay', 'lastDay', 'rows', 'uploadedBy', 'createdAt'],
  },
  access: { read: canReadFigures, create: nobody, update: nobody, delete: nobody },
  fields: [
    fileNameField,
    sha256Field({ unique: true }),
    {
      name: 'platforms',
      type: 'text',
      label: { vi: 'Nền tảng', en: 'Platforms' },
      admin: {
        ...READ_ONLY,
        description: { vi: 'Mã nền tảng, cách nhau bởi dấu phẩy.', en: 'Comma-separated.' },
      },
    },
    encodingField,
    {
      type: 'row',
      fields: [
        { name: 'firstDay', type: 'text', label: { vi: 'Từ ngày', en: 'From' }, admin: READ_ONLY },
        { name: 'lastDay', type: 'text', label: { vi: 'Đến ngày', en: 'To' }, admin: READ_ONLY },
        { name: 'days', type: 'number', label: { vi: 'Số ngày', en: 'Days' }, admin: READ_ONLY },
      ],
    },
    {
      type: 'row',
      fields: [rowsField, replacedField({ vi: 'Số dòng cũ đã thay', en: 'Rows replaced' })],
    },
    {
      name: 'totals',
      type: 'group',
      label: { vi: 'Tổng trong tệp', en: 'File totals' },
      fields: MEASURES.map((measure) => ({
        name: measure,
        type: 'number' as const,
        defaultValue: 0,
        label: MEASURE_LABELS[measure],
        admin: READ_ONLY,
      })),
    },
    importerField(),
  ],
  timestamps: true,
}
