import type { CollectionConfig, Endpoint } from 'payload'

import { nobodyField } from '../../../src/access'
import { canEditRundowns, canPlanProgrammes, canReadBroadcast } from '../../../src/access/broadcast'
import { assignRundownIds } from '../hooks/assignRundownIds'
import { checkRundownVersion } from '../hooks/checkRundownVersion'
import { fillFromProgramme } from '../hooks/fillFromProgramme'
import { fillItemsFromStories } from '../hooks/fillItemsFromStories'
import { lockRundownForUpdate } from '../hooks/lockRundownForUpdate'
import { refuseDuplicateRundown } from '../hooks/refuseDuplicateRundown'
import { titleRundown } from '../hooks/titleRundown'
import { broadcastChannel, clockHHMMSS, isoDate, wholeSeconds } from '../lib/validators'
import { ITEM_STATUSES, ORIGINS, PROGRAMMES_SLUG, RUNDOWN_STATUSES, RUNDOWNS_SLUG } from '../types'
import { itemTitleField, itemTypeField, plannedSecondsField } from './itemFields'

export const MAX_RUNDOWN_ITEMS = 500

export type RundownsOptions = { mosID: string; readRate: number; endpoints: Endpoint[] }

/** Set by hooks only: clients and the admin see them, nobody types them. */
const generated = { create: nobodyField, update: nobodyField }

/**
 * A day's running order of a programme: ordered items linked to the radio/TV scripts of stories,
 * with MOS ids, planned and actual lengths and statuses. Timing is computed, never stored
 * (`GET /api/rundowns/:id/timing`), so reordering cannot leave it stale.
 */
export const Rundowns = ({ mosID, readRate, endpoints }: RundownsOptions): CollectionConfig => ({
  slug: RUNDOWNS_SLUG,
  labels: {
    singular: { vi: 'Kịch bản chương trình', en: 'Rundown' },
    plural: { vi: 'Kịch bản chương trình', en: 'Rundowns' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', 'startTime', 'status', 'channel'],
    group: { vi: 'Phát sóng', en: 'Broadcast' },
  },
  access: {
    read: canReadBroadcast,
    create: canEditRundowns,
    update: canEditRundowns,
    delete: canPlanProgrammes,
  },
  indexes: [{ fields: ['programme', 'date'], unique: true }, { fields: ['channel', 'date'] }],
  endpoints,
  hooks: {
    beforeOperation: [lockRundownForUpdate],
    beforeValidate: [fillFromProgramme],
    beforeChange: [
      checkRundownVersion,
      refuseDuplicateRundown,
      assignRundownIds(mosID),
      fillItemsFromStories(readRate),
      titleRundown,
    ],
  },
  fields: [
    { name: 'title', type: 'text', maxLength: 250, label: { vi: 'Tên kịch bản', en: 'Title' } },
    {
      type: 'row',
      fields: [
        {
          name: 'programme',
          type: 'relationship',
          relationTo: PROGRAMMES_SLUG,
          label: { vi: 'Chương trình', en: 'Programme' },
        },
        {
          name: 'channel',
          type: 'relationship',
          relationTo: 'publications',
          required: true,
          label: { vi: 'Kênh', en: 'Channel' },
          filterOptions: { kind: { in: ['radio', 'tv'] } },
          validate: broadcastChannel,
          admin: { description: { vi: 'Để trống: lấy theo chương trình.', en: 'Empty: the programme’s.' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'text',
          required: true,
          index: true,
          label: { vi: 'Ngày phát (YYYY-MM-DD)', en: 'Date (YYYY-MM-DD)' },
          validate: isoDate('Ngày phát'),
        },
        {
          name: 'startTime',
          type: 'text',
          required: true,
          label: { vi: 'Giờ bắt đầu (HH:MM:SS)', en: 'Start (HH:MM:SS)' },
          validate: clockHHMMSS('Giờ bắt đầu'),
        },
        {
          name: 'plannedDurationSeconds',
          type: 'number',
          required: true,
          min: 1,
          label: { vi: 'Thời lượng (giây)', en: 'Duration (s)' },
          validate: wholeSeconds('Thời lượng kịch bản', { min: 1, required: true }),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'draft',
          label: { vi: 'Trạng thái', en: 'Status' },
          options: RUNDOWN_STATUSES.map((status) => ({ value: status.value, label: status.label })),
        },
        {
          name: 'rerun',
          type: 'checkbox',
          defaultValue: false,
          label: { vi: 'Phát lại (cả chương trình)', en: 'Rerun (whole rundown)' },
        },
      ],
    },
    {
      name: 'roID',
      type: 'text',
      unique: true,
      index: true,
      access: generated,
      label: { vi: 'Mã MOS (roID)', en: 'MOS roID' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'version',
      type: 'number',
      defaultValue: 0,
      label: { vi: 'Phiên bản', en: 'Version' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          vi: 'Tăng mỗi lần lưu; dùng để phát hiện sửa chồng.',
          en: 'Bumped on every save; detects conflicting edits.',
        },
      },
    },
    {
      name: 'items',
      type: 'array',
      // A day-long radio running order has a few hundred items; a runaway client is stopped here.
      maxRows: MAX_RUNDOWN_ITEMS,
      label: { vi: 'Các mục (theo thứ tự phát)', en: 'Items (running order)' },
      labels: { singular: { vi: 'Mục', en: 'Item' }, plural: { vi: 'Mục', en: 'Items' } },
      fields: [
        {
          type: 'row',
          fields: [
            itemTypeField,
            {
              name: 'story',
              type: 'relationship',
              relationTo: 'stories',
              label: { vi: 'Tin bài', en: 'Story' },
            },
            itemTitleField,
          ],
        },
        {
          type: 'row',
          fields: [
            plannedSecondsField,
            {
              name: 'actualSeconds',
              type: 'number',
              min: 0,
              label: { vi: 'Thời lượng thực tế (giây)', en: 'Actual (s)' },
              validate: wholeSeconds('Thời lượng thực tế'),
            },
            {
              name: 'status',
              type: 'select',
              required: true,
              defaultValue: 'draft',
              label: { vi: 'Trạng thái', en: 'Status' },
              options: ITEM_STATUSES.map((status) => ({ value: status.value, label: status.label })),
            },
            {
              name: 'origin',
              type: 'select',
              label: { vi: 'Nguồn (nếu khác chương trình)', en: 'Origin (if not the programme’s)' },
              options: ORIGINS.map((origin) => ({ value: origin.value, label: origin.label })),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'itemID',
              type: 'text',
              access: generated,
              label: { vi: 'Mã mục (itemID)', en: 'itemID' },
              admin: { readOnly: true },
            },
            {
              name: 'objID',
              type: 'text',
              access: generated,
              label: { vi: 'Mã đối tượng MOS (objID)', en: 'MOS objID' },
              admin: { readOnly: true },
            },
          ],
        },
        { name: 'notes', type: 'textarea', label: { vi: 'Ghi chú', en: 'Notes' } },
      ],
    },
  ],
})
