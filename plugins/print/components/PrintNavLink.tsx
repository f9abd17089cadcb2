'use client'

import { AdminNavLink } from '../../../src/admin/AdminNavLink'
import { PRINT_READER_ROLES } from '../lib/printRoles'

/** "Báo in" for the roles that may read the make-up. */
export function PrintNavLink() {
  return (
    <AdminNavLink
      path="/print"
      name="print"
      label={{ vi: 'Báo in', en: 'Print' }}
      roles={PRINT_READER_ROLES}
    />
  )
}
