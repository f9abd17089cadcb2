'use client'

import { FIGURES_READERS } from '../../../src/access/figures'
import { AdminNavLink } from '../../../src/admin/AdminNavLink'

/** "Tự đánh giá CĐS" for the roles that may read the self-assessment. */
export function MaturityNavLink() {
  return (
    <AdminNavLink
      path="/maturity"
      name="maturity"
      label={{ vi: 'Tự đánh giá CĐS', en: 'DT maturity' }}
      roles={FIGURES_READERS}
    />
  )
}
