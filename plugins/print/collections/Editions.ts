import type { CollectionConfig } from 'payload'

import { canPlanPrint, canReadPrint, canRemoveEditions } from '../../../src/access/print'
import { checkEditionPages } from '../hooks/checkEditionPages'
import { checkEditionPublication } from '../hooks/checkEditionPublication'
import { refuseDuplicateEditionNumber } from '../hooks/refuseDuplicateEditionNumber'
import { removeEditionPlacements } from '../hooks/removeEditionPlacements'
import { requirePrintLogin } from '../hooks/requirePrintLogin'
import { setEditionTitle } from '../hooks/setEditionTitle'
import { wholeNumber } from '../lib/wholeNumber'

export const EDITIONS_SLUG = 'editions'

export const EDITION_STATUSES = [
  { value: 'planning', label: { vi: 'Đang dàn trang', en: 'Planning' } },
  { value: 'closed', label: { vi: 'Đã chốt trang', en: 'Closed' } },
  { value: 'printed', label: { vi: 'Đã in', en: 'Printed' } },
]

/**
 * Bounds that keep a typo or a runaway client from writing thousands of page rows: the thickest
 * Tết special issues run to a few hundred pages, and issue numbers of the oldest dailies to tens
 * of thousands.
 */
export const MAX_EDITION_PAGES = 400
export const MAX_PAGE_NUMBER = 999
export const MAX_EDITION_NUMBER = 999_999

export const PAGE_COLOURS = [
  { value: 'colour', label: { vi: 'Màu', en: 'Colour' } },
  { value: 'mono', label: { vi: 'Đen trắng', en: 'Mono' } },
]

/** One issue of a printed (or e-paper) publication: its number, day and pages. */
export const Editions: CollectionConfig = {
  slug: EDITIONS_SLUG,
  labels: {
    singular: { vi: 'Số báo in', en: 'Print edition' },
    plural: { vi: 'Số báo in', en: 'Print editions' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publication', 'date', 'status'],
    group: { vi: 'Báo in', en: 'Print' },
  },
  access: { read: canReadPrint, create: canPlanPrint, update: canPlanPrint, delete: canRemoveEditions },
  // One number per publication: the hook answers first with a clear message, the index is the last line.
  indexes: [{ fields: ['publication', 'number'], unique: true }],
  defaultSort: '-date',
  hooks: {
    beforeOperation: [requirePrintLogin],
    beforeChange: [setEditionTitle, checkEditionPublication, refuseDuplicateEditionNumber, checkEditionPages],
    beforeDelete: [removeEditionPlacements],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { vi: 'Tên số báo', en: 'Title' },
      admin: {
        readOnly: true,
        description: { vi: 'Tự đặt: "Số 123 — 22/11/2026"', en: 'Set automatically' },
      },
    },
    {
      name: 'publication',
      type: 'relationship',
      relationTo: 'publications',
      required: true,
      index: true,
      label: { vi: 'Ấn phẩm', en: 'Publication' },
      filterOptions: { kind: { in: ['print', 'epaper'] } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          index: true,
          label: { vi: 'Ngày phát hành', en: 'Issue date' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'number',
          type: 'number',
          required: true,
          min: 1,
          max: MAX_EDITION_NUMBER,
          label: { vi: 'Số báo', en: 'Issue number' },
          validate: wholeNumber('Số báo'),
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'planning',
          label: { vi: 'Tình trạng', en: 'Status' },
          options: EDITION_STATUSES,
        },
      ],
    },
    {
      name: 'pages',
      type: 'array',
      maxRows: MAX_EDITION_PAGES,
      label: { vi: 'Trang', en: 'Pages' },
      labels: { singular: { vi: 'Trang', en: 'Page' }, plural: { vi: 'Trang', en: 'Pages' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'number',
              type: 'number',
              required: true,
              min: 1,
              max: MAX_PAGE_NUMBER,
              label: { vi: 'Trang số', en: 'Page number' },
              validate: wholeNumber('Trang số'),
            },
            {
              name: 'section',
              type: 'relationship',
              relationTo: 'sections',
              label: { vi: 'Chuyên mục', en: 'Section' },
            },
            {
              name: 'colour',
              type: 'select',
              required: true,
              defaultValue: 'mono',
              label: { vi: 'In màu', en: 'Colour' },
              options: PAGE_COLOURS,
            },
          ],
        },
        { name: 'note', type: 'text', label: { vi: 'Ghi chú', en: 'Note' } },
      ],
    },
  ],
}
