'use client'

import { FIGURES_READERS } from '../../../src/access/figures'
import { AdminNavLink } from '../../../src/admin/AdminNavLink'

/** "Số liệu chuyển đổi số" for the roles that may read the figures. */
export function FiguresNavLink() {
  return (
    <AdminNavLink
      path="/figures"
      name="figures"
      label={{ vi: 'Số liệu chuyển đổi số', en: 'DT figures' }}
      roles={FIGURES_READERS}
    />
  )
}
