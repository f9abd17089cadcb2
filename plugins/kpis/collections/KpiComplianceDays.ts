import type { CollectionConfig } from 'payload'

import { nobody } from '../../../src/access'
import { canReadFigures } from '../../../src/access/figures'

export const KPI_COMPLIANCE_DAYS_SLUG = 'kpi-compliance-days'

const readOnly = { readOnly: true }

/**
 * The verdict of each (channel, broadcast day) with an as-run log, kept so the compliant-days
 * KPI need not judge a year of days on every request. Each row carries the fingerprint of the
 * items it was computed from (count, latest change, sums of the day's and the previous day's
 * as-run items, plus the settings); a row whose fingerprint no longer matches is recomputed.
 * Written only by the KPI code (lib/compliance/refreshCache.ts), never by clients.
 */
export const KpiComplianceDays: CollectionConfig = {
  slug: KPI_COMPLIANCE_DAYS_SLUG,
  labels: {
    singular: { vi: 'Ngày phát sóng (đã chấm)', en: 'Judged broadcast day' },
    plural: { vi: 'Ngày phát sóng (đã chấm)', en: 'Judged broadcast days' },
  },
  admin: { hidden: true, useAsTitle: 'day' },
  access: { read: canReadFigures, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['channel', 'day'], unique: true }],
  fields: [
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
      name: 'day',
      type: 'text',
      required: true,
      index: true,
      label: { vi: 'Ngày phát sóng', en: 'Broadcast day' },
      admin: readOnly,
    },
    {
      name: 'pass',
      type: 'checkbox',
      label: { vi: 'Đạt mọi quy định', en: 'Meets every rule' },
      admin: readOnly,
    },
    {
      name: 'violations',
      type: 'json',
      label: { vi: 'Quy định không đạt', en: 'Rules broken' },
      admin: readOnly,
    },
    { name: 'itemCount', type: 'number', label: { vi: 'Số mục', en: 'Items' }, admin: readOnly },
    {
      name: 'airtimeSeconds',
      type: 'number',
      label: { vi: 'Thời lượng (giây)', en: 'Airtime (s)' },
      admin: readOnly,
    },
    { name: 'fingerprint', type: 'text', admin: { ...readOnly, hidden: true } },
    { name: 'computedAt', type: 'date', label: { vi: 'Chấm lúc', en: 'Computed at' }, admin: readOnly },
  ],
}
