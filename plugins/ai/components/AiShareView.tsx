import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../../../src/admin/AdminPage'
import { AiShareDashboard } from './AiShareDashboard'
import { AI_SHARE_ROLES } from './shareRoles'

/** `/admin/ai`: the share of published stories made with AI help, for managers, admins and desk chiefs. */
export function AiShareView(props: AdminViewServerProps) {
  return (
    <AdminPage
      view={props}
      path="/ai"
      title={{ vi: 'Tỷ lệ tin bài có ứng dụng AI', en: 'Share of stories made with AI' }}
      roles={AI_SHARE_ROLES}
      forbidden={{
        vi: 'Chỉ lãnh đạo, quản trị viên và trưởng ban được xem báo cáo này.',
        en: 'Only managers, administrators and desk chiefs can view this report.',
      }}
      testId="ai-share-forbidden"
    >
      <AiShareDashboard />
    </AdminPage>
  )
}
