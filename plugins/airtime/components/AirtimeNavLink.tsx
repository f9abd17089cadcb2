'use client'

import { AdminNavLink } from '../../../src/admin/AdminNavLink'
import { COMPLIANCE_READERS } from '../../../src/access/airtime'

/** "Tuân thủ thời lượng" for the roles that may read the compliance report. */
export function AirtimeNavLink() {
  return (
    <AdminNavLink
      path="/airtime"
      name="airtime"
      label={{ vi: 'Tuân thủ thời lượng', en: 'Airtime compliance' }}
      roles={COMPLIANCE_READERS}
    />
  )
}
