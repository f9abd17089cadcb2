import type { Field } from 'payload'

import { BULLETIN_PRIORITIES } from './types'

const PRIORITY_LABELS = {
  normal: { vi: 'Thông thường', en: 'Normal' },
  priority: { vi: 'Ưu tiên', en: 'Priority' },
  emergency: { vi: 'Khẩn cấp (phát ngay)', en: 'Emergency (plays at once)' },
}

const DAYS = [
  { value: '1', label: { vi: 'Thứ Hai', en: 'Monday' } },
  { value: '2', label: { vi: 'Thứ Ba', en: 'Tuesday' } },
  { value: '3', label: { vi: 'Thứ Tư', en: 'Wednesday' } },
  { value: '4', label: { vi: 'Thứ Năm', en: 'Thursday' } },
  { value: '5', label: { vi: 'Thứ Sáu', en: 'Friday' } },
  { value: '6', label: { vi: 'Thứ Bảy', en: 'Saturday' } },
  { value: '7', label: { vi: 'Chủ nhật', en: 'Sunday' } },
]

/**
 * What the plugin adds to stories. Relations live in the rels table (hasMany), so no foreign-key
 * column is added to `stories` (SQLite cannot alter one in place).
 */
export const storyDistributionFields: Field[] = [
  {
    name: 'distribution',
    type: 'group',
    label: { vi: 'Phát hành đa nền tảng', en: 'Distribution' },
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'targets',
        type: 'relationship',
        relationTo: 'distribution-targets' as never,
        hasMany: true,
        label: { vi: 'Đích phát hành', en: 'Targets' },
        admin: {
          description: {
            vi: 'Để trống: theo mặc định của ấn phẩm, ban và chuyên mục.',
            en: 'Empty: the defaults of the story’s publications, desk and section.',
          },
        },
      },
    ],
  },
  {
    // Not stored: the panel reads GET /api/stories/:id/distribution (targets, problems, deliveries).
    name: 'distributionPanel',
    type: 'ui',
    label: { vi: 'Phát hành', en: 'Distribution' },
    admin: {
      position: 'sidebar',
      components: { Field: '/plugins/distribution/components/StoryDistributionPanel#StoryDistributionPanel' },
    },
  },
  {
    name: 'grassroots',
    type: 'group',
    label: { vi: 'Bản tin thông tin cơ sở (loa, bảng LED)', en: 'Grassroots bulletin (loudspeakers, LED)' },
    fields: [
      { name: 'enabled', type: 'checkbox', label: { vi: 'Phát bản tin này', en: 'Send as a bulletin' } },
      {
        name: 'priority',
        type: 'select',
        defaultValue: 'normal',
        options: BULLETIN_PRIORITIES.map((value) => ({ value, label: PRIORITY_LABELS[value] })),
        label: { vi: 'Mức ưu tiên', en: 'Priority' },
      },
      {
        name: 'communes',
        type: 'relationship',
        relationTo: 'places',
        hasMany: true,
        label: { vi: 'Xã/phường nhận', en: 'Target communes' },
      },
      {
        type: 'row',
        fields: [
          { name: 'startDate', type: 'date', label: { vi: 'Từ ngày', en: 'From' } },
          { name: 'endDate', type: 'date', label: { vi: 'Đến ngày', en: 'To' } },
        ],
      },
      {
        name: 'daysOfWeek',
        type: 'select',
        hasMany: true,
        options: DAYS,
        label: { vi: 'Các ngày (trống: mọi ngày)', en: 'Days (empty: every day)' },
      },
      {
        name: 'times',
        type: 'text',
        label: { vi: 'Giờ phát (HH:MM, cách nhau bởi dấu phẩy)', en: 'Times (HH:MM, comma-separated)' },
      },
      {
        name: 'repeats',
        type: 'number',
        min: 1,
        max: 10,
        defaultValue: 1,
        label: { vi: 'Số lần lặp', en: 'Repeats' },
      },
      { name: 'ledText', type: 'text', localized: true, label: { vi: 'Chữ chạy bảng LED', en: 'LED text' } },
      {
        name: 'spokenText',
        type: 'textarea',
        localized: true,
        label: {
          vi: 'Lời đọc (đọc tự động nếu không có bản ghi âm)',
          en: 'Spoken text (TTS when no recording)',
        },
      },
      {
        name: 'recording',
        type: 'upload',
        relationTo: 'media',
        hasMany: true,
        maxRows: 1,
        label: { vi: 'Bản ghi âm giọng đọc', en: 'Recorded voice' },
      },
      {
        name: 'voice',
        type: 'select',
        defaultValue: 'vi',
        options: [
          { value: 'vi', label: { vi: 'Giọng Bắc', en: 'Northern' } },
          { value: 'vi-vn-x-central', label: { vi: 'Giọng Trung', en: 'Central' } },
          { value: 'vi-vn-x-south', label: { vi: 'Giọng Nam', en: 'Southern' } },
        ],
        label: { vi: 'Giọng đọc tự động', en: 'TTS voice' },
      },
    ],
  },
]
