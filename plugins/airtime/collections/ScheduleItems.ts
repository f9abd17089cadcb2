import type { CollectionConfig, Field } from 'payload'

import { canEditSchedule, canReadSchedule } from '../../../src/access/airtime'
import { nobodyField } from '../../../src/access'
import { deriveScheduleTimes } from '../hooks/deriveScheduleTimes'
import { refuseScheduleOverlap } from '../hooks/refuseScheduleOverlap'
import { SCHEDULE_ITEMS_SLUG } from '../lib/scheduleStore'
import {
  broadcastChannel,
  broadcastDate,
  normaliseStart,
  positiveDuration,
  startClock,
} from '../lib/validators'
import {
  GENRES,
  GENRE_LABELS,
  LOGS,
  LOG_LABELS,
  ORIGINS,
  ORIGIN_LABELS,
  SOURCES,
  SOURCE_LABELS,
} from '../lib/vocabulary'
import { AIRTIME_IMPORTS_SLUG } from './AirtimeImports'

/** Kept by hooks and endpoints only: clients can neither set nor change them. */
const systemField = { access: { create: nobodyField, update: nobodyField }, admin: { readOnly: true } }

/** Links to the broadcast plugin's programmes and rundowns, when it is installed. */
function broadcastLinks(withBroadcast: boolean): Field[] {
  if (!withBroadcast) return []
  return [
    {
      type: 'row',
      fields: [
        {
          name: 'programme',
          type: 'relationship',
          relationTo: 'programmes',
          label: { vi: 'Chương trình', en: 'Programme' },
        },
        {
          name: 'rundown',
          type: 'relationship',
          relationTo: 'rundowns',
          index: true,
          label: { vi: 'Kịch bản (rundown)', en: 'Rundown' },
        },
      ],
    },
  ]
}

/**
 * One item of a radio or TV channel's broadcast day, in its plan or its as-run log. An item
 * belongs to the day it starts on (local time, UTC+7) and may run past midnight: the airtime
 * report clips it at 24:00 and counts the rest at the start of the next day.
 */
export const scheduleItems = ({ withBroadcast }: { withBroadcast: boolean }): CollectionConfig => ({
  slug: SCHEDULE_ITEMS_SLUG,
  labels: {
    singular: { vi: 'Mục lịch phát sóng', en: 'Schedule item' },
    plural: { vi: 'Lịch phát sóng', en: 'Schedule items' },
  },
  admin: {
    useAsTitle: 'title',
    group: { vi: 'Phát sóng', en: 'Broadcast' },
    defaultColumns: ['date', 'start', 'title', 'channel', 'log', 'genre', 'origin', 'durationSeconds'],
    listSearchableFields: ['title'],
  },
  access: {
    read: canReadSchedule,
    create: canEditSchedule,
    update: canEditSchedule,
    delete: canEditSchedule,
  },
  defaultSort: ['date', 'startSeconds'],
  indexes: [{ fields: ['channel', 'log', 'date'] }],
  hooks: { beforeChange: [deriveScheduleTimes, refuseScheduleOverlap] },
  fields: [
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
          name: 'log',
          type: 'select',
          required: true,
          defaultValue: 'plan',
          index: true,
          options: LOGS.map((value) => ({ value, label: LOG_LABELS[value] })),
          label: { vi: 'Loại lịch', en: 'Log' },
        },
        {
          name: 'date',
          type: 'text',
          required: true,
          index: true,
          label: { vi: 'Ngày phát sóng (YYYY-MM-DD)', en: 'Broadcast day (YYYY-MM-DD)' },
          validate: broadcastDate,
        },
        {
          name: 'start',
          type: 'text',
          required: true,
          label: { vi: 'Giờ bắt đầu (HH:MM:SS)', en: 'Start (HH:MM:SS)' },
          validate: startClock,
          hooks: { beforeValidate: [normaliseStart] },
        },
        {
          name: 'durationSeconds',
          type: 'number',
          required: true,
          label: { vi: 'Thời lượng (giây)', en: 'Duration (s)' },
          validate: positiveDuration,
        },
      ],
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { vi: 'Tên chương trình', en: 'Title' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'genre',
          type: 'select',
          required: true,
          options: GENRES.map((value) => ({ value, label: GENRE_LABELS[value] })),
          label: { vi: 'Thể loại', en: 'Genre' },
        },
        {
          name: 'origin',
          type: 'select',
          required: true,
          options: ORIGINS.map((value) => ({ value, label: ORIGIN_LABELS[value] })),
          label: { vi: 'Nguồn sản xuất', en: 'Origin' },
        },
        { name: 'rerun', type: 'checkbox', defaultValue: false, label: { vi: 'Phát lại', en: 'Rerun' } },
        {
          name: 'language',
          type: 'text',
          defaultValue: 'vi',
          maxLength: 32,
          label: { vi: 'Ngôn ngữ', en: 'Language' },
        },
      ],
    },
    ...broadcastLinks(withBroadcast),
    {
      type: 'row',
      fields: [
        {
          name: 'startSeconds',
          type: 'number',
          index: true,
          label: { vi: 'Bắt đầu (giây từ 0 giờ)', en: 'Start (s from midnight)' },
          ...systemField,
        },
        {
          name: 'endSeconds',
          type: 'number',
          label: { vi: 'Kết thúc (giây từ 0 giờ, có thể quá 86 400)', en: 'End (s, may pass 86 400)' },
          ...systemField,
        },
        {
          name: 'source',
          type: 'select',
          defaultValue: 'manual',
          options: SOURCES.map((value) => ({ value, label: SOURCE_LABELS[value] })),
          label: { vi: 'Nguồn dữ liệu', en: 'Source' },
          ...systemField,
        },
      ],
    },
    {
      name: 'importBatch',
      type: 'relationship',
      relationTo: AIRTIME_IMPORTS_SLUG,
      index: true,
      label: { vi: 'Lượt nhập CSV', en: 'CSV import' },
      ...systemField,
    },
  ],
})
