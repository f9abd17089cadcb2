import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../../../src/admin/AdminPage'
import { PRINT_READER_ROLES } from '../lib/printRoles'
import { PrintDashboard } from './PrintDashboard'

/** `/admin/print`: the page plan of an edition with live write-to-fit, for newsroom staff. */
export function PrintView(props: AdminViewServerProps) {
  return (
    <AdminPage
      view={props}
      path="/print"
      title={{ vi: 'Dàn trang báo in', en: 'Print page plan' }}
      roles={PRINT_READER_ROLES}
      forbidden={{
        vi: 'Chỉ nhân sự tòa soạn được xem dàn trang báo in.',
        en: 'Only newsroom staff can view the print page plan.',
      }}
      testId="print-forbidden"
    >
      <PrintDashboard />
    </AdminPage>
  )
}
