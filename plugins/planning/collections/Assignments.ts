import type { CollectionConfig } from 'payload'

import { isStaff, nobodyField } from '../../../src/access'
import { canCreatePlanning, canDeleteAssignments, canUpdateAssignments } from '../../../src/access/planning'
import { storyFromAssignmentEndpoint } from '../endpoints/storyFromAssignment'
import { checkAssignmentChange } from '../hooks/checkAssignmentChange'
import { refreshAssignedPlan, refreshPlanAfterDelete } from '../hooks/refreshAssignedPlan'
import { refuseDeletingLinkedAssignment } from '../hooks/refuseDeletingLinkedAssignment'
import { ASSIGNMENT_KIND_LABELS, ASSIGNMENT_STATUS_LABELS, optionsOf } from '../lib/labels'
import { ASSIGNMENTS_SLUG, PLAN_ITEMS_SLUG } from '../types'

/** Who does what for a plan item, by when: a reporter, a photographer, a camera or sound crew. */
export const Assignments: CollectionConfig = {
  slug: ASSIGNMENTS_SLUG,
  labels: {
    singular: { vi: 'Phân công', en: 'Assignment' },
    plural: { vi: 'Phân công', en: 'Assignments' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'assignee', 'kind', 'deadline', 'status'],
    listSearchableFields: ['title', 'brief'],
    group: { vi: 'Kế hoạch', en: 'Planning' },
  },
  access: {
    read: isStaff,
    create: canCreatePlanning,
    update: canUpdateAssignments,
    delete: canDeleteAssignments,
  },
  hooks: {
    beforeChange: [checkAssignmentChange],
    afterChange: [refreshAssignedPlan],
    beforeDelete: [refuseDeletingLinkedAssignment],
    afterDelete: [refreshPlanAfterDelete],
  },
  endpoints: [storyFromAssignmentEndpoint],
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { vi: 'Tiêu đề', en: 'Title' },
      access: { create: nobodyField, update: nobodyField },
      admin: {
        readOnly: true,
        description: { vi: 'Tự đặt theo loại việc và kế hoạch.', en: 'Set from the kind and the plan.' },
      },
    },
    {
      name: 'planItem',
      type: 'relationship',
      relationTo: PLAN_ITEMS_SLUG,
      required: true,
      index: true,
      label: { vi: 'Kế hoạch', en: 'Plan item' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'assignee',
          type: 'relationship',
          relationTo: 'users',
          index: true,
          label: { vi: 'Người thực hiện', en: 'Assignee' },
          // Machine accounts do not go out on stories.
          filterOptions: { role: { not_equals: 'apiClient' } },
          admin: { description: { vi: 'Để trống = chưa giao', en: 'Empty = unassigned' } },
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'write',
          label: { vi: 'Loại việc', en: 'Kind' },
          options: optionsOf(ASSIGNMENT_KIND_LABELS),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'deadline',
          type: 'date',
          index: true,
          label: { vi: 'Hạn nộp', en: 'Deadline' },
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'open',
          index: true,
          label: { vi: 'Trạng thái', en: 'Status' },
          options: optionsOf(ASSIGNMENT_STATUS_LABELS),
        },
      ],
    },
    { name: 'brief', type: 'textarea', label: { vi: 'Yêu cầu', en: 'Brief' } },
    {
      name: 'story',
      type: 'relationship',
      relationTo: 'stories',
      index: true,
      label: { vi: 'Tin bài', en: 'Story' },
      access: { create: nobodyField, update: nobodyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          vi: 'Gắn khi tạo tin bài từ phân công này.',
          en: 'Set when a story is created from this assignment.',
        },
      },
    },
  ],
}
