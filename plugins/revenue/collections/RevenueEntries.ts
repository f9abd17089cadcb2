import type { CollectionConfig } from 'payload'

import { canKeepRevenue } from '../../../src/access/figures'
import { nobodyField } from '../../../src/access'
import { holdLedgerLock } from '../hooks/holdLedgerLock'
import { parseAmountText } from '../hooks/parseAmountText'
import { refuseClosedMonthChange } from '../hooks/refuseClosedMonthChange'
import { refuseClosedMonthDelete } from '../hooks/refuseClosedMonthDelete'
import { refuseDuplicateEntry } from '../hooks/refuseDuplicateEntry'
import {
  ENTRY_KINDS,
  ENTRY_SOURCES,
  KIND_LABELS,
  LINE_INFO,
  REVENUE_LINES,
  SOURCE_LABELS,
} from '../lib/lines'
import { MAX_AMOUNT } from '../lib/amount'
import { MAX_NOTE } from '../lib/ledgerRows'
import { REVENUE_ENTRIES_SLUG, REVENUE_IMPORTS_SLUG } from '../lib/slugs'
import { entryAmount, entryMonth } from '../lib/validators'

/** Kept by the import endpoint only: clients can neither set nor change them. */
const systemField = { access: { create: nobodyField, update: nobodyField }, admin: { readOnly: true } }

/**
 * One figure of the revenue ledger: a month's plan or actual for one revenue line of one
 * publication/channel (or the agency as a whole), in whole đồng. Closed months are locked.
 */
export const RevenueEntries: CollectionConfig = {
  slug: REVENUE_ENTRIES_SLUG,
  labels: {
    singular: { vi: 'Mục doanh thu', en: 'Revenue entry' },
    plural: { vi: 'Sổ doanh thu', en: 'Revenue ledger' },
  },
  admin: {
    useAsTitle: 'month',
    group: { vi: 'Số liệu quản lý', en: 'Management figures' },
    defaultColumns: ['month', 'publication', 'line', 'kind', 'amount', 'source'],
    description: {
      vi: 'Mỗi tháng, kênh, nguồn thu và loại (kế hoạch/thực hiện) một mục. Tháng đã khóa sổ không sửa được.',
      en: 'One entry per month, channel, line and kind. Closed months cannot be changed.',
    },
  },
  access: { read: canKeepRevenue, create: canKeepRevenue, update: canKeepRevenue, delete: canKeepRevenue },
  defaultSort: '-month',
  indexes: [{ fields: ['month', 'publication', 'line', 'kind'], unique: true }],
  hooks: {
    beforeOperation: [parseAmountText],
    beforeChange: [holdLedgerLock, refuseClosedMonthChange, refuseDuplicateEntry],
    beforeDelete: [refuseClosedMonthDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'month',
          type: 'text',
          required: true,
          index: true,
          label: { vi: 'Tháng (YYYY-MM)', en: 'Month (YYYY-MM)' },
          validate: entryMonth,
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'actual',
          options: ENTRY_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
          label: { vi: 'Loại', en: 'Kind' },
        },
      ],
    },
    {
      name: 'publication',
      type: 'relationship',
      relationTo: 'publications',
      index: true,
      label: { vi: 'Kênh / ấn phẩm', en: 'Publication / channel' },
      admin: {
        description: { vi: 'Để trống nếu là doanh thu chung của cơ quan.', en: 'Empty: agency-wide.' },
      },
    },
    {
      name: 'line',
      type: 'select',
      required: true,
      options: REVENUE_LINES.map((value) => ({ value, label: LINE_INFO[value].label })),
      label: { vi: 'Nguồn thu', en: 'Revenue line' },
    },
    {
      name: 'amount',
      type: 'number',
      required: true,
      min: 0,
      max: MAX_AMOUNT,
      label: { vi: 'Số tiền (đồng)', en: 'Amount (VND)' },
      validate: entryAmount,
    },
    { name: 'note', type: 'textarea', maxLength: MAX_NOTE, label: { vi: 'Ghi chú', en: 'Note' } },
    {
      type: 'row',
      fields: [
        {
          name: 'source',
          type: 'select',
          defaultValue: 'manual',
          options: ENTRY_SOURCES.map((value) => ({ value, label: SOURCE_LABELS[value] })),
          label: { vi: 'Nguồn dữ liệu', en: 'Source' },
          ...systemField,
        },
        {
          name: 'import',
          type: 'relationship',
          relationTo: REVENUE_IMPORTS_SLUG,
          index: true,
          label: { vi: 'Lượt nhập tệp', en: 'Import' },
          ...systemField,
        },
      ],
    },
  ],
  timestamps: true,
}
