import type { CollectionConfig } from 'payload'

import { isAdminOrManager, nobody } from '../../../src/access'
import { AI_TASKS } from '../types'
import { TASK_LABELS } from '../lib/taskLabels'

export const AI_CALLS_SLUG = 'ai-calls'

/**
 * Every call to a model, retries included: the prompt as sent and the answer as received (kept
 * for audit), tokens and cost (the monthly budget is summed from here). Written by the worker
 * only; managers and admins read it.
 */
export const AiCalls: CollectionConfig = {
  slug: AI_CALLS_SLUG,
  labels: {
    singular: { vi: 'Lượt gọi AI', en: 'AI call' },
    plural: { vi: 'Nhật ký gọi AI', en: 'AI calls' },
  },
  admin: {
    useAsTitle: 'model',
    defaultColumns: ['createdAt', 'task', 'model', 'status', 'inputTokens', 'outputTokens', 'cost'],
    group: { vi: 'Trợ lý AI', en: 'AI assistant' },
  },
  access: { read: isAdminOrManager, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'suggestion', type: 'relationship', relationTo: 'ai-suggestions', index: true },
    { name: 'story', type: 'relationship', relationTo: 'stories', index: true },
    {
      name: 'task',
      type: 'select',
      options: AI_TASKS.map((task) => ({ value: task, label: TASK_LABELS[task] })),
    },
    { name: 'model', type: 'text' },
    { name: 'providerLabel', type: 'text' },
    { name: 'promptVersion', type: 'text' },
    /** Calendar month (YYYY-MM, UTC): the budget sums one month's calls. */
    { name: 'month', type: 'text', index: true },
    {
      name: 'status',
      type: 'select',
      options: [
        { value: 'ok', label: { vi: 'Thành công', en: 'OK' } },
        { value: 'error', label: { vi: 'Lỗi', en: 'Error' } },
        { value: 'refused', label: { vi: 'Từ chối', en: 'Refused' } },
      ],
    },
    { name: 'attempt', type: 'number' },
    { name: 'inputTokens', type: 'number' },
    { name: 'outputTokens', type: 'number' },
    { name: 'cost', type: 'number' },
    { name: 'currency', type: 'text' },
    { name: 'durationMs', type: 'number' },
    { name: 'request', type: 'json', label: { vi: 'Lời nhắc đã gửi', en: 'Prompt sent' } },
    { name: 'response', type: 'textarea', label: { vi: 'Câu trả lời nhận được', en: 'Response received' } },
    { name: 'error', type: 'textarea' },
    { name: 'requestedBy', type: 'relationship', relationTo: 'users' },
  ],
}
