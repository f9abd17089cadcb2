import type { CollectionConfig } from 'payload'

import { isAdminOrManager, publicReadWrittenBy } from '../../src/access'
import { setSearchName } from './hooks/setSearchName'

/** Administrative places since the 2025 reform: 34 provinces, communes/wards directly below. */
export const Places: CollectionConfig = {
  slug: 'places',
  labels: { singular: { vi: 'Địa danh', en: 'Place' }, plural: { vi: 'Địa danh', en: 'Places' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'level', 'code', 'parent'],
    listSearchableFields: ['name', 'searchName', 'code'],
    group: { vi: 'Phân loại', en: 'Taxonomy' },
  },
  access: publicReadWrittenBy(isAdminOrManager),
  hooks: { beforeChange: [setSearchName] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên', en: 'Name' } },
    {
      name: 'level',
      type: 'select',
      required: true,
      label: { vi: 'Cấp', en: 'Level' },
      options: [
        { value: 'province', label: { vi: 'Tỉnh / thành phố', en: 'Province / city' } },
        { value: 'commune', label: { vi: 'Xã', en: 'Commune' } },
        { value: 'ward', label: { vi: 'Phường', en: 'Ward' } },
        { value: 'specialZone', label: { vi: 'Đặc khu', en: 'Special zone' } },
      ],
    },
    {
      name: 'code',
      type: 'text',
      unique: true,
      index: true,
      label: { vi: 'Mã hành chính', en: 'Official code' },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'places',
      label: { vi: 'Thuộc tỉnh', en: 'Parent province' },
      filterOptions: { level: { equals: 'province' } },
    },
    {
      name: 'aliases',
      type: 'text',
      hasMany: true,
      label: { vi: 'Tên gọi khác', en: 'Other names' },
      admin: {
        description: {
          vi: 'Cách gọi khác mà báo chí hay dùng (TP.HCM, Sài Gòn…); công cụ gắn thẻ tự động nhận ra cả các tên này.',
          en: 'Other names the press uses (TP.HCM, Sài Gòn…); the automatic tagger recognises these too.',
        },
      },
    },
    {
      name: 'formerUnits',
      type: 'text',
      label: { vi: 'Đơn vị cũ trước sáp nhập', en: 'Former units (pre-2025)' },
    },
    { name: 'searchName', type: 'text', index: true, admin: { hidden: true } },
  ],
}
