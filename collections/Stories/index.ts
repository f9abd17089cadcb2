import type { CollectionConfig } from 'payload'

import { canCreateStories, canDeleteStories, canReadStories, canUpdateStories } from '../../src/access'
import { WORKFLOW_STATE_LABELS, WORKFLOW_STATES } from '../../src/lib/workflow'
import { variantFields } from './fields'
import { assignSlug } from './hooks/assignSlug'
import { checkRevision } from './hooks/checkRevision'
import { enforceWorkflow } from './hooks/enforceWorkflow'
import { measureVariants } from './hooks/measureVariants'
import { recordCreator } from './hooks/recordCreator'
import { requireRevision } from './hooks/requireRevision'

export type StoriesOptions = { radioReadRate: number }

/** The master story: one story, many channel variants, one workflow. */
export const Stories = ({ radioReadRate }: StoriesOptions): CollectionConfig => ({
  slug: 'stories',
  labels: { singular: { vi: 'Tin bài', en: 'Story' }, plural: { vi: 'Tin bài', en: 'Stories' } },
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'workflowState', 'desk', 'section', 'updatedAt'],
    listSearchableFields: ['headline', 'slug'],
    group: { vi: 'Tòa soạn', en: 'Newsroom' },
  },
  access: {
    read: canReadStories,
    create: canCreateStories,
    update: canUpdateStories,
    delete: canDeleteStories,
  },
  // Lists filter by state and sort newest first (the default sort, or publishedAt for the public).
  indexes: [{ fields: ['workflowState', 'createdAt'] }, { fields: ['workflowState', 'publishedAt'] }],
  versions: { maxPerDoc: 100 },
  hooks: {
    beforeOperation: [requireRevision],
    beforeValidate: [assignSlug],
    beforeChange: [recordCreator, checkRevision, enforceWorkflow, measureVariants(radioReadRate)],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { vi: 'Nội dung', en: 'Content' },
          fields: [
            {
              name: 'headline',
              type: 'text',
              required: true,
              localized: true,
              maxLength: 250,
              label: { vi: 'Tít', en: 'Headline' },
            },
            {
              name: 'standfirst',
              type: 'textarea',
              localized: true,
              label: { vi: 'Sapo', en: 'Standfirst' },
            },
            { name: 'body', type: 'richText', localized: true, label: { vi: 'Thân bài', en: 'Body' } },
            {
              name: 'bylines',
              type: 'array',
              label: { vi: 'Tác giả', en: 'Bylines' },
              labels: { singular: { vi: 'Tác giả', en: 'Byline' }, plural: { vi: 'Tác giả', en: 'Bylines' } },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'user',
                      type: 'relationship',
                      relationTo: 'users',
                      label: { vi: 'Nhân sự', en: 'Staff member' },
                    },
                    {
                      name: 'name',
                      type: 'text',
                      label: { vi: 'Tên hiển thị / cộng tác viên', en: 'Display name / contributor' },
                    },
                    {
                      name: 'contribution',
                      type: 'select',
                      defaultValue: 'writer',
                      label: { vi: 'Vai trò', en: 'Contribution' },
                      options: [
                        { value: 'writer', label: { vi: 'Viết', en: 'Writer' } },
                        { value: 'photographer', label: { vi: 'Ảnh', en: 'Photographer' } },
                        { value: 'camera', label: { vi: 'Quay phim', en: 'Camera' } },
                        { value: 'editor', label: { vi: 'Biên tập', en: 'Editor' } },
                        { value: 'translator', label: { vi: 'Dịch', en: 'Translator' } },
                      ],
                    },
                  ],
                },
              ],
            },
            {
              name: 'featuredImage',
              type: 'upload',
              relationTo: 'media',
              label: { vi: 'Ảnh đại diện', en: 'Featured image' },
            },
            {
              name: 'assets',
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              label: { vi: 'Tư liệu đính kèm', en: 'Assets' },
            },
          ],
        },
        { label: { vi: 'Phiên bản kênh', en: 'Channel variants' }, fields: variantFields(radioReadRate) },
        {
          label: { vi: 'Đính chính', en: 'Corrections' },
          fields: [
            {
              name: 'correctionNote',
              type: 'textarea',
              label: { vi: 'Ghi chú đính chính mới', en: 'New correction note' },
              admin: {
                description: {
                  vi: 'Chuyển trạng thái sang "Đã đính chính" để lưu ghi chú; ghi chú được giữ và hiển thị công khai.',
                  en: 'Move the story to "Corrected" to record the note; notes are kept and shown publicly.',
                },
              },
            },
            {
              name: 'corrections',
              type: 'array',
              label: { vi: 'Lịch sử đính chính', en: 'Correction history' },
              admin: { readOnly: true },
              fields: [
                { name: 'note', type: 'textarea', required: true, label: { vi: 'Nội dung', en: 'Note' } },
                { name: 'correctedAt', type: 'date', label: { vi: 'Thời điểm', en: 'At' } },
                {
                  name: 'correctedBy',
                  type: 'relationship',
                  relationTo: 'users',
                  label: { vi: 'Người đính chính', en: 'By' },
                },
              ],
            },
            { name: 'killReason', type: 'textarea', label: { vi: 'Lý do gỡ tin', en: 'Kill reason' } },
            {
              name: 'killedAt',
              type: 'date',
              admin: { readOnly: true },
              label: { vi: 'Thời điểm gỡ', en: 'Killed at' },
            },
          ],
        },
      ],
    },
    {
      name: 'workflowState',
      type: 'select',
      required: true,
      defaultValue: 'idea',
      index: true,
      label: { vi: 'Trạng thái', en: 'Workflow state' },
      options: WORKFLOW_STATES.map((state) => ({ value: state, label: WORKFLOW_STATE_LABELS[state] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'revision',
      type: 'number',
      defaultValue: 0,
      label: { vi: 'Phiên bản', en: 'Revision' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          vi: 'Tăng mỗi lần lưu; dùng để phát hiện sửa chồng',
          en: 'Bumped on every save; detects conflicting edits',
        },
      },
    },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      label: { vi: 'Đường dẫn (slug)', en: 'Slug' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'scheduledAt',
      type: 'date',
      index: true,
      label: { vi: 'Hẹn giờ xuất bản', en: 'Scheduled for' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { vi: 'Thời điểm xuất bản', en: 'Published at' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'desk',
      type: 'relationship',
      relationTo: 'desks',
      index: true,
      label: { vi: 'Ban', en: 'Desk' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'section',
      type: 'relationship',
      relationTo: 'sections',
      label: { vi: 'Chuyên mục', en: 'Section' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'channels',
      type: 'relationship',
      relationTo: 'publications',
      hasMany: true,
      label: { vi: 'Kênh phát hành', en: 'Channels' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      label: { vi: 'Chủ đề', en: 'Topics' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'places',
      type: 'relationship',
      relationTo: 'places',
      hasMany: true,
      label: { vi: 'Địa danh', en: 'Places' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người được giao', en: 'Assignee' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người tạo', en: 'Created by' },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
})
