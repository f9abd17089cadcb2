import type { CollectionConfig } from 'payload'

import { isAdmin, publicReadWrittenBy } from '../src/access'

export const Agencies: CollectionConfig = {
  slug: 'agencies',
  labels: {
    singular: { vi: 'Cơ quan báo chí', en: 'Agency' },
    plural: { vi: 'Cơ quan báo chí', en: 'Agencies' },
  },
  admin: { useAsTitle: 'name', group: { vi: 'Tổ chức', en: 'Organisation' } },
  access: publicReadWrittenBy(isAdmin),
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên cơ quan', en: 'Name' } },
    { name: 'shortName', type: 'text', label: { vi: 'Tên viết tắt', en: 'Short name' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'merged',
      label: { vi: 'Loại hình', en: 'Kind' },
      options: [
        { value: 'newspaper', label: { vi: 'Báo', en: 'Newspaper' } },
        { value: 'broadcaster', label: { vi: 'Đài Phát thanh – Truyền hình', en: 'Radio-TV station' } },
        {
          value: 'merged',
          label: { vi: 'Báo và Phát thanh – Truyền hình (hợp nhất)', en: 'Merged newspaper + radio-TV' },
        },
      ],
    },
    {
      name: 'province',
      type: 'relationship',
      relationTo: 'places',
      label: { vi: 'Tỉnh/thành', en: 'Province' },
    },
    { name: 'address', type: 'text', label: { vi: 'Địa chỉ', en: 'Address' } },
    { name: 'website', type: 'text', label: { vi: 'Trang web', en: 'Website' } },
    {
      name: 'publications',
      type: 'join',
      collection: 'publications',
      on: 'agency',
      label: { vi: 'Ấn phẩm / kênh', en: 'Publications / channels' },
    },
  ],
}
