import type { CollectionConfig } from 'payload'

import { isStaff, nobody } from '../../../src/access'
import { AI_TASKS } from '../types'
import { TASK_LABELS } from '../lib/taskLabels'

export const AI_PROVENANCE_SLUG = 'ai-provenance'

/**
 * One record per accepted AI suggestion: which field, task, prompt version, model and provider,
 * who accepted it and when, what the AI wrote and how much of it the story still contains after
 * human edits (remeasured on every save of the story). The AI-share figures are computed from
 * these records.
 */
export const AiProvenance: CollectionConfig = {
  slug: AI_PROVENANCE_SLUG,
  labels: {
    singular: { vi: 'Nguồn gốc AI', en: 'AI provenance' },
    plural: { vi: 'Nguồn gốc AI', en: 'AI provenance' },
  },
  admin: {
    useAsTitle: 'field',
    defaultColumns: ['story', 'field', 'task', 'model', 'acceptedBy', 'acceptedAt', 'survivingChars'],
    group: { vi: 'Trợ lý AI', en: 'AI assistant' },
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['story', 'locale'] }],
  fields: [
    { name: 'story', type: 'relationship', relationTo: 'stories', required: true, index: true },
    { name: 'suggestion', type: 'relationship', relationTo: 'ai-suggestions' },
    { name: 'field', type: 'text', required: true, label: { vi: 'Trường', en: 'Field' } },
    { name: 'locale', type: 'text', required: true },
    {
      name: 'task',
      type: 'select',
      required: true,
      options: AI_TASKS.map((task) => ({ value: task, label: TASK_LABELS[task] })),
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'text', label: { vi: 'Văn bản', en: 'Text' } },
        { value: 'tags', label: { vi: 'Thẻ', en: 'Tags' } },
      ],
    },
    { name: 'providerKind', type: 'text' },
    { name: 'providerLabel', type: 'text' },
    { name: 'model', type: 'text' },
    { name: 'promptVersion', type: 'text' },
    {
      name: 'acceptedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người nhận', en: 'Accepted by' },
    },
    { name: 'acceptedAt', type: 'date', label: { vi: 'Thời điểm nhận', en: 'Accepted at' } },
    {
      name: 'decision',
      type: 'select',
      options: [
        { value: 'accepted', label: { vi: 'Nhận nguyên văn', en: 'As suggested' } },
        { value: 'edited', label: { vi: 'Nhận có sửa', en: 'With edits' } },
      ],
    },
    { name: 'aiText', type: 'textarea', label: { vi: 'Văn bản AI đề xuất', en: 'AI text' } },
    { name: 'appliedText', type: 'textarea', label: { vi: 'Văn bản đã áp dụng', en: 'Applied text' } },
    { name: 'aiChars', type: 'number', label: { vi: 'Số ký tự AI', en: 'AI characters' } },
    {
      name: 'survivingChars',
      type: 'number',
      label: { vi: 'Ký tự AI còn lại trong bản cuối', en: 'AI characters surviving' },
    },
    { name: 'fieldChars', type: 'number', label: { vi: 'Ký tự của trường', en: 'Field characters' } },
    { name: 'tags', type: 'json', label: { vi: 'Thẻ đã nhận', en: 'Accepted tags' } },
    { name: 'tagsSurviving', type: 'number', label: { vi: 'Thẻ còn giữ', en: 'Tags kept' } },
    { name: 'measuredAt', type: 'date' },
  ],
}
