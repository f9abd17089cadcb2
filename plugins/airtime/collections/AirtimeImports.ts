import type { CollectionConfig } from 'payload'

import { canEditSchedule } from '../../../src/access/airtime'
import { nobody } from '../../../src/access'
import { LOGS, LOG_LABELS } from '../lib/vocabulary'

export const AIRTIME_IMPORTS_SLUG = 'airtime-imports'

const readOnly = { readOnly: true }

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
      admin: { ...readOnly, hidden: true },
    },
    {
      name: 'channel',
      type: 'relationship',
      relationTo: 'publications',
      required: true,
      index: true,
      label: { vi: 'Kênh', en: 'Channel' },
      admin: readOnly,
    },
    {
      name: 'log',
      type: 'select',
      required: true,
      options: LOGS.map((value) => ({ value, label: LOG_LABELS[value] })),
      label: { vi: 'Loại lịch', en: 'Log' },
      admin: readOnly,
    },
    { name: 'fileName', type: 'text', label: { vi: 'Tên tệp', en: 'File name' }, admin: readOnly },
    { name: 'sha256', type: 'text', required: true, index: true, label: 'SHA-256', admin: readOnly },
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
        { name: 'firstDate', type: 'text', label: { vi: 'Từ ngày', en: 'From' }, admin: readOnly },
        { name: 'lastDate', type: 'text', label: { vi: 'Đến ngày', en: 'To' }, admin: readOnly },
      ],
    },
    {
      name: 'dates',
      type: 'text',
      label: { vi: 'Các ngày trong tệp', en: 'Days covered' },
      admin: {
        ...readOnly,
        description: { vi: 'YYYY-MM-DD, cách nhau bởi dấu phẩy.', en: 'Comma-separated.' },
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'rows', type: 'number', label: { vi: 'Số dòng', en: 'Rows' }, admin: readOnly },
        {
          name: 'replaced',
          type: 'number',
          defaultValue: 0,
          label: { vi: 'Số mục đã thay thế', en: 'Items replaced' },
          admin: readOnly,
        },
      ],
    },
    {
      name: 'importedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người nhập', en: 'Imported by' },
      admin: readOnly,
    },
  ],
  timestamps: true,
}
