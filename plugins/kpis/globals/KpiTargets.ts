import type { GlobalConfig } from 'payload'

import { canReadFigures, canKeepFigures } from '../../../src/access/figures'
import { DEFAULT_TARGET_ROWS } from '../lib/targets'
import { KPI_KEYS, KPI_LABELS } from '../lib/types'
import { maxNotBelowMin, reportDeadline } from '../lib/validators'

export const KPI_TARGETS_SLUG = 'kpi-targets'

export const DEFAULT_REPORT_RECIPIENT = 'Sở Khoa học và Công nghệ tỉnh'
export const DEFAULT_REPORT_DEADLINE = '05-12'

/**
 * The targets the KPIs are judged against and who receives the annual report: data an
 * administrator or manager edits, never constants. The target for year Y is the first row of the
 * KPI (by year) whose "until" year is ≥ Y, else its last row; a KPI without rows has no target.
 */
export const KpiTargets: GlobalConfig = {
  slug: KPI_TARGETS_SLUG,
  label: { vi: 'Chỉ tiêu chuyển đổi số', en: 'Digital-transformation targets' },
  admin: { group: { vi: 'Số liệu', en: 'Figures' } },
  access: { read: canReadFigures, update: canKeepFigures },
  fields: [
    {
      name: 'rows',
      type: 'array',
      label: { vi: 'Chỉ tiêu', en: 'Targets' },
      labels: { singular: { vi: 'Chỉ tiêu', en: 'Target' }, plural: { vi: 'Chỉ tiêu', en: 'Targets' } },
      defaultValue: DEFAULT_TARGET_ROWS,
      admin: { initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'kpi',
              type: 'select',
              required: true,
              options: KPI_KEYS.map((value) => ({ value, label: KPI_LABELS[value] })),
              label: { vi: 'Chỉ số', en: 'KPI' },
            },
            {
              name: 'untilYear',
              type: 'number',
              required: true,
              min: 2000,
              max: 2100,
              label: { vi: 'Đến năm', en: 'Until year' },
            },
            { name: 'min', type: 'number', label: { vi: 'Tối thiểu', en: 'At least' } },
            { name: 'max', type: 'number', label: { vi: 'Tối đa', en: 'At most' }, validate: maxNotBelowMin },
          ],
        },
        {
          name: 'note',
          type: 'text',
          label: { vi: 'Diễn giải (khi văn bản nêu khoảng hoặc lời)', en: 'Note (the plan’s own wording)' },
        },
        {
          name: 'source',
          type: 'textarea',
          required: true,
          label: { vi: 'Căn cứ (văn bản, điều khoản)', en: 'Source (document, clause)' },
        },
      ],
    },
    {
      name: 'reportRecipient',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_REPORT_RECIPIENT,
      label: { vi: 'Nơi nhận báo cáo năm', en: 'Annual report recipient' },
      admin: {
        description: {
          vi: 'Từ năm 2025 Sở Thông tin và Truyền thông hợp nhất vào Sở Khoa học và Công nghệ; sửa nếu tỉnh quy định khác.',
          en: 'Since 2025 the information department merged into Science and Technology; change if the province says otherwise.',
        },
      },
    },
    {
      name: 'reportDeadline',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_REPORT_DEADLINE,
      label: { vi: 'Hạn gửi báo cáo (ngày-tháng)', en: 'Report deadline (day-month)' },
      validate: reportDeadline,
    },
  ],
}
