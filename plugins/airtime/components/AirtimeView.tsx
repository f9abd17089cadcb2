import type { AdminViewServerProps } from 'payload'

import { COMPLIANCE_READERS } from '../../../src/access/airtime'
import { AdminPage } from '../../../src/admin/AdminPage'
import { AirtimeDashboard } from './AirtimeDashboard'

/** `/admin/airtime`: a channel's broadcast day against the airtime rules, and the CSV import. */
export function AirtimeView(props: AdminViewServerProps) {
  return (
    <AdminPage
      view={props}
      path="/airtime"
      title={{ vi: 'Tuân thủ thời lượng phát sóng', en: 'Airtime compliance' }}
      roles={COMPLIANCE_READERS}
      forbidden={{
        vi: 'Chỉ biên tập viên, trưởng ban, lãnh đạo và quản trị được xem báo cáo thời lượng phát sóng.',
        en: 'Only editors, desk chiefs, managers and administrators can view airtime compliance.',
      }}
      testId="airtime-forbidden"
    >
      <AirtimeDashboard />
    </AdminPage>
  )
}
