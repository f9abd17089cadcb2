import type { CollectionConfig } from 'payload'

import { isStaff, nobody, nobodyField } from '../../../src/access'
import { DELIVERY_ACTIONS, DELIVERY_STATUSES } from '../types'

export const DELIVERIES_SLUG = 'deliveries'

const readOnly = { readOnly: true }

const STATUS_LABELS: Record<(typeof DELIVERY_STATUSES)[number], { vi: string; en: string }> = {
  queued: { vi: 'Chờ gửi', en: 'Queued' },
  sent: { vi: 'Đã gửi', en: 'Sent' },
  confirmed: { vi: 'Đã xác nhận', en: 'Confirmed' },
  failed: { vi: 'Lỗi', en: 'Failed' },
  cancelled: { vi: 'Đã huỷ', en: 'Cancelled' },
  skipped: { vi: 'Bỏ qua', en: 'Skipped' },
}

const ACTION_LABELS: Record<(typeof DELIVERY_ACTIONS)[number], { vi: string; en: string }> = {
  publish: { vi: 'Đăng', en: 'Publish' },
  update: { vi: 'Cập nhật (đính chính)', en: 'Update (correction)' },
  remove: { vi: 'Gỡ', en: 'Remove' },
}

/**
 * One record per (story revision, target, action): what was sent where, how it went, and the
 * remote copy's id and URL. Only the system writes them; staff read them; admins retry or
 * cancel through /api/deliveries/:id/retry|cancel.
 */
export const Deliveries: CollectionConfig = {
  slug: DELIVERIES_SLUG,
  labels: {
    singular: { vi: 'Lượt phát hành', en: 'Delivery' },
    plural: { vi: 'Lượt phát hành', en: 'Deliveries' },
  },
  admin: {
    useAsTitle: 'key',
    group: { vi: 'Phát hành', en: 'Distribution' },
    defaultColumns: ['story', 'target', 'action', 'status', 'attempts', 'lastError', 'updatedAt'],
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, admin: readOnly },
    {
      name: 'story',
      type: 'relationship',
      relationTo: 'stories',
      index: true,
      label: { vi: 'Tin bài', en: 'Story' },
      admin: readOnly,
    },
    { name: 'storyRevision', type: 'number', label: { vi: 'Phiên bản', en: 'Revision' }, admin: readOnly },
    {
      name: 'target',
      type: 'relationship',
      relationTo: 'distribution-targets' as never,
      index: true,
      label: { vi: 'Đích', en: 'Target' },
      admin: readOnly,
    },
    { name: 'targetKind', type: 'text', admin: readOnly },
    { name: 'domestic', type: 'checkbox', label: { vi: 'Trong nước', en: 'Domestic' }, admin: readOnly },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: DELIVERY_ACTIONS.map((value) => ({ value, label: ACTION_LABELS[value] })),
      label: { vi: 'Thao tác', en: 'Action' },
      admin: readOnly,
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'queued',
      options: DELIVERY_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      label: { vi: 'Trạng thái', en: 'Status' },
      admin: readOnly,
    },
    { name: 'priority', type: 'number', defaultValue: 0, admin: readOnly },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: { vi: 'Số lần thử', en: 'Attempts' },
      admin: readOnly,
    },
    // Bumped by an admin's retry: the job id carries it, so a retried delivery gets a fresh job.
    { name: 'round', type: 'number', defaultValue: 0, admin: { ...readOnly, hidden: true } },
    { name: 'lastError', type: 'text', label: { vi: 'Lỗi gần nhất', en: 'Last error' }, admin: readOnly },
    {
      name: 'platformMessage',
      type: 'text',
      label: { vi: 'Nền tảng trả lời', en: 'Platform said' },
      admin: readOnly,
    },
    {
      name: 'problems',
      type: 'json',
      label: { vi: 'Nội dung chưa hợp lệ', en: 'Content problems' },
      admin: readOnly,
    },
    { name: 'remoteId', type: 'text', label: { vi: 'Mã trên nền tảng', en: 'Remote id' }, admin: readOnly },
    {
      name: 'remoteUrl',
      type: 'text',
      label: { vi: 'Địa chỉ trên nền tảng', en: 'Remote URL' },
      admin: readOnly,
    },
    // Platform tokens between attempts (Zalo's create token): the worker's business only.
    {
      name: 'remoteState',
      type: 'json',
      access: { read: nobodyField },
      admin: { ...readOnly, hidden: true },
    },
    { name: 'note', type: 'text', label: { vi: 'Ghi chú', en: 'Note' }, admin: readOnly },
    {
      name: 'nextAttemptAt',
      type: 'date',
      label: { vi: 'Thử lại lúc', en: 'Next attempt' },
      admin: readOnly,
    },
    { name: 'sentAt', type: 'date', admin: readOnly },
    {
      name: 'confirmedAt',
      type: 'date',
      index: true,
      label: { vi: 'Xác nhận lúc', en: 'Confirmed at' },
      admin: readOnly,
    },
    { name: 'failedAt', type: 'date', admin: readOnly },
    { name: 'cancelledBy', type: 'text', admin: readOnly },
  ],
}
