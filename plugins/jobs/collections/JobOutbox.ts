import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../../../src/access'
import { QUEUE_NAMES } from '../types'

export const JOB_OUTBOX_SLUG = 'job-outbox'

/**
 * Jobs are written here in the same transaction as the change that wants them, then pushed to
 * Redis by the dispatcher. A request never waits on Redis, a rolled-back change never starts a
 * job, and an upload made while Redis is down is processed once Redis is back.
 */
export const JobOutbox: CollectionConfig = {
  slug: JOB_OUTBOX_SLUG,
  labels: {
    singular: { vi: 'Công việc chờ chuyển', en: 'Outbox entry' },
    plural: { vi: 'Công việc chờ chuyển', en: 'Job outbox' },
  },
  admin: {
    group: { vi: 'Hệ thống', en: 'System' },
    useAsTitle: 'name',
    defaultColumns: ['queue', 'name', 'status', 'createdAt', 'dispatchedAt', 'lastError'],
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  timestamps: true,
  fields: [
    {
      name: 'queue',
      type: 'select',
      required: true,
      options: [...QUEUE_NAMES],
      label: { vi: 'Hàng đợi', en: 'Queue' },
    },
    { name: 'name', type: 'text', required: true, label: { vi: 'Công việc', en: 'Job' } },
    { name: 'data', type: 'json', label: { vi: 'Dữ liệu', en: 'Data' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { value: 'pending', label: { vi: 'Chờ chuyển vào hàng đợi', en: 'Pending' } },
        { value: 'dispatched', label: { vi: 'Đã vào hàng đợi', en: 'Dispatched' } },
      ],
      label: { vi: 'Trạng thái', en: 'Status' },
    },
    { name: 'runAfter', type: 'date', label: { vi: 'Chạy sau', en: 'Run after' } },
    { name: 'priority', type: 'number', label: { vi: 'Ưu tiên', en: 'Priority' } },
    { name: 'jobId', type: 'text', label: { vi: 'Mã công việc', en: 'Job id' } },
    { name: 'dispatchedAt', type: 'date', label: { vi: 'Lúc chuyển', en: 'Dispatched at' } },
    { name: 'tries', type: 'number', defaultValue: 0, label: { vi: 'Số lần thử chuyển', en: 'Tries' } },
    { name: 'lastError', type: 'text', label: { vi: 'Lỗi gần nhất', en: 'Last error' } },
  ],
}
