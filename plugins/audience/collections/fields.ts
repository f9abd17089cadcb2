import type { Field, TextField } from 'payload'

import { MEASURES, MEASURE_LABELS } from '../lib/measures'

const readOnly = { readOnly: true }

/** The six measures every audience table carries, in the same columns. */
export const measureFields: Field[] = MEASURES.map((measure) => ({
  name: measure,
  type: 'number',
  required: true,
  defaultValue: 0,
  min: 0,
  label: MEASURE_LABELS[measure],
  admin: readOnly,
}))

/** A YYYY-MM-DD Vietnam day, kept as text so it sorts, groups and compares the same on both databases. */
export const dayField = (label = { vi: 'Ngày', en: 'Day' }): Field => ({
  name: 'day',
  type: 'text',
  required: true,
  index: true,
  label,
  validate: (value: unknown) =>
    (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) || 'Ngày phải có dạng YYYY-MM-DD.',
  admin: readOnly,
})

export const monthField: TextField = {
  name: 'month',
  type: 'text',
  required: true,
  index: true,
  label: { vi: 'Tháng', en: 'Month' },
  admin: readOnly,
}

export const platformField: Field = {
  name: 'platform',
  type: 'text',
  required: true,
  label: { vi: 'Nền tảng', en: 'Platform' },
  admin: { ...readOnly, description: { vi: 'Mã nền tảng (xem docs/audience.md).', en: 'Platform key.' } },
}

/**
 * The story's desk and the channel credited, copied in as plain ids: these columns are for
 * grouping a million rows, so they carry neither an index nor a foreign key (each would slow
 * every import); names are looked up when a report is read, and a deleted desk reads "Ban #id".
 */
export const deskIdField: Field = {
  name: 'deskId',
  type: 'number',
  label: { vi: 'Mã ban', en: 'Desk id' },
  admin: readOnly,
}

export const publicationIdField: Field = {
  name: 'publicationId',
  type: 'number',
  label: { vi: 'Mã ấn phẩm / kênh', en: 'Publication id' },
  admin: readOnly,
}

export const FIGURES_GROUP = { vi: 'Số liệu', en: 'Figures' }
