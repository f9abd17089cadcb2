import type { Field } from 'payload'

import { nobodyField } from '../../src/access'
import { EPAPER_STATUSES, type EpaperStatus } from './types'

const STATUS_LABELS: Record<EpaperStatus, { vi: string; en: string }> = {
  none: { vi: 'Chưa có', en: 'None' },
  processing: { vi: 'Đang xử lý', en: 'Processing' },
  ready: { vi: 'Sẵn sàng', en: 'Ready' },
  failed: { vi: 'Lỗi', en: 'Failed' },
}

/**
 * The e-paper's state on each edition. Written by the upload and publish endpoints and the
 * worker only (clients read it), so the state always matches the stored pages.
 */
export const editionEpaperFields: Field[] = [
  {
    name: 'epaper',
    type: 'group',
    label: { vi: 'Báo in điện tử', en: 'E-paper' },
    access: { create: nobodyField, update: nobodyField },
    admin: {
      readOnly: true,
      description: {
        vi: 'Tải PDF, sửa vùng bài và phát hành tại trang "Báo in điện tử".',
        en: 'Upload the PDF, edit zones and publish on the "E-paper" page.',
      },
    },
    fields: [
      {
        name: 'status',
        type: 'select',
        defaultValue: 'none',
        index: true,
        options: EPAPER_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
        label: { vi: 'Trạng thái', en: 'Status' },
      },
      { name: 'error', type: 'textarea', label: { vi: 'Lỗi', en: 'Error' } },
      { name: 'pageCount', type: 'number', label: { vi: 'Số trang', en: 'Pages' } },
      {
        name: 'published',
        type: 'checkbox',
        defaultValue: false,
        index: true,
        label: { vi: 'Hiện trên trang đọc báo', en: 'Visible in the public reader' },
      },
      { name: 'publishedAt', type: 'date', label: { vi: 'Phát hành lúc', en: 'Published at' } },
      { name: 'uploadedAt', type: 'date', label: { vi: 'Tải PDF lúc', en: 'PDF uploaded at' } },
      // Each upload's number: a job whose upload was replaced by a newer one writes nothing.
      { name: 'generation', type: 'number', defaultValue: 0, admin: { hidden: true } },
      { name: 'fullGeneration', type: 'number', defaultValue: 0, admin: { hidden: true } },
    ],
  },
]
