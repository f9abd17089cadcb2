import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../../src/access'
import { canReadFigures } from '../../../src/access/figures'
import { checkPillarSum } from '../hooks/checkPillarSum'
import { refuseDeletingAnsweredCriterion } from '../hooks/refuseDeletingAnsweredCriterion'
import { KPI_KEYS, KPI_LABELS } from '../../kpis/lib/types'
import { hasAtMostTwoDecimals, PILLARS, formatPoints } from '../lib/pillars'
import { ADMIN_GROUP, CRITERIA_SLUG } from '../lib/slugs'

const CODE = /^[0-9A-Za-z]{1,4}(\.[0-9A-Za-z]{1,4}){0,3}$/

/**
 * One criterion of the maturity index, under one of the five fixed pillars. The official texts
 * are not public in full, so the set is data an administrator keeps: the active criteria of a
 * pillar may add up to less than its maximum while being edited, never to more.
 */
export const MaturityCriteria: CollectionConfig = {
  slug: CRITERIA_SLUG,
  labels: {
    singular: { vi: 'Tiêu chí đánh giá mức độ CĐS', en: 'Maturity criterion' },
    plural: { vi: 'Tiêu chí đánh giá mức độ CĐS', en: 'Maturity criteria' },
  },
  admin: {
    useAsTitle: 'code',
    group: ADMIN_GROUP,
    defaultColumns: ['code', 'pillar', 'text', 'maxPoints', 'evidenceKpi', 'active'],
    listSearchableFields: ['code', 'text'],
  },
  access: { read: canReadFigures, create: isAdmin, update: isAdmin, delete: isAdmin },
  defaultSort: ['pillar', 'order', 'code'],
  hooks: { beforeChange: [checkPillarSum], beforeDelete: [refuseDeletingAnsweredCriterion] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'pillar',
          type: 'select',
          required: true,
          index: true,
          options: PILLARS.map((pillar) => ({
            value: pillar.key,
            label: { vi: `${pillar.number}. ${pillar.label.vi} (${pillar.max} điểm)`, en: pillar.label.en },
          })),
          label: { vi: 'Trụ cột', en: 'Pillar' },
        },
        {
          name: 'code',
          type: 'text',
          required: true,
          unique: true,
          label: { vi: 'Mã tiêu chí', en: 'Code' },
          admin: { description: { vi: 'Ví dụ "2.3".', en: 'E.g. "2.3".' } },
          validate: (value: unknown) =>
            typeof value === 'string' && CODE.test(value.trim())
              ? true
              : `Mã tiêu chí phải có dạng "2.3" (chữ số hoặc chữ, ngăn bằng dấu chấm), nhận được ${JSON.stringify(value ?? null)}.`,
        },
        {
          name: 'maxPoints',
          type: 'number',
          required: true,
          label: { vi: 'Điểm tối đa', en: 'Maximum points' },
          validate: (value: unknown) =>
            typeof value === 'number' && value > 0 && value <= 24 && hasAtMostTwoDecimals(value)
              ? true
              : `Điểm tối đa phải lớn hơn 0, không quá 24 và tối đa 2 chữ số thập phân, nhận được ${
                  typeof value === 'number' ? formatPoints(value) : JSON.stringify(value ?? null)
                }.`,
        },
      ],
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      localized: true,
      label: { vi: 'Nội dung tiêu chí', en: 'Criterion' },
    },
    {
      name: 'guidance',
      type: 'textarea',
      localized: true,
      label: { vi: 'Hướng dẫn chấm và minh chứng cần có', en: 'Scoring guidance and evidence expected' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'evidenceKpi',
          type: 'select',
          options: KPI_KEYS.map((key) => ({ value: key, label: KPI_LABELS[key] })),
          label: { vi: 'Chỉ số KPI làm minh chứng', en: 'KPI used as evidence' },
          admin: {
            description: {
              vi: 'Bản tự đánh giá tự điền số liệu của chỉ số này vào phần minh chứng.',
              en: 'The assessment pre-fills this KPI as evidence.',
            },
          },
        },
        {
          name: 'order',
          type: 'number',
          defaultValue: 0,
          label: { vi: 'Thứ tự trong trụ cột', en: 'Order' },
        },
        {
          name: 'active',
          type: 'checkbox',
          defaultValue: true,
          index: true,
          label: { vi: 'Đang áp dụng', en: 'Active' },
        },
      ],
    },
  ],
  timestamps: true,
}
