'use client'

import { AdminNavLink } from '../../../src/admin/AdminNavLink'
import { EPAPER_ROLES } from './api'

/** "Báo in điện tử" for the roles that manage the e-paper. */
export function EpaperNavLink() {
  return (
    <AdminNavLink
      path="/epaper"
      name="epaper"
      label={{ vi: 'Báo in điện tử', en: 'E-paper' }}
      roles={EPAPER_ROLES}
    />
  )
}
