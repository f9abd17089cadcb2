import type { Field } from 'payload'

import { ITEM_TYPES } from '../types'
import { wholeSeconds } from '../lib/validators'

/** The fields a programme's template row and a rundown item share. */

export const itemTypeField: Field = {
  name: 'type',
  type: 'select',
  required: true,
  defaultValue: 'story',
  label: { vi: 'Loại mục', en: 'Type' },
  options: ITEM_TYPES.map((type) => ({ value: type.value, label: type.label })),
}

export const itemTitleField: Field = {
  name: 'title',
  type: 'text',
  maxLength: 250,
  label: { vi: 'Tên mục (slug)', en: 'Title (slug)' },
}

export const plannedSecondsField: Field = {
  name: 'plannedSeconds',
  type: 'number',
  min: 0,
  label: { vi: 'Thời lượng dự kiến (giây)', en: 'Planned (s)' },
  validate: wholeSeconds('Thời lượng dự kiến'),
}
