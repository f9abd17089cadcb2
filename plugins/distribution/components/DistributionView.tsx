import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../../../src/admin/AdminPage'
import { STAFF_ROLES } from '../../../src/lib/roles'
import { DistributionDashboard } from './DistributionDashboard'

/** `/admin/distribution`: where stories went and how it went, for newsroom staff. */
export function DistributionView(props: AdminViewServerProps) {
  return (
    <AdminPage
      view={props}
      path="/distribution"
      title={{ vi: 'Phát hành đa nền tảng', en: 'Multi-platform distribution' }}
      // Everyone who may read deliveries sees them; retry and cancel stay with admins and managers.
      roles={STAFF_ROLES}
      forbidden={{
        vi: 'Chỉ nhân sự tòa soạn được xem tình hình phát hành.',
        en: 'Only newsroom staff can view distribution.',
      }}
      testId="distribution-forbidden"
    >
      <DistributionDashboard />
    </AdminPage>
  )
}
