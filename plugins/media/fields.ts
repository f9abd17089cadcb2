import type { Field } from 'payload'

const readOnly = { readOnly: true } as const

/** What the worker writes back: status, renditions, facts read from the file. */
export const processingPanel: Field = {
  name: 'processingPanel',
  type: 'ui',
  admin: { components: { Field: '/plugins/media/components/MediaProcessingPanel#MediaProcessingPanel' } },
}

/** Shown above a story's tabs: attached assets whose rights have expired. */
export const assetRightsNotice: Field = {
  name: 'assetRightsNotice',
  type: 'ui',
  admin: { components: { Field: '/plugins/media/components/AssetRightsNotice#AssetRightsNotice' } },
}

export const processingFields: Field[] = [
  {
    name: 'kind',
    type: 'select',
    index: true,
    options: [
      { value: 'image', label: { vi: 'Ảnh', en: 'Image' } },
      { value: 'audio', label: { vi: 'Âm thanh', en: 'Audio' } },
      { value: 'video', label: { vi: 'Video', en: 'Video' } },
      { value: 'document', label: { vi: 'Tài liệu (PDF)', en: 'Document (PDF)' } },
    ],
    label: { vi: 'Loại', en: 'Kind' },
    admin: { ...readOnly, position: 'sidebar' },
  },
  {
    name: 'restricted',
    type: 'checkbox',
    defaultValue: false,
    label: {
      vi: 'Bản quyền hạn chế: chỉ phát qua liên kết có chữ ký, hết hạn',
      en: 'Rights-restricted: signed, expiring links only',
    },
    admin: { position: 'sidebar' },
  },
  {
    name: 'processing',
    type: 'group',
    label: { vi: 'Xử lý', en: 'Processing' },
    admin: {
      position: 'sidebar',
      components: { Cell: '/plugins/media/components/MediaKindCell#MediaKindCell' },
    },
    fields: [
      {
        name: 'status',
        type: 'select',
        defaultValue: 'pending',
        index: true,
        options: [
          { value: 'pending', label: { vi: 'Đang chờ xử lý', en: 'Pending' } },
          { value: 'processing', label: { vi: 'Đang xử lý', en: 'Processing' } },
          { value: 'ready', label: { vi: 'Sẵn sàng', en: 'Ready' } },
          { value: 'failed', label: { vi: 'Lỗi', en: 'Failed' } },
        ],
        label: { vi: 'Trạng thái', en: 'Status' },
        admin: readOnly,
      },
      { name: 'error', type: 'text', label: { vi: 'Lỗi', en: 'Error' }, admin: readOnly },
      { name: 'attempts', type: 'number', label: { vi: 'Số lần thử', en: 'Attempts' }, admin: readOnly },
      // Bumped by every new file: a job for an older file finds it superseded and stops.
      { name: 'generation', type: 'number', defaultValue: 0, admin: { ...readOnly, hidden: true } },
      { name: 'startedAt', type: 'date', label: { vi: 'Bắt đầu', en: 'Started' }, admin: readOnly },
      { name: 'finishedAt', type: 'date', label: { vi: 'Xong lúc', en: 'Finished' }, admin: readOnly },
    ],
  },
  {
    name: 'renditions',
    type: 'array',
    label: { vi: 'Bản dựng', en: 'Renditions' },
    admin: { ...readOnly, hidden: true },
    fields: [
      { name: 'name', type: 'text', required: true },
      { name: 'key', type: 'text', required: true },
      { name: 'mimeType', type: 'text' },
      { name: 'extension', type: 'text' },
      { name: 'filesize', type: 'number' },
      { name: 'width', type: 'number' },
      { name: 'height', type: 'number' },
      { name: 'durationSeconds', type: 'number' },
      { name: 'url', type: 'text', virtual: true },
    ],
  },
  {
    name: 'technical',
    type: 'json',
    label: { vi: 'Thông số kỹ thuật', en: 'Technical' },
    admin: { ...readOnly, hidden: true },
  },
  {
    name: 'embedded',
    type: 'json',
    label: { vi: 'Siêu dữ liệu trong tệp', en: 'Embedded metadata' },
    admin: { ...readOnly, hidden: true },
  },
  { name: 'waveform', type: 'json', admin: { ...readOnly, hidden: true } },
  { name: 'phash', type: 'text', index: true, admin: { ...readOnly, hidden: true } },
  {
    name: 'possibleDuplicates',
    type: 'relationship',
    relationTo: 'media',
    hasMany: true,
    label: { vi: 'Có thể trùng với', en: 'Possible duplicates' },
    admin: { ...readOnly, position: 'sidebar' },
  },
  {
    name: 'rightsExpired',
    type: 'checkbox',
    virtual: true,
    label: { vi: 'Đã hết hạn bản quyền', en: 'Rights expired' },
    admin: { ...readOnly, hidden: true },
  },
]
