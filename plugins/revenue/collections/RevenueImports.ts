import type { CollectionConfig } from 'payload'

import { canKeepRevenue } from '../../../src/access/figures'
import { nobody } from '../../../src/access'
import { removeImportEntries } from '../hooks/removeImportEntries'
import { REVENUE_IMPORTS_SLUG } from '../lib/slugs'

const readOnly = { readOnly: true }

/**
 * One record per revenue file imported (CSV or XLSX): which content (sha256 of its rows, so the
 * same ledger re-saved or re-encoded is still recognised), which months, the totals and who sent
 * it. Written only by `POST /api/revenue-entries/import`; deleting one removes its entries.
 */
export const RevenueImports: CollectionConfig = {
  slug: REVENUE_IMPORTS_SLUG,
  labels: {
    singular: { vi: 'Lượt nhập doanh thu', en: 'Revenue import' },
    plural: { vi: 'Lượt nhập doanh thu', en: 'Revenue imports' },
  },
  admin: {
    useAsTitle: 'fileName',
    group: { vi: 'Số liệu quản lý', en: 'Management figures' },
    defaultColumns: ['fileName', 'format', 'months', 'rows', 'replaced', 'uploadedBy', 'createdAt'],
    description: {
      vi: 'Xóa một lượt nhập sẽ xóa các mục doanh thu của nó (trừ khi thuộc tháng đã khóa sổ).',
      en: 'Deleting an import removes its entries (unless in a closed month).',
    },
  },
  access: { read: canKeepRevenue, create: nobody, update: nobody, delete: canKeepRevenue },
  hooks: { beforeDelete: [removeImportEntries] },
  fields: [
    { name: 'fileName', type: 'text', label: { vi: 'Tên tệp', en: 'File name' }, admin: readOnly },
    {
      name: 'sha256',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: 'SHA-256',
      admin: { ...readOnly, description: { vi: 'Của nội dung đã đọc.', en: 'Of the decoded content.' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'format',
          type: 'select',
          options: [
            { value: 'csv', label: 'CSV' },
            { value: 'xlsx', label: 'XLSX' },
          ],
          label: { vi: 'Định dạng', en: 'Format' },
          admin: readOnly,
        },
        {
          name: 'encoding',
          type: 'text',
          label: { vi: 'Bảng mã', en: 'Encoding' },
          admin: readOnly,
        },
        { name: 'rows', type: 'number', label: { vi: 'Số dòng', en: 'Rows' }, admin: readOnly },
        {
          name: 'replaced',
          type: 'number',
          defaultValue: 0,
          label: { vi: 'Số mục đã thay', en: 'Entries replaced' },
          admin: readOnly,
        },
      ],
    },
    {
      name: 'months',
      type: 'text',
      label: { vi: 'Các tháng trong tệp', en: 'Months covered' },
      admin: readOnly,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'totalPlan',
          type: 'number',
          label: { vi: 'Tổng kế hoạch (đồng)', en: 'Plan total (VND)' },
          admin: readOnly,
        },
        {
          name: 'totalActual',
          type: 'number',
          label: { vi: 'Tổng thực hiện (đồng)', en: 'Actual total (VND)' },
          admin: readOnly,
        },
      ],
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
