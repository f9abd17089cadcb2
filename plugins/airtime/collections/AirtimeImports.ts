import type { CollectionConfig } from 'payload'

import { canEditSchedule } from '../../../src/access/airtime'
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
import { LOGS, LOG_LABELS } from '../lib/vocabulary'

export const AIRTIME_IMPORTS_SLUG = 'airtime-imports'

/**
 * One record per CSV file imported into a channel's plan or as-run log: who sent which bytes
 * (sha256), how they were decoded, which days they covered and how many items they replaced.
 * Written only by `POST /api/schedule-items/import`, in the same transaction as its items.
 */
export const AirtimeImports: CollectionConfig = {
  slug: AIRTIME_IMPORTS_SLUG,
  labels: {
    singular: { vi: 'Lượt nhập lịch phát sóng', en: 'Schedule import' },
    plural: { vi: 'Lượt nhập lịch phát sóng', en: 'Schedule imports' },
  },
  admin: {
    useAsTitle: 'fileName',
    group: { vi: 'Phát sóng', en: 'Broadcast' },
    defaultColumns: [
      'fileName',
      'channel',
      'log',
      'firstDate',
      'lastDate',
      'rows',
      'importedBy',
      'createdAt',
    ],
  },
  access: { read: canEditSchedule, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      // channel:log:sha256 — the same bytes into the same log twice is refused (409) unless replaced.
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      admin: { ...READ_ONLY, hidden: true },
    },
    {
      name: 'channel',
      type: 'relationship',
      relationTo: 'publications',
      required: true,
      index: true,
      label: { vi: 'Kênh', en: 'Channel' },
      admin: READ_ONLY,
    },
    {
      name: 'log',
      type: 'select',
      required: true,
      options: LOGS.map((value) => ({ value, label: LOG_LABELS[value] })),
      label: { vi: 'Loại lịch', en: 'Log' },
      admin: READ_ONLY,
    },
    fileNameField,
    sha256Field(),
    encodingField,
    {
      type: 'row',
      fields: [
        { name: 'firstDate', type: 'text', label: { vi: 'Từ ngày', en: 'From' }, admin: READ_ONLY },
        { name: 'lastDate', type: 'text', label: { vi: 'Đến ngày', en: 'To' }, admin: READ_ONLY },
      ],
    },
    {
      name: 'dates',
      type: 'text',
      label: { vi: 'Các ngày trong tệp', en: 'Days covered' },
      admin: {
        ...READ_ONLY,
        description: { vi: 'YYYY-MM-DD, cách nhau bởi dấu phẩy.', en: 'Comma-separated.' },
      },
    },
    {
      type: 'row',
      fields: [rowsField, replacedField({ vi: 'Số mục đã thay thế', en: 'Items replaced' })],
    },
    importerField('importedBy'),
  ],
  timestamps: true,
}
