'use client'

import { AdminNavLink } from '../../../src/admin/AdminNavLink'
import { REVENUE_KEEPERS } from '../../../src/access/figures'

/** "Doanh thu" for managers and admins, the only roles that read the ledger. */
export function RevenueNavLink() {
  return (
    <AdminNavLink
      path="/revenue"
      name="revenue"
      label={{ vi: 'Doanh thu', en: 'Revenue' }}
      roles={REVENUE_KEEPERS}
    />
  )
}
