import type { CollectionConfig } from 'payload'

import { isAdminOrManager, publicReadWrittenBy } from '../src/access'
import { CHANNEL_KINDS } from '../src/lib/channels'

export const Publications: CollectionConfig = {
  slug: 'publications',
  labels: {
    singular: { vi: 'Ấn phẩm / kênh', en: 'Publication / channel' },
    plural: { vi: 'Ấn phẩm / kênh', en: 'Publications / channels' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'agency'],
    group: { vi: 'Tổ chức', en: 'Organisation' },
  },
  access: publicReadWrittenBy(isAdminOrManager),
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên', en: 'Name' } },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { vi: 'Mã', en: 'Code' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { vi: 'Loại kênh', en: 'Kind' },
      options: CHANNEL_KINDS.map((kind) => ({ value: kind.value, label: kind.label })),
    },
    {
      name: 'agency',
      type: 'relationship',
      relationTo: 'agencies',
      required: true,
      label: { vi: 'Cơ quan', en: 'Agency' },
    },
    { name: 'url', type: 'text', label: { vi: 'Địa chỉ / tần số', en: 'URL / frequency' } },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { vi: 'Đang hoạt động', en: 'Active' } },
  ],
}
