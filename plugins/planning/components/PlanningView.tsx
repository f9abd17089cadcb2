import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../../../src/admin/AdminPage'
import { STAFF_ROLES } from '../../../src/lib/roles'
import { PlanningCalendar } from './PlanningCalendar'

/** `/admin/planning`: the story budget as a week (or day) calendar, for newsroom staff. */
export function PlanningView(props: AdminViewServerProps) {
  return (
    <AdminPage
      view={props}
      path="/planning"
      title={{ vi: 'Lịch kế hoạch', en: 'Planning calendar' }}
      roles={STAFF_ROLES}
      forbidden={{
        vi: 'Chỉ nhân sự tòa soạn được xem lịch kế hoạch.',
        en: 'Only newsroom staff can view the planning calendar.',
      }}
      testId="planning-forbidden"
    >
      <PlanningCalendar />
    </AdminPage>
  )
}
