import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { canReadMedia, isEditorOrAbove, isStaff } from '../../src/access'
import { ACCEPTED_MIME_TYPES } from '../../plugins/media/lib/sniff'
import { keepEdgeFocalPoint } from './hooks/keepEdgeFocalPoint'

export type MediaOptions = { mediaDir: string }

/**
 * The shared asset library: photos, audio, video and PDFs. Renditions, transcodes and checks of
 * content are added by the media plugin and made by the worker, never in the request.
 */
export const Media = ({ mediaDir }: MediaOptions): CollectionConfig => ({
  slug: 'media',
  labels: {
    singular: { vi: 'Tư liệu', en: 'Asset' },
    plural: { vi: 'Thư viện tư liệu', en: 'Media library' },
  },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'kind', 'processing', 'caption', 'credit', 'rightsExpiry', 'updatedAt'],
    group: { vi: 'Tòa soạn', en: 'Newsroom' },
  },
  access: { read: canReadMedia, create: isStaff, update: isStaff, delete: isEditorOrAbove },
  upload: {
    staticDir: path.join(mediaDir, 'files'),
    mimeTypes: ACCEPTED_MIME_TYPES,
    focalPoint: true,
    crop: true,
    // The original is kept untouched (print needs it); public renditions are made without metadata.
    withMetadata: false,
  },
  hooks: { beforeOperation: [keepEdgeFocalPoint] },
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
