import type { CollectionConfig } from 'payload'

import { canKeepRevenue } from '../../../src/access/figures'
import { isAdmin, nobodyField } from '../../../src/access'
import { holdLedgerLock } from '../hooks/holdLedgerLock'
import { refuseClosingTwice } from '../hooks/refuseClosingTwice'
import { stampPeriodClosure } from '../hooks/stampPeriodClosure'
import { REVENUE_PERIODS_SLUG } from '../lib/slugs'
import { periodMonth } from '../lib/validators'

const systemField = { access: { create: nobodyField, update: nobodyField }, admin: { readOnly: true } }

/**
 * A closed month of the revenue ledger: its entries can no longer be added, changed or deleted,
 * nor imported into. Managers close; only an administrator reopens, by deleting the record (the
 * audit log keeps who and when).
 */
export const RevenuePeriods: CollectionConfig = {
  slug: REVENUE_PERIODS_SLUG,
  labels: {
    singular: { vi: 'Tháng đã khóa sổ', en: 'Closed month' },
    plural: { vi: 'Khóa sổ doanh thu', en: 'Closed months' },
  },
  admin: {
    useAsTitle: 'month',
    group: { vi: 'Số liệu quản lý', en: 'Management figures' },
    defaultColumns: ['month', 'closedAt', 'closedBy', 'note'],
  },
  access: { read: canKeepRevenue, create: canKeepRevenue, update: isAdmin, delete: isAdmin },
  defaultSort: '-month',
  hooks: { beforeChange: [holdLedgerLock, refuseClosingTwice, stampPeriodClosure] },
  fields: [
    {
      name: 'month',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { vi: 'Tháng (YYYY-MM)', en: 'Month (YYYY-MM)' },
      validate: periodMonth,
      access: { update: nobodyField },
    },
    { name: 'closedAt', type: 'date', label: { vi: 'Khóa lúc', en: 'Closed at' }, ...systemField },
    {
      name: 'closedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người khóa', en: 'Closed by' },
      ...systemField,
    },
    { name: 'note', type: 'textarea', maxLength: 500, label: { vi: 'Ghi chú', en: 'Note' } },
  ],
  timestamps: true,
}
