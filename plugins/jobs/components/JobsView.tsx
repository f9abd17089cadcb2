import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../../../src/admin/AdminPage'
import { JobsDashboard } from './JobsDashboard'

/** `/admin/jobs`: queue counts and failed jobs, for administrators. */
export function JobsView(props: AdminViewServerProps) {
  return (
    <AdminPage
      view={props}
      path="/jobs"
      title={{ vi: 'Hàng đợi xử lý', en: 'Job queues' }}
      roles={['admin']}
      forbidden={{
        vi: 'Chỉ quản trị viên được xem và điều khiển hàng đợi xử lý.',
        en: 'Only administrators can view and control the job queues.',
      }}
      testId="jobs-forbidden"
    >
      <JobsDashboard />
    </AdminPage>
  )
}
