import type { CollectionConfig } from 'payload'

import { canManageSubscribers, canReadSubscribers } from '../../../src/access/epaper'
import { refuseLapsedSubscriber } from '../hooks/refuseLapsedSubscriber'
import { SUBSCRIBERS_SLUG } from '../types'

/**
 * Readers who pay for the e-paper (EPAPER_ACCESS=subscribers). A login collection of its own, apart
 * from the newsroom's users: a subscriber never reaches the admin or the newsroom's API. They log
 * in at /api/subscribers/login, which sets the `payload-token` cookie the reader routes read.
 */
export const Subscribers: CollectionConfig = {
  slug: SUBSCRIBERS_SLUG,
  labels: {
    singular: { vi: 'Bạn đọc đăng ký', en: 'Subscriber' },
    plural: { vi: 'Bạn đọc đăng ký', en: 'Subscribers' },
  },
  auth: {
    tokenExpiration: 30 * 24 * 3600,
    maxLoginAttempts: 10,
    lockTime: 15 * 60 * 1000,
    cookies: { sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'email',
    group: { vi: 'Báo in', en: 'Print' },
    defaultColumns: ['email', 'name', 'validUntil', 'active'],
  },
  access: {
    read: canReadSubscribers,
    create: canManageSubscribers,
    update: canManageSubscribers,
    delete: canManageSubscribers,
    unlock: canManageSubscribers,
  },
  hooks: { beforeLogin: [refuseLapsedSubscriber] },
  fields: [
    { name: 'name', type: 'text', label: { vi: 'Họ tên', en: 'Name' } },
    {
      name: 'validUntil',
      type: 'date',
      required: true,
      label: { vi: 'Hạn đọc đến hết ngày', en: 'Valid until (inclusive)' },
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: { vi: 'Đang hoạt động', en: 'Active' },
    },
  ],
}
