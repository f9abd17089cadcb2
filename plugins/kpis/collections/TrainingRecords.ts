import type { CollectionConfig } from 'payload'

import { canKeepFigures, canReadTraining } from '../../../src/access/figures'
import { STAFF_ROLES } from '../../../src/lib/roles'
import {
  MAX_TRAINING_HOURS,
  staffMember,
  trainingDate,
  trainingHours,
  trainingStartDate,
} from '../lib/validators'

export const TRAINING_RECORDS_SLUG = 'training-records'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

/**
 * One course a staff member took: what, who gave it, when, how many hours, and whether it counts
 * towards the province's digital-transformation training target. Kept by managers and admins;
 * every staff member reads their own.
 */
export const TrainingRecords: CollectionConfig = {
  slug: TRAINING_RECORDS_SLUG,
  labels: {
    singular: { vi: 'Hồ sơ đào tạo', en: 'Training record' },
    plural: { vi: 'Hồ sơ đào tạo', en: 'Training records' },
  },
  admin: {
    useAsTitle: 'course',
    group: { vi: 'Số liệu', en: 'Figures' },
    defaultColumns: ['staff', 'course', 'provider', 'date', 'hours', 'digitalTransformation'],
    listSearchableFields: ['course', 'provider', 'certificate'],
  },
  access: {
    read: canReadTraining,
    create: canKeepFigures,
    update: canKeepFigures,
    delete: canKeepFigures,
  },
  defaultSort: '-date',
  fields: [
    {
      name: 'staff',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: { vi: 'Nhân sự', en: 'Staff member' },
      filterOptions: { role: { in: [...STAFF_ROLES] } },
      validate: staffMember,
    },
    {
      name: 'course',
      type: 'text',
      required: true,
      maxLength: 300,
      label: { vi: 'Khóa đào tạo', en: 'Course' },
    },
    {
      name: 'provider',
      type: 'text',
      maxLength: 200,
      label: { vi: 'Đơn vị tổ chức', en: 'Provider' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          type: 'date',
          label: { vi: 'Ngày bắt đầu', en: 'Start date' },
          admin: dayOnly,
          validate: trainingStartDate,
        },
        {
          name: 'date',
          type: 'date',
          required: true,
          index: true,
          label: { vi: 'Ngày hoàn thành', en: 'Completed on' },
          admin: dayOnly,
          validate: trainingDate,
        },
        {
          name: 'hours',
          type: 'number',
          required: true,
          label: { vi: 'Số giờ', en: 'Hours' },
          admin: {
            step: 0.5,
            description: {
              vi: `Lớn hơn 0, tối đa ${MAX_TRAINING_HOURS}.`,
              en: `Over 0, at most ${MAX_TRAINING_HOURS}.`,
            },
          },
          validate: trainingHours,
        },
      ],
    },
    {
      name: 'digitalTransformation',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: {
        vi: 'Tính vào chỉ tiêu đào tạo chuyển đổi số',
        en: 'Counts towards the digital-transformation target',
      },
    },
    {
      name: 'certificate',
      type: 'text',
      maxLength: 200,
      label: { vi: 'Số chứng chỉ / chứng nhận', en: 'Certificate number or note' },
    },
    { name: 'note', type: 'textarea', maxLength: 2000, label: { vi: 'Ghi chú', en: 'Note' } },
  ],
}
