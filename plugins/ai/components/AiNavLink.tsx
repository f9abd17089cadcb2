'use client'

import { AdminNavLink } from '../../../src/admin/AdminNavLink'
import { AI_SHARE_ROLES } from './shareRoles'

/** "Tỷ lệ tin bài có AI" for the roles that may read the AI share. */
export function AiNavLink() {
  return (
    <AdminNavLink
      path="/ai"
      name="ai"
      label={{ vi: 'Tỷ lệ tin bài có AI', en: 'AI share of stories' }}
      roles={AI_SHARE_ROLES}
    />
  )
}
