import type { AdminViewServerProps } from 'payload'

import { FIGURES_READERS } from '../../../src/access/figures'
import { AdminPage } from '../../../src/admin/AdminPage'
import { FiguresDashboard } from './FiguresDashboard'

/** `/admin/figures`: the digital-transformation KPIs, revenue and audience for the managers. */
export function FiguresView(props: AdminViewServerProps) {
  return (
    <AdminPage
      view={props}
      path="/figures"
      title={{ vi: 'Số liệu chuyển đổi số', en: 'Digital transformation figures' }}
      roles={FIGURES_READERS}
      forbidden={{
        vi: 'Chỉ trưởng ban, lãnh đạo và quản trị viên được xem số liệu chuyển đổi số.',
        en: 'Only desk chiefs, managers and administrators can view the digital transformation figures.',
      }}
      testId="figures-forbidden"
    >
      <FiguresDashboard />
    </AdminPage>
  )
}
