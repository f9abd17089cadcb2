'use client'

import { AdminNavLink } from '../../../src/admin/AdminNavLink'
import { STAFF_ROLES } from '../../../src/lib/roles'

/** "Phát hành đa nền tảng" for newsroom staff. */
export function DistributionNavLink() {
  return (
    <AdminNavLink
      path="/distribution"
      name="distribution"
      label={{ vi: 'Phát hành đa nền tảng', en: 'Multi-platform distribution' }}
      roles={STAFF_ROLES}
    />
  )
}
