import type { CollectionConfig, Field } from 'payload'

import { isAdminOrManager, isStaff, nobody, nobodyField } from '../../../src/access'
import { canEditEpaperPages } from '../../../src/access/epaper'
import { markManualZones } from '../hooks/markManualZones'
import { validateZones } from '../hooks/validateZones'
import { EDITIONS_SLUG, EPAPER_PAGES_SLUG, IMAGE_FORMATS, IMAGE_SIZES } from '../types'

/** Set by the worker only: clients read them, never write them. */
const systemOnly = { access: { create: nobodyField, update: nobodyField }, admin: { readOnly: true } }

const fraction = (name: string, vi: string, en: string): Field => ({
  name,
  type: 'number',
  required: true,
  min: 0,
  max: 1,
  label: { vi, en },
  admin: { step: 0.001, width: '25%' },
})

/**
 * One printed page of an edition's e-paper: its images in three widths, the text blocks poppler
 * read (kept short), and the article zones, rectangles in fractions of the page linked to stories.
 * The worker writes pages; editors correct the zones.
 */
export const EpaperPages: CollectionConfig = {
  slug: EPAPER_PAGES_SLUG,
  labels: {
    singular: { vi: 'Trang báo điện tử', en: 'E-paper page' },
    plural: { vi: 'Trang báo điện tử', en: 'E-paper pages' },
  },
  admin: {
    useAsTitle: 'title',
    group: { vi: 'Báo in', en: 'Print' },
    defaultColumns: ['title', 'edition', 'number', 'updatedAt'],
    description: {
      vi: 'Trang ảnh của báo in điện tử. Sửa vùng bài trực quan tại "Báo in điện tử".',
      en: 'Page images of the e-paper. Edit article zones visually under "E-paper".',
    },
  },
  access: { read: isStaff, create: nobody, update: canEditEpaperPages, delete: isAdminOrManager },
  indexes: [{ fields: ['edition', 'number'], unique: true }],
  hooks: { beforeValidate: [validateZones], beforeChange: [markManualZones] },
  fields: [
    { name: 'title', type: 'text', label: { vi: 'Tên', en: 'Title' }, ...systemOnly },
    {
      name: 'edition',
      type: 'relationship',
      relationTo: EDITIONS_SLUG as never,
      required: true,
      index: true,
      label: { vi: 'Số báo', en: 'Edition' },
      ...systemOnly,
    },
    {
      name: 'number',
      type: 'number',
      required: true,
      min: 1,
      label: { vi: 'Trang số', en: 'Page number' },
      ...systemOnly,
    },
    { name: 'generation', type: 'number', admin: { hidden: true }, access: systemOnly.access },
    { name: 'widthPt', type: 'number', label: { vi: 'Rộng (pt)', en: 'Width (pt)' }, ...systemOnly },
    { name: 'heightPt', type: 'number', label: { vi: 'Cao (pt)', en: 'Height (pt)' }, ...systemOnly },
    {
      name: 'images',
      type: 'array',
      label: { vi: 'Ảnh trang', en: 'Page images' },
      ...systemOnly,
      fields: [
        {
          name: 'size',
          type: 'select',
          required: true,
          options: Object.keys(IMAGE_SIZES).map((value) => ({ value, label: value })),
        },
        {
          name: 'format',
          type: 'select',
          required: true,
          options: IMAGE_FORMATS.map((value) => ({ value, label: value })),
        },
        { name: 'key', type: 'text', required: true },
        { name: 'width', type: 'number' },
        { name: 'height', type: 'number' },
        { name: 'filesize', type: 'number' },
      ],
    },
    {
      name: 'text',
      type: 'json',
      label: { vi: 'Khối chữ (trích từ PDF)', en: 'Text blocks (from the PDF)' },
      ...systemOnly,
    },
    {
      name: 'zones',
      type: 'array',
      label: { vi: 'Vùng bài', en: 'Article zones' },
      labels: { singular: { vi: 'Vùng bài', en: 'Zone' }, plural: { vi: 'Vùng bài', en: 'Zones' } },
      admin: {
        description: {
          vi: 'Toạ độ là tỉ lệ 0–1 của trang, gốc ở góc trên bên trái.',
          en: 'Coordinates are fractions 0–1 of the page, origin at the top left.',
        },
      },
      fields: [
        {
          name: 'story',
          type: 'relationship',
          relationTo: 'stories',
          required: true,
          label: { vi: 'Tin bài', en: 'Story' },
        },
        {
          type: 'row',
          fields: [
            fraction('x', 'Trái (x)', 'Left (x)'),
            fraction('y', 'Trên (y)', 'Top (y)'),
            fraction('w', 'Rộng (w)', 'Width (w)'),
            fraction('h', 'Cao (h)', 'Height (h)'),
          ],
        },
        {
          name: 'source',
          type: 'select',
          defaultValue: 'manual',
          options: [
            { value: 'auto', label: { vi: 'Tự động', en: 'Automatic' } },
            { value: 'manual', label: { vi: 'Biên tập chỉnh', en: 'Manual' } },
          ],
          label: { vi: 'Nguồn', en: 'Source' },
          admin: { readOnly: true },
        },
        {
          name: 'score',
          type: 'number',
          label: { vi: 'Độ khớp', en: 'Match score' },
          admin: { readOnly: true },
        },
      ],
    },
  ],
}
