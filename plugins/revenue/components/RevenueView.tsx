import type { AdminViewServerProps } from 'payload'

import { REVENUE_KEEPERS } from '../../../src/access/figures'
import { AdminPage } from '../../../src/admin/AdminPage'
import { RevenueDashboard } from './RevenueDashboard'

/** `/admin/revenue`: the year's ledger by line and month, growth, imports and closed months. */
export function RevenueView(props: AdminViewServerProps) {
  return (
    <AdminPage
      view={props}
      path="/revenue"
      title={{ vi: 'Doanh thu', en: 'Revenue' }}
      roles={REVENUE_KEEPERS}
      forbidden={{
        vi: 'Chỉ lãnh đạo và quản trị viên được xem số liệu doanh thu.',
        en: 'Only managers and administrators can view revenue figures.',
      }}
      testId="revenue-forbidden"
    >
      <RevenueDashboard />
    </AdminPage>
  )
}
