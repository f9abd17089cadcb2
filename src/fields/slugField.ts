import type { TextField } from 'payload'

import { slugifyVietnamese } from '../lib/vietnamese'

/**
 * A unique slug derived from another field (in the default locale) unless one is typed.
 * Uniqueness suffixes (-2, -3 …) are added by the collection's own hook where collisions
 * are expected; here the database's unique index is the last line.
 */
export function slugField(from: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    label: { vi: 'Đường dẫn (slug)', en: 'Slug' },
    admin: {
      position: 'sidebar',
      description: { vi: 'Để trống để tạo tự động', en: 'Leave empty to generate' },
    },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          const typed = typeof value === 'string' ? slugifyVietnamese(value) : ''
          if (typed) return typed
          const source = siblingData?.[from]
          return typeof source === 'string' ? slugifyVietnamese(source) : value
        },
      ],
    },
  }
}
