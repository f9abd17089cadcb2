import type { CollectionConfig } from 'payload'

import { isAdminOrManager, publicReadWrittenBy } from '../src/access'

export const Desks: CollectionConfig = {
  slug: 'desks',
  labels: { singular: { vi: 'Ban biên tập', en: 'Desk' }, plural: { vi: 'Ban biên tập', en: 'Desks' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'chief'],
    group: { vi: 'Tổ chức', en: 'Organisation' },
  },
  access: publicReadWrittenBy(isAdminOrManager),
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên ban', en: 'Name' } },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { vi: 'Mã', en: 'Code' },
    },
    { name: 'agency', type: 'relationship', relationTo: 'agencies', label: { vi: 'Cơ quan', en: 'Agency' } },
    {
      name: 'chief',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Trưởng ban', en: 'Desk chief' },
    },
    {
      name: 'members',
      type: 'join',
      collection: 'users',
      on: 'desks',
      label: { vi: 'Thành viên', en: 'Members' },
    },
  ],
}
