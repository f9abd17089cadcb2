import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../../../src/admin/AdminPage'
import { EPAPER_ROLES } from './api'
import { EpaperDashboard } from './EpaperDashboard'

/** `/admin/epaper`: upload the printed PDF, check the pages, correct article zones, publish. */
export function EpaperView(props: AdminViewServerProps) {
  return (
    <AdminPage
      view={props}
      path="/epaper"
      title={{ vi: 'Báo in điện tử', en: 'E-paper' }}
      roles={EPAPER_ROLES}
      forbidden={{
        vi: 'Chỉ biên tập viên trở lên được quản lý báo in điện tử.',
        en: 'Only editors and above manage the e-paper.',
      }}
      testId="epaper-forbidden"
    >
      <EpaperDashboard />
    </AdminPage>
  )
}
