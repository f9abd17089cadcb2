import type { Field } from 'payload'

const meter = (kind: 'print' | 'radio' | 'tv', readRate: number) => ({
  name: `${kind}Meter`,
  type: 'ui' as const,
  admin: {
    components: {
      Field: {
        path: '/collections/Stories/components/LengthMeter#LengthMeter',
        clientProps: { kind, readRate },
      },
    },
  },
})

/** Target and estimated read time of a broadcast script, with its live meter. */
const readTimeFields = (kind: 'radio' | 'tv', readRate: number): Field[] => [
  {
    name: 'targetSeconds',
    type: 'number',
    min: 0,
    label: { vi: 'Thời lượng mục tiêu (giây)', en: 'Target length (s)' },
  },
  {
    name: 'estimatedSeconds',
    type: 'number',
    localized: true,
    label: { vi: 'Thời lượng đọc ước tính (giây)', en: 'Estimated read time (s)' },
    admin: { readOnly: true },
  },
  meter(kind, readRate),
]

/** Channel variants: they belong to the master story and share its assets. */
export const variantFields = (readRate: number): Field[] => [
  {
    name: 'web',
    type: 'group',
    label: { vi: 'Báo điện tử', en: 'Web' },
    fields: [
      {
        name: 'headline',
        type: 'text',
        localized: true,
        label: { vi: 'Tít web (nếu khác)', en: 'Web headline (if different)' },
      },
      {
        name: 'seoDescription',
        type: 'textarea',
        localized: true,
        maxLength: 320,
        label: { vi: 'Mô tả SEO', en: 'SEO description' },
      },
    ],
  },
  {
    name: 'print',
    type: 'group',
    label: { vi: 'Báo in', en: 'Print' },
    fields: [
      { name: 'headline', type: 'text', localized: true, label: { vi: 'Tít báo in', en: 'Print headline' } },
      {
        name: 'text',
        type: 'textarea',
        localized: true,
        label: { vi: 'Bản báo in (để trống = dùng thân bài)', en: 'Print text (empty = body)' },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'plannedLength',
            type: 'number',
            min: 0,
            label: { vi: 'Độ dài kế hoạch (ký tự)', en: 'Planned length (characters)' },
          },
          {
            name: 'actualLength',
            type: 'number',
            localized: true,
            label: { vi: 'Độ dài thực tế (ký tự)', en: 'Actual length (characters)' },
            admin: { readOnly: true },
          },
        ],
      },
      meter('print', readRate),
    ],
  },
  {
    name: 'radio',
    type: 'group',
    label: { vi: 'Kịch bản phát thanh', en: 'Radio script' },
    fields: [
      { name: 'script', type: 'textarea', localized: true, label: { vi: 'Lời đọc', en: 'Script' } },
      ...readTimeFields('radio', readRate),
    ],
  },
  {
    name: 'tv',
    type: 'group',
    label: { vi: 'Kịch bản truyền hình', en: 'TV script' },
    fields: [
      {
        name: 'script',
        type: 'textarea',
        localized: true,
        label: { vi: 'Lời bình / kịch bản', en: 'Script' },
      },
      {
        name: 'shotList',
        type: 'textarea',
        localized: true,
        label: { vi: 'Phân cảnh / hình ảnh', en: 'Shot list' },
      },
      ...readTimeFields('tv', readRate),
    ],
  },
  {
    name: 'social',
    type: 'group',
    label: { vi: 'Mạng xã hội / Zalo', en: 'Social / Zalo' },
    fields: [
      {
        name: 'text',
        type: 'textarea',
        localized: true,
        maxLength: 300,
        label: { vi: 'Nội dung ngắn (≤ 300 ký tự)', en: 'Short text (≤ 300 chars)' },
      },
      { name: 'hashtags', type: 'text', label: { vi: 'Hashtag', en: 'Hashtags' } },
    ],
  },
]
