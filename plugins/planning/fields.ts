import type { Field } from 'payload'

import { isStaffField } from '../../src/access/planning'

/** On stories: the note a story made from an assignment carries (internal, never public). */
export const storyPlanningFields: Field[] = [
  {
    name: 'planningNote',
    type: 'textarea',
    label: { vi: 'Ghi chú kế hoạch', en: 'Planning note' },
    access: { read: isStaffField },
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Từ kế hoạch và phân công (ngày, vị trí, hạn nộp, yêu cầu). Nội bộ, không xuất bản.',
        en: 'From the plan and assignment (day, slot, deadline, brief). Internal, never published.',
      },
    },
  },
]
