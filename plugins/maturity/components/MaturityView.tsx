import type { AdminViewServerProps } from 'payload'

import { FIGURES_READERS } from '../../../src/access/figures'
import { AdminPage } from '../../../src/admin/AdminPage'
import { MaturityDashboard } from './MaturityDashboard'

/** `/admin/maturity`: the year's self-assessment, its pillars, criteria, evidence and level. */
export function MaturityView(props: AdminViewServerProps) {
  return (
    <AdminPage
      view={props}
      path="/maturity"
      title={{
        vi: 'Tự đánh giá mức độ chuyển đổi số',
        en: 'Digital-transformation maturity self-assessment',
      }}
      roles={FIGURES_READERS}
      forbidden={{
        vi: 'Chỉ trưởng ban, lãnh đạo và quản trị được xem bản tự đánh giá chuyển đổi số.',
        en: 'Only desk chiefs, managers and administrators can view the maturity self-assessment.',
      }}
      testId="maturity-forbidden"
    >
      <MaturityDashboard />
    </AdminPage>
  )
}
