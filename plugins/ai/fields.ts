import type { Field, FieldHook } from 'payload'

import { isStaff, nobody } from '../../src/access'
import type { AiSettings } from '../../src/config/aiSettings'
import type { Role } from '../../src/lib/roles'
import { AI_REVIEWER_ROLES } from './lib/reviewers'
import { AI_CLASS_LABELS } from './lib/taskLabels'

const readOnly = { readOnly: true }

/** Kept by the plugin's hooks only: no client writes them, and only staff read the workings. */
const internal = { create: nobody, update: nobody } as const
const internalStaffRead = { ...internal, read: isStaff } as const

/** The AI-use label the agency's policy (AI_LABEL_POLICY) puts on public output, in the reader's locale. */
const labelFor =
  (settings: AiSettings): FieldHook =>
  ({ siblingData, req }) => {
    const cls = (siblingData?.ai as { class?: string } | undefined)?.class
    const labelled =
      (settings.labelPolicy === 'generated' && cls === 'generated') ||
      (settings.labelPolicy === 'assisted' && (cls === 'generated' || cls === 'assisted'))
    if (!labelled) return null
    return req.locale === 'en' ? settings.labelText.en : settings.labelText.vi
  }

/** What the AI plugin adds to stories: its measures, the review step and the public label. */
export const storyAiFields = (settings: AiSettings): Field[] => [
  {
    name: 'ai',
    type: 'group',
    label: { vi: 'Nội dung AI', en: 'AI content' },
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'class',
        type: 'select',
        localized: true,
        access: internal as never,
        defaultValue: 'human',
        label: { vi: 'Phân loại', en: 'Classification' },
        options: (['human', 'assisted', 'generated'] as const).map((value) => ({
          value,
          label: AI_CLASS_LABELS[value],
        })),
        admin: {
          ...readOnly,
          description: {
            vi: 'Tính từ các gợi ý AI đã nhận và phần còn lại sau khi biên tập.',
            en: 'Computed from accepted AI suggestions and what survives editing.',
          },
        },
      },
      {
        name: 'share',
        type: 'number',
        localized: true,
        access: internalStaffRead as never,
        label: { vi: 'Tỷ lệ ký tự do AI', en: 'AI character share' },
        admin: readOnly,
      },
      {
        name: 'channels',
        type: 'json',
        localized: true,
        access: internalStaffRead as never,
        admin: { hidden: true },
      },
      { name: 'tagged', type: 'checkbox', access: internalStaffRead as never, admin: { hidden: true } },
      {
        name: 'reviewPending',
        type: 'checkbox',
        access: internalStaffRead as never,
        label: { vi: 'Nội dung AI đang chờ duyệt', en: 'AI content awaiting review' },
        admin: readOnly,
      },
      {
        name: 'approve',
        type: 'checkbox',
        label: { vi: 'Tôi đã đọc lại và duyệt nội dung AI', en: 'I have reviewed the AI content' },
        // Anyone may send it; requireAiReview refuses (403) those who may not review.
        access: { read: isStaff as never },
        admin: {
          // Shown to those who may review; the hook refuses anyone else who sends it.
          condition: (_, sibling, { user }) =>
            Boolean(sibling?.reviewPending) &&
            AI_REVIEWER_ROLES.includes((user as { role?: Role } | null)?.role as Role),
          description: {
            vi: 'Bắt buộc trước khi xuất bản tin có nội dung AI.',
            en: 'Required before a story with AI content is published.',
          },
        },
      },
      // The reviewer's name as it was, not a relation: a review is a record of its moment, and a
      // foreign key here would need the stories table rebuilt on SQLite to add it.
      {
        name: 'reviewedBy',
        type: 'text',
        access: internalStaffRead as never,
        label: { vi: 'Người duyệt nội dung AI', en: 'AI content reviewed by' },
        admin: readOnly,
      },
      { name: 'reviewedById', type: 'text', access: internalStaffRead as never, admin: { hidden: true } },
      {
        name: 'reviewedAt',
        type: 'date',
        access: internalStaffRead as never,
        label: { vi: 'Thời điểm duyệt', en: 'Reviewed at' },
        admin: readOnly,
      },
    ],
  },
  {
    name: 'people',
    type: 'text',
    hasMany: true,
    label: { vi: 'Nhân vật', en: 'People' },
    admin: { position: 'sidebar' },
  },
  {
    name: 'organisations',
    type: 'text',
    hasMany: true,
    label: { vi: 'Tổ chức', en: 'Organisations' },
    admin: { position: 'sidebar' },
  },
  {
    name: 'aiLabel',
    type: 'text',
    virtual: true,
    label: { vi: 'Nhãn AI công khai', en: 'Public AI label' },
    admin: { hidden: true },
    hooks: { afterRead: [labelFor(settings)] },
  },
]

/** The assistant panel, as a tab of the story editor. */
export const assistantTab = {
  label: { vi: 'Trợ lý AI', en: 'AI assistant' },
  fields: [
    {
      name: 'aiAssistant',
      type: 'ui' as const,
      admin: { components: { Field: '/plugins/ai/components/AiAssistantPanel#AiAssistantPanel' } },
    },
  ],
}
