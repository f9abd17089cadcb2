import type { CollectionConfig } from 'payload'

import { canPlanPrint, canReadPrint } from '../../../src/access/print'
import { MAX_PAGE_NUMBER } from './Editions'
import { checkPlacement } from '../hooks/checkPlacement'
import { copyPlannedLength } from '../hooks/copyPlannedLength'
import { refusePrintedPlacementDelete } from '../hooks/refusePrintedPlacementDelete'
import { requirePrintLogin } from '../hooks/requirePrintLogin'
import { wholeNumber } from '../lib/wholeNumber'

export const PLACEMENTS_SLUG = 'placements'

/** A story on a page of an edition, with the space planned for it (write-to-fit). */
export const Placements: CollectionConfig = {
  slug: PLACEMENTS_SLUG,
  labels: {
    singular: { vi: 'Vị trí trên trang', en: 'Placement' },
    plural: { vi: 'Dàn trang (vị trí tin bài)', en: 'Placements' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'edition', 'page', 'story', 'plannedLength'],
    group: { vi: 'Báo in', en: 'Print' },
  },
  access: { read: canReadPrint, create: canPlanPrint, update: canPlanPrint, delete: canPlanPrint },
  // A story goes once into an edition; the hook answers 409 first, the index is the last line.
  indexes: [{ fields: ['edition', 'story'], unique: true }, { fields: ['edition', 'page'] }],
  defaultSort: 'order',
  hooks: {
    beforeOperation: [requirePrintLogin],
    beforeChange: [checkPlacement],
    afterChange: [copyPlannedLength],
    beforeDelete: [refusePrintedPlacementDelete],
  },
  fields: [
    {
      name: 'label',
      type: 'text',
      label: { vi: 'Vị trí', en: 'Label' },
      admin: { readOnly: true, description: { vi: 'Tự đặt từ số báo, trang và ô', en: 'Set automatically' } },
    },
    {
      name: 'edition',
      type: 'relationship',
      relationTo: 'editions',
      required: true,
      index: true,
      label: { vi: 'Số báo', en: 'Edition' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'page',
          type: 'number',
          required: true,
          min: 1,
          max: MAX_PAGE_NUMBER,
          label: { vi: 'Trang', en: 'Page' },
          validate: wholeNumber('Trang'),
        },
        {
          name: 'slot',
          type: 'text',
          maxLength: 80,
          label: { vi: 'Ô trên trang', en: 'Slot' },
          admin: { description: { vi: 'Ví dụ: Tin chính, Góc phải', en: 'e.g. lead, right corner' } },
        },
        {
          name: 'order',
          type: 'number',
          min: 0,
          max: 9_999,
          label: { vi: 'Thứ tự', en: 'Order' },
          validate: wholeNumber('Thứ tự'),
          admin: { description: { vi: 'Để trống: xếp cuối trang', en: 'Empty: last on the page' } },
        },
      ],
    },
    {
      name: 'story',
      type: 'relationship',
      relationTo: 'stories',
      required: true,
      index: true,
      label: { vi: 'Tin bài', en: 'Story' },
    },
    {
      name: 'plannedLength',
      type: 'number',
      min: 1,
      // A whole broadsheet page holds about 15 000 characters; the planning plugin caps at the same.
      max: 100_000,
      label: { vi: 'Độ dài kế hoạch (ký tự)', en: 'Planned length (characters)' },
      validate: wholeNumber('Độ dài kế hoạch'),
      admin: {
        description: {
          vi: 'Được chép sang "Độ dài kế hoạch" của tin để phóng viên thấy ngay khi viết.',
          en: "Copied to the story's planned print length so the writer sees it while writing.",
        },
      },
    },
  ],
}
