import type { CollectionConfig } from 'payload'

import { canKeepRevenue } from '../../../src/access/figures'
import { nobody } from '../../../src/access'
import {
  fileNameField,
  importerField,
  READ_ONLY,
  replacedField,
  rowsField,
  sha256Field,
} from '../../../src/lib/imports/fields'
import { removeImportEntries } from '../hooks/removeImportEntries'
import { REVENUE_IMPORTS_SLUG } from '../lib/slugs'

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
    fileNameField,
    sha256Field({
      unique: true,
      admin: { description: { vi: 'Của nội dung đã đọc.', en: 'Of the decoded content.' } },
    }),
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
          admin: READ_ONLY,
        },
        {
          name: 'encoding',
          type: 'text',
          label: { vi: 'Bảng mã', en: 'Encoding' },
          admin: READ_ONLY,
        },
        rowsField,
        replacedField({ vi: 'Số mục đã thay', en: 'Entries replaced' }),
      ],
    },
    {
      name: 'months',
      type: 'text',
      label: { vi: 'Các tháng trong tệp', en: 'Months covered' },
      admin: READ_ONLY,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'totalPlan',
          type: 'number',
          label: { vi: 'Tổng kế hoạch (đồng)', en: 'Plan total (VND)' },
          admin: READ_ONLY,
        },
        {
          name: 'totalActual',
          type: 'number',
          label: { vi: 'Tổng thực hiện (đồng)', en: 'Actual total (VND)' },
          admin: READ_ONLY,
        },
      ],
    },
    importerField(),
  ],
  timestamps: true,
}
