import type { CollectionConfig } from 'payload'

import { isStaff, nobodyField } from '../../../src/access'
import { canCreatePlanning, canDeletePlanItems, canUpdatePlanItems } from '../../../src/access/planning'
import { calendarEndpoint } from '../endpoints/calendar'
import { checkPlanDesk } from '../hooks/checkPlanDesk'
import { clearPlanForDelete } from '../hooks/clearPlanForDelete'
import { derivePlanItemStatus } from '../hooks/derivePlanItemStatus'
import { normalizePlanDate } from '../hooks/normalizePlanDate'
import { syncPlanAssignments } from '../hooks/syncPlanAssignments'
import { ASSET_LABELS, CHANNEL_LABELS, optionsOf, PLAN_STATUS_LABELS, PRIORITY_LABELS } from '../lib/labels'
import { MANUAL_PLAN_STATUSES, PLAN_ITEMS_SLUG } from '../types'

/** One line of the story budget: a story planned for a day, a desk and (optionally) a channel. */
export const PlanItems: CollectionConfig = {
  slug: PLAN_ITEMS_SLUG,
  labels: {
    singular: { vi: 'Kế hoạch tin bài', en: 'Plan item' },
    plural: { vi: 'Kế hoạch tin bài', en: 'Plan items' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', 'slot', 'desk', 'priority', 'status'],
    listSearchableFields: ['title', 'slot'],
    group: { vi: 'Kế hoạch', en: 'Planning' },
  },
  access: {
    read: isStaff,
    create: canCreatePlanning,
    update: canUpdatePlanItems,
    delete: canDeletePlanItems,
  },
  // The calendar reads one desk's days; the story editor looks its plan up by story.
  indexes: [{ fields: ['desk', 'date'] }],
  hooks: {
    beforeValidate: [normalizePlanDate],
    beforeChange: [checkPlanDesk, derivePlanItemStatus],
    afterChange: [syncPlanAssignments],
    beforeDelete: [clearPlanForDelete],
  },
  endpoints: [calendarEndpoint],
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 250,
      label: { vi: 'Đề tài / tít dự kiến', en: 'Title' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          index: true,
          label: { vi: 'Ngày', en: 'Date' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'slot',
          type: 'text',
          maxLength: 100,
          label: { vi: 'Vị trí / khung giờ', en: 'Slot' },
          admin: { placeholder: 'Trang 1, Thời sự 19h, Web 08:00…' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'desk',
          type: 'relationship',
          relationTo: 'desks',
          required: true,
          label: { vi: 'Ban', en: 'Desk' },
        },
        {
          name: 'publication',
          type: 'relationship',
          relationTo: 'publications',
          label: { vi: 'Ấn phẩm / kênh', en: 'Publication' },
          admin: { description: { vi: 'Để trống = mọi kênh', en: 'Empty = every channel' } },
        },
        {
          name: 'section',
          type: 'relationship',
          relationTo: 'sections',
          label: { vi: 'Chuyên mục', en: 'Section' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'priority',
          type: 'select',
          required: true,
          defaultValue: 'normal',
          label: { vi: 'Mức ưu tiên', en: 'Priority' },
          options: optionsOf(PRIORITY_LABELS),
        },
        {
          name: 'wantedChannels',
          type: 'select',
          hasMany: true,
          label: { vi: 'Kênh cần', en: 'Wanted channels' },
          options: optionsOf(CHANNEL_LABELS),
        },
        {
          name: 'assets',
          type: 'select',
          hasMany: true,
          label: { vi: 'Tư liệu / ê-kíp cần', en: 'Assets needed' },
          options: optionsOf(ASSET_LABELS),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'plannedLength',
          type: 'number',
          min: 0,
          max: 100_000,
          label: { vi: 'Độ dài báo in (ký tự)', en: 'Print length (characters)' },
        },
        {
          name: 'plannedSeconds',
          type: 'number',
          min: 0,
          max: 86_400,
          label: { vi: 'Thời lượng phát sóng (giây)', en: 'Air time (seconds)' },
        },
      ],
    },
    { name: 'notes', type: 'textarea', label: { vi: 'Ghi chú', en: 'Notes' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      index: true,
      label: { vi: 'Trạng thái', en: 'Status' },
      options: optionsOf(PLAN_STATUS_LABELS),
      // People choose idea, planned or dropped; the other statuses follow the work itself.
      filterOptions: ({ options, data }) =>
        options.filter((option) => {
          const value = typeof option === 'string' ? option : option.value
          return (MANUAL_PLAN_STATUSES as readonly string[]).includes(value) || value === data?.status
        }),
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Đã giao / đang thực hiện / đã nộp / đã xuất bản được tính tự động từ phân công và tin bài.',
          en: 'Assigned, in progress, filed and published follow the assignments and the story.',
        },
      },
    },
    {
      name: 'story',
      type: 'relationship',
      relationTo: 'stories',
      index: true,
      label: { vi: 'Tin bài', en: 'Story' },
      access: { create: nobodyField, update: nobodyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          vi: 'Gắn khi tạo tin bài từ một phân công.',
          en: 'Set when a story is created from an assignment.',
        },
      },
    },
  ],
}
