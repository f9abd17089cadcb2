import type { CollectionConfig } from 'payload'

import { isAdmin, isStaff, nobody } from '../../../src/access'
import { AI_TASKS } from '../types'
import { STATUS_LABELS, SUGGESTION_STATUSES, TASK_LABELS } from '../lib/taskLabels'

export const AI_SUGGESTIONS_SLUG = 'ai-suggestions'

/**
 * One request for AI help on one story and what came back. Created by staff (POST), filled by
 * the worker, decided by a person (accept / edit / reject endpoints); never edited directly.
 */
export const AiSuggestions: CollectionConfig = {
  slug: AI_SUGGESTIONS_SLUG,
  labels: {
    singular: { vi: 'Gợi ý AI', en: 'AI suggestion' },
    plural: { vi: 'Gợi ý AI', en: 'AI suggestions' },
  },
  admin: {
    useAsTitle: 'task',
    defaultColumns: ['task', 'story', 'status', 'providerLabel', 'requestedBy', 'createdAt'],
    group: { vi: 'Trợ lý AI', en: 'AI assistant' },
  },
  access: { read: isStaff, create: isStaff, update: nobody, delete: isAdmin },
  indexes: [{ fields: ['story', 'createdAt'] }],
  fields: [
    { name: 'story', type: 'relationship', relationTo: 'stories', required: true, index: true },
    {
      name: 'task',
      type: 'select',
      required: true,
      label: { vi: 'Việc', en: 'Task' },
      options: AI_TASKS.map((task) => ({ value: task, label: TASK_LABELS[task] })),
    },
    { name: 'locale', type: 'text', label: { vi: 'Ngôn ngữ', en: 'Locale' } },
    { name: 'field', type: 'text', label: { vi: 'Trường đích', en: 'Target field' } },
    { name: 'params', type: 'json', label: { vi: 'Tham số', en: 'Parameters' } },
    {
      name: 'provider',
      type: 'select',
      defaultValue: 'auto',
      label: { vi: 'Nhà cung cấp', en: 'Provider' },
      options: [
        { value: 'auto', label: { vi: 'Tự chọn', en: 'Automatic' } },
        { value: 'local', label: { vi: 'Bộ xử lý cục bộ', en: 'Local' } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      index: true,
      defaultValue: 'queued',
      label: { vi: 'Trạng thái', en: 'Status' },
      options: SUGGESTION_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
    },
    {
      name: 'providerKind',
      type: 'select',
      options: [
        { value: 'local', label: { vi: 'Cục bộ', en: 'Local' } },
        { value: 'remote', label: { vi: 'Mô hình qua API', en: 'Remote model' } },
      ],
    },
    { name: 'providerLabel', type: 'text', label: { vi: 'Nguồn gợi ý', en: 'Source' } },
    { name: 'model', type: 'text' },
    { name: 'promptVersion', type: 'text', label: { vi: 'Phiên bản lời nhắc', en: 'Prompt version' } },
    { name: 'output', type: 'json', label: { vi: 'Kết quả', en: 'Output' } },
    { name: 'error', type: 'textarea', label: { vi: 'Lỗi', en: 'Error' } },
    { name: 'tokens', type: 'number', label: { vi: 'Token', en: 'Tokens' } },
    { name: 'cost', type: 'number', label: { vi: 'Chi phí', en: 'Cost' } },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người yêu cầu', en: 'Requested by' },
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người quyết định', en: 'Decided by' },
    },
    { name: 'decidedAt', type: 'date', label: { vi: 'Thời điểm quyết định', en: 'Decided at' } },
    { name: 'decision', type: 'json', label: { vi: 'Nội dung đã áp dụng', en: 'Applied' } },
  ],
}
