import type { CollectionConfig } from 'payload'

import { canReadUsers, isAdmin, isAdminField, isAdminOrSelf } from '../../src/access'
import { ROLE_LABELS, ROLES } from '../../src/lib/roles'
import { assignFirstUserRole } from './hooks/assignFirstUserRole'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { vi: 'Người dùng', en: 'User' }, plural: { vi: 'Người dùng', en: 'Users' } },
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'email', 'role', 'desks'],
    group: { vi: 'Tổ chức', en: 'Organisation' },
  },
  auth: {
    // Level-3 lockout default: 5 failures, then locked for 15 minutes (or until an admin unlocks).
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    useAPIKey: true,
  },
  access: {
    read: canReadUsers,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: { beforeChange: [assignFirstUserRole] },
  fields: [
    { name: 'fullName', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Full name' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      saveToJWT: true,
      label: { vi: 'Vai trò', en: 'Role' },
      access: { create: isAdminField, update: isAdminField },
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'desks',
      type: 'relationship',
      relationTo: 'desks',
      hasMany: true,
      saveToJWT: true,
      label: { vi: 'Thuộc ban', en: 'Desks' },
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
    { name: 'title', type: 'text', label: { vi: 'Chức danh', en: 'Job title' } },
  ],
}
