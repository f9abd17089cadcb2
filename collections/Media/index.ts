import path from 'node:path'

import type { CollectionConfig, ImageSize } from 'payload'

import { anyone, isEditorOrAbove, isStaff } from '../../src/access'
import { keepEdgeFocalPoint } from './hooks/keepEdgeFocalPoint'
import { validateImageUpload } from './hooks/validateImageUpload'

export type MediaOptions = { mediaDir: string; maxImagePixels: number }

const webSizes = [
  { key: 'card', width: 640 },
  { key: 'large', width: 1600 },
] as const

/**
 * Web sizes in WebP and AVIF with a JPEG fallback for old browsers and e-mail, a 1200×630
 * social crop that follows the focal point, and the untouched original for print.
 */
export const imageSizes: ImageSize[] = [
  { name: 'thumbnail', width: 320, height: 240, formatOptions: { format: 'webp', options: { quality: 75 } } },
  ...webSizes.flatMap(({ key, width }): ImageSize[] => [
    {
      name: `${key}Webp`,
      width,
      withoutEnlargement: true,
      formatOptions: { format: 'webp', options: { quality: 80 } },
    },
    {
      name: `${key}Avif`,
      width,
      withoutEnlargement: true,
      formatOptions: { format: 'avif', options: { quality: 55, effort: 2 } },
    },
    {
      name: `${key}Jpeg`,
      width,
      withoutEnlargement: true,
      formatOptions: { format: 'jpeg', options: { quality: 82, mozjpeg: false } },
    },
  ]),
  {
    name: 'social',
    width: 1200,
    height: 630,
    position: 'centre',
    formatOptions: { format: 'jpeg', options: { quality: 85 } },
  },
]

export const Media = ({ mediaDir, maxImagePixels }: MediaOptions): CollectionConfig => ({
  slug: 'media',
  labels: {
    singular: { vi: 'Tư liệu', en: 'Asset' },
    plural: { vi: 'Thư viện tư liệu', en: 'Media library' },
  },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'caption', 'credit', 'rightsExpiry', 'updatedAt'],
    group: { vi: 'Tòa soạn', en: 'Newsroom' },
  },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isEditorOrAbove },
  upload: {
    staticDir: path.join(mediaDir, 'images'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/tiff', 'image/gif'],
    focalPoint: true,
    crop: true,
    imageSizes,
    adminThumbnail: 'thumbnail',
    // Keep the original at full resolution for print; strip EXIF/GPS from renditions only.
    withMetadata: false,
  },
  hooks: { beforeOperation: [validateImageUpload(maxImagePixels), keepEdgeFocalPoint] },
  fields: [
    { name: 'alt', type: 'text', localized: true, label: { vi: 'Mô tả ảnh (alt)', en: 'Alt text' } },
    { name: 'caption', type: 'textarea', localized: true, label: { vi: 'Chú thích', en: 'Caption' } },
    { name: 'credit', type: 'text', label: { vi: 'Nguồn / tác giả ảnh', en: 'Credit' } },
    { name: 'rights', type: 'text', label: { vi: 'Bản quyền', en: 'Rights / copyright' } },
    {
      name: 'rightsExpiry',
      type: 'date',
      index: true,
      label: { vi: 'Hết hạn bản quyền', en: 'Rights expiry' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'usedAsFeatured',
      type: 'join',
      collection: 'stories',
      on: 'featuredImage',
      label: { vi: 'Là ảnh đại diện của', en: 'Featured image of' },
      admin: { defaultColumns: ['headline', 'workflowState', 'channels'] },
    },
    {
      name: 'usedInStories',
      type: 'join',
      collection: 'stories',
      on: 'assets',
      label: { vi: 'Được dùng trong tin bài', en: 'Used in stories' },
      admin: { defaultColumns: ['headline', 'workflowState', 'channels'] },
    },
  ],
})
