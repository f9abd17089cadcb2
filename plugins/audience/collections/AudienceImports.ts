import type { CollectionConfig } from 'payload'

import { canReadFigures } from '../../../src/access/figures'
import { nobody } from '../../../src/access'
import { MEASURES, MEASURE_LABELS } from '../lib/measures'
import { FIGURES_GROUP } from './fields'

export const AUDIENCE_IMPORTS_SLUG = 'audience-imports'

const readOnly = { readOnly: true }

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
    { name: 'fileName', type: 'text', label: { vi: 'Tên tệp', en: 'File name' }, admin: readOnly },
    {
      name: 'sha256',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: 'SHA-256',
      admin: readOnly,
    },
    {
      name: 'platforms',
      type: 'text',
      label: { vi: 'Nền tảng', en: 'Platforms' },
      admin: {
        ...readOnly,
        description: { vi: 'Mã nền tảng, cách nhau bởi dấu phẩy.', en: 'Comma-separated.' },
      },
    },
    {
      name: 'encoding',
      type: 'select',
      options: [
        { value: 'utf-8', label: 'UTF-8' },
        { value: 'utf-8-bom', label: 'UTF-8 (BOM)' },
        { value: 'windows-1258', label: 'Windows-1258' },
      ],
      label: { vi: 'Bảng mã', en: 'Encoding' },
      admin: readOnly,
    },
    {
      type: 'row',
      fields: [
        { name: 'firstDay', type: 'text', label: { vi: 'Từ ngày', en: 'From' }, admin: readOnly },
        { name: 'lastDay', type: 'text', label: { vi: 'Đến ngày', en: 'To' }, admin: readOnly },
        { name: 'days', type: 'number', label: { vi: 'Số ngày', en: 'Days' }, admin: readOnly },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'rows', type: 'number', label: { vi: 'Số dòng', en: 'Rows' }, admin: readOnly },
        {
          name: 'replaced',
          type: 'number',
          defaultValue: 0,
          label: { vi: 'Số dòng cũ đã thay', en: 'Rows replaced' },
          admin: readOnly,
        },
      ],
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
        admin: readOnly,
      })),
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người nhập', en: 'Uploaded by' },
      admin: readOnly,
    },
  ],
  timestamps: true,
}
