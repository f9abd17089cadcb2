import type { CollectionConfig } from 'payload'

import { isAdmin, isStaff, nobodyField } from '../../../src/access'
import { sealTargetCredentials } from '../hooks/sealTargetCredentials'
import { TARGET_KINDS } from '../types'

export const TARGETS_SLUG = 'distribution-targets'

const KIND_LABELS: Record<(typeof TARGET_KINDS)[number], { vi: string; en: string }> = {
  website: { vi: 'Website / ứng dụng (webhook làm mới)', en: 'Website / apps (revalidation webhook)' },
  feed: { vi: 'Đối tác nhận RSS (Báo Mới…)', en: 'RSS partner (aggregator)' },
  podcast: { vi: 'Podcast', en: 'Podcast' },
  zalo: { vi: 'Zalo OA', en: 'Zalo Official Account' },
  grassroots: { vi: 'Hệ thống thông tin cơ sở', en: 'Grassroots information system' },
  ninjs: { vi: 'Trao đổi tin NINJS', en: 'NINJS exchange' },
}

/**
 * Where stories go. Credentials are written through the virtual `credentials` field and stored
 * only sealed (`credentialsSealed`, readable by no one through the API); staff see which names
 * are set (`credentialNames`), never the values.
 */
export const distributionTargets = (locales: Array<{ code: string; label: string }>): CollectionConfig => ({
  slug: TARGETS_SLUG,
  labels: {
    singular: { vi: 'Đích phát hành', en: 'Target' },
    plural: { vi: 'Đích phát hành', en: 'Targets' },
  },
  admin: {
    useAsTitle: 'name',
    group: { vi: 'Phát hành', en: 'Distribution' },
    defaultColumns: ['name', 'kind', 'domestic', 'active'],
  },
  access: { read: isStaff, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeChange: [sealTargetCredentials] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên', en: 'Name' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: TARGET_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
      label: { vi: 'Loại', en: 'Kind' },
    },
    {
      name: 'domestic',
      type: 'checkbox',
      defaultValue: true,
      label: { vi: 'Nền tảng trong nước', en: 'Domestic platform' },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { vi: 'Đang dùng', en: 'Active' } },
    {
      name: 'baseURL',
      type: 'text',
      label: { vi: 'Địa chỉ API / webhook', en: 'API / webhook URL' },
      validate: (value: unknown) => {
        if (value === undefined || value === null || value === '') return true
        try {
          const url = new URL(String(value))
          return ['http:', 'https:'].includes(url.protocol) || 'Chỉ nhận địa chỉ http(s) (http(s) URLs only).'
        } catch {
          return 'Địa chỉ không hợp lệ (invalid URL).'
        }
      },
    },
    {
      name: 'locale',
      type: 'select',
      defaultValue: 'vi',
      options: locales.map((locale) => ({ value: locale.code, label: locale.label })),
      label: { vi: 'Ngôn ngữ gửi đi', en: 'Locale sent' },
    },
    {
      name: 'ratePerMinute',
      type: 'number',
      min: 0,
      label: { vi: 'Giới hạn lượt gửi/phút (0: không giới hạn)', en: 'Deliveries per minute (0: none)' },
    },
    {
      name: 'timeoutSeconds',
      type: 'number',
      min: 1,
      max: 600,
      defaultValue: 15,
      label: { vi: 'Thời gian chờ (giây)', en: 'Timeout (seconds)' },
    },
    {
      name: 'settings',
      type: 'json',
      label: { vi: 'Cấu hình riêng', en: 'Settings' },
      admin: {
        description: { vi: 'Xem docs/distribution.md cho từng loại.', en: 'See docs/distribution.md.' },
      },
    },
    {
      name: 'defaults',
      type: 'group',
      label: { vi: 'Mặc định cho tin bài', en: 'Default for stories' },
      admin: {
        description: {
          vi: 'Tin bài không tự chọn đích sẽ phát hành tới đích này nếu thuộc các ấn phẩm/ban/chuyên mục dưới đây.',
          en: 'Stories without their own targets go here when they belong to these publications, desks or sections.',
        },
      },
      fields: [
        { name: 'all', type: 'checkbox', label: { vi: 'Mọi tin bài', en: 'Every story' } },
        {
          name: 'publications',
          type: 'relationship',
          relationTo: 'publications',
          hasMany: true,
          label: { vi: 'Ấn phẩm / kênh', en: 'Publications' },
        },
        {
          name: 'desks',
          type: 'relationship',
          relationTo: 'desks',
          hasMany: true,
          label: { vi: 'Ban', en: 'Desks' },
        },
        {
          name: 'sections',
          type: 'relationship',
          relationTo: 'sections',
          hasMany: true,
          label: { vi: 'Chuyên mục', en: 'Sections' },
        },
      ],
    },
    {
      name: 'credentials',
      type: 'json',
      virtual: true,
      access: { read: nobodyField },
      label: { vi: 'Đặt thông tin xác thực', en: 'Set credentials' },
      admin: {
        description: {
          vi: 'Chỉ ghi: {"tên": "giá trị"}; chuỗi rỗng để xoá một mục. Không bao giờ hiển thị lại.',
          en: 'Write-only: {"name": "value"}; an empty string removes one. Never shown again.',
        },
      },
    },
    {
      name: 'credentialNames',
      type: 'json',
      access: { create: nobodyField, update: nobodyField },
      label: { vi: 'Thông tin xác thực đã đặt', en: 'Credentials set' },
      admin: { readOnly: true },
    },
    {
      name: 'credentialsSealed',
      type: 'text',
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
    // Bumped on every change of the sealed credentials: a refresh that read an older version
    // knows another worker got there first.
    {
      name: 'credentialsVersion',
      type: 'number',
      defaultValue: 0,
      access: { create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
  ],
})
