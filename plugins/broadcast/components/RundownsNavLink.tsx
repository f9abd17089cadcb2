'use client'

import { AdminNavLink } from '../../../src/admin/AdminNavLink'
import { STAFF_ROLES } from '../../../src/lib/roles'

/** "Chương trình phát sóng" for newsroom staff. */
export function RundownsNavLink() {
  return (
    <AdminNavLink
      path="/rundowns"
      name="rundowns"
      label={{ vi: 'Chương trình phát sóng', en: 'Broadcast rundowns' }}
      roles={STAFF_ROLES}
    />
  )
}
