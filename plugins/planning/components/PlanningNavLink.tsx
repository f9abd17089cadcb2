'use client'

import { AdminNavLink } from '../../../src/admin/AdminNavLink'
import { STAFF_ROLES } from '../../../src/lib/roles'

/** "Kế hoạch" for newsroom staff. */
export function PlanningNavLink() {
  return (
    <AdminNavLink
      path="/planning"
      name="planning"
      label={{ vi: 'Kế hoạch', en: 'Planning' }}
      roles={STAFF_ROLES}
    />
  )
}
