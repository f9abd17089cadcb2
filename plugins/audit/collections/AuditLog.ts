import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../../../src/access'

export const AUDIT_LOG_SLUG = 'audit-log'

const ACTIONS = [
  { value: 'create', label: { vi: 'Tạo mới', en: 'Create' } },
  { value: 'update', label: { vi: 'Cập nhật', en: 'Update' } },
  { value: 'delete', label: { vi: 'Xóa', en: 'Delete' } },
  { value: 'publish', label: { vi: 'Xuất bản', en: 'Publish' } },
  { value: 'login', label: { vi: 'Đăng nhập', en: 'Login' } },
  { value: 'logout', label: { vi: 'Đăng xuất', en: 'Logout' } },
  { value: 'loginFailed', label: { vi: 'Đăng nhập thất bại', en: 'Failed login' } },
]

/** Append-only: nobody may update or delete through any API; only admins read it. */
export const AuditLog: CollectionConfig = {
  slug: AUDIT_LOG_SLUG,
  labels: {
    singular: { vi: 'Nhật ký hệ thống', en: 'Audit entry' },
    plural: { vi: 'Nhật ký hệ thống', en: 'Audit log' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'action', 'collectionSlug', 'documentId', 'userEmail', 'ip'],
    group: { vi: 'Quản trị', en: 'Administration' },
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: ACTIONS,
      label: { vi: 'Hành động', en: 'Action' },
    },
    { name: 'collectionSlug', type: 'text', index: true, label: { vi: 'Bộ sưu tập', en: 'Collection' } },
    { name: 'documentId', type: 'text', index: true, label: { vi: 'Mã bản ghi', en: 'Document id' } },
    { name: 'summary', type: 'text', label: { vi: 'Tóm tắt', en: 'Summary' } },
    { name: 'user', type: 'relationship', relationTo: 'users', label: { vi: 'Người thực hiện', en: 'User' } },
    { name: 'userEmail', type: 'text', index: true, label: { vi: 'Email', en: 'Email' } },
    { name: 'ip', type: 'text', label: { vi: 'Địa chỉ IP', en: 'IP address' } },
    { name: 'userAgent', type: 'text', label: { vi: 'Trình duyệt', en: 'User agent' } },
    { name: 'before', type: 'json', label: { vi: 'Trước', en: 'Before' } },
    { name: 'after', type: 'json', label: { vi: 'Sau', en: 'After' } },
  ],
}
