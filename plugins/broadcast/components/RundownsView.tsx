import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../../../src/admin/AdminPage'
import { BROADCAST_READERS } from '../../../src/access/broadcast'
import { RundownBoard } from './RundownBoard'

/** `/admin/rundowns`: the running orders of the radio and TV programmes, with their timing. */
export function RundownsView(props: AdminViewServerProps) {
  return (
    <AdminPage
      view={props}
      path="/rundowns"
      title={{ vi: 'Kịch bản chương trình', en: 'Rundowns' }}
      roles={BROADCAST_READERS}
      forbidden={{
        vi: 'Chỉ nhân sự tòa soạn được xem kịch bản chương trình.',
        en: 'Only newsroom staff can view rundowns.',
      }}
      testId="rundowns-forbidden"
    >
      <RundownBoard />
    </AdminPage>
  )
}
