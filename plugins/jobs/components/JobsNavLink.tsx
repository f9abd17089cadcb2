'use client'

import { AdminNavLink } from '../../../src/admin/AdminNavLink'

/** "Hàng đợi xử lý" for administrators. */
export function JobsNavLink() {
  return (
    <AdminNavLink
      path="/jobs"
      name="jobs"
      label={{ vi: 'Hàng đợi xử lý', en: 'Job queues' }}
      roles={['admin']}
    />
  )
}
