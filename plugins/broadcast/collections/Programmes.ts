import type { CollectionConfig } from 'payload'

import { canPlanProgrammes, canReadBroadcast } from '../../../src/access/broadcast'
import { refuseDeletingUsedProgramme } from '../hooks/refuseDeletingUsedProgramme'
import { broadcastChannel, clockHHMM, wholeSeconds } from '../lib/validators'
import { GENRES, ORIGINS, PROGRAMMES_SLUG, WEEKDAYS } from '../types'
import { itemTitleField, itemTypeField, plannedSecondsField } from './itemFields'

/**
 * A recurring programme of a radio or TV channel ("Thời sự 19h", every day at 19:00 for 30
 * minutes): the template each day's rundown starts from. The airtime report reads its genre and
 * origin.
 */
export const Programmes: CollectionConfig = {
  slug: PROGRAMMES_SLUG,
  labels: {
    singular: { vi: 'Chương trình', en: 'Programme' },
    plural: { vi: 'Chương trình', en: 'Programmes' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'channel', 'startTime', 'durationSeconds', 'active'],
    group: { vi: 'Phát sóng', en: 'Broadcast' },
  },
  access: {
    read: canReadBroadcast,
    create: canPlanProgrammes,
    update: canPlanProgrammes,
    delete: canPlanProgrammes,
  },
  hooks: { beforeDelete: [refuseDeletingUsedProgramme] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { vi: 'Tên chương trình', en: 'Name' },
    },
    {
      name: 'channel',
      type: 'relationship',
      relationTo: 'publications',
      required: true,
      index: true,
      label: { vi: 'Kênh', en: 'Channel' },
      filterOptions: { kind: { in: ['radio', 'tv'] } },
      validate: broadcastChannel,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'genre',
          type: 'select',
          required: true,
          defaultValue: 'news',
          label: { vi: 'Thể loại', en: 'Genre' },
          options: GENRES.map((genre) => ({ value: genre.value, label: genre.label })),
        },
        {
          name: 'origin',
          type: 'select',
          required: true,
          defaultValue: 'self',
          label: { vi: 'Nguồn sản xuất', en: 'Origin' },
          options: ORIGINS.map((origin) => ({ value: origin.value, label: origin.label })),
        },
      ],
    },
    {
      name: 'weekdays',
      type: 'select',
      hasMany: true,
      label: { vi: 'Ngày phát trong tuần', en: 'Weekdays' },
      options: WEEKDAYS.map((day) => ({ value: day.value, label: day.label })),
      admin: { description: { vi: 'Để trống: phát hằng ngày.', en: 'Empty: every day.' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startTime',
          type: 'text',
          required: true,
          label: { vi: 'Giờ phát (HH:MM)', en: 'Start (HH:MM)' },
          validate: clockHHMM('Giờ phát'),
        },
        {
          name: 'durationSeconds',
          type: 'number',
          required: true,
          min: 1,
          label: { vi: 'Thời lượng (giây)', en: 'Duration (s)' },
          validate: wholeSeconds('Thời lượng', { min: 1, required: true }),
        },
      ],
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: { vi: 'Đang phát sóng', en: 'Active' },
    },
    {
      name: 'templateItems',
      type: 'array',
      maxRows: 100,
      label: { vi: 'Mục mẫu của kịch bản', en: 'Template items' },
      labels: {
        singular: { vi: 'Mục mẫu', en: 'Template item' },
        plural: { vi: 'Mục mẫu', en: 'Template items' },
      },
      admin: {
        description: {
          vi: 'Sao chép vào mỗi kịch bản mới của chương trình (hình hiệu, dẫn đầu, quảng cáo…).',
          en: 'Copied into each new rundown of the programme (idents, opening, adverts…).',
        },
      },
      fields: [{ type: 'row', fields: [itemTypeField, itemTitleField, plannedSecondsField] }],
    },
  ],
}
