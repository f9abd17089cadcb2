import type { Endpoint } from 'payload'

import { BROADCAST_READERS } from '../../../src/access/broadcast'
import { slugifyVietnamese } from '../../../src/lib/vietnamese'
import { loadRundownExport } from '../lib/exportData'
import { refuseUnless, rundownOfRoute } from '../lib/http'
import { storyObjID } from '../lib/ids'
import { buildRoCreate, ncsIDFor } from '../lib/mos'

const MAX_MESSAGE_ID = 2_147_483_647
let lastMessageID = 0

/**
 * MOS message ids are signed 32-bit and must not repeat: seconds since 2020 last for decades, and
 * two exports within one second take the next number instead of the same one.
 */
function messageID(): number {
  const seconds = Math.max(1, Math.floor((Date.now() - Date.UTC(2020, 0, 1)) / 1000) % MAX_MESSAGE_ID)
  lastMessageID = seconds > lastMessageID ? seconds : (lastMessageID % MAX_MESSAGE_ID) + 1
  return lastMessageID
}

/**
 * `GET /api/rundowns/:id/mos`: the rundown as a MOS 2.8.5 `roCreate` message (UTF-8 XML), for
 * playout, prompter and graphics systems. Dropped items are left out; story items point at the
 * story's current revision.
 */
export const rundownMos = (mosID: string): Endpoint => ({
  path: '/:id/mos',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnless(req, BROADCAST_READERS, 'Bạn không có quyền xuất kịch bản chương trình.')
    if (refused) return refused
    const rundown = await rundownOfRoute(req)
    if (rundown instanceof Response) return rundown
    const { view, stories } = await loadRundownExport(req, rundown)
    const xml = buildRoCreate({
      mosID,
      ncsID: ncsIDFor(mosID),
      messageID: messageID(),
      roID: rundown.roID,
      roSlug: rundown.title,
      date: rundown.date,
      startTime: rundown.startTime,
      plannedDurationSeconds: rundown.plannedDurationSeconds,
      items: view.items
        .filter((item) => !item.dropped)
        .map((item) => {
          const story = item.story === null ? undefined : stories.get(String(item.story))
          return {
            itemID: item.itemID,
            slug: item.title || story?.headline || item.type,
            objID: story
              ? storyObjID(story.id, story.revision)
              : (item.objID ?? `${item.type}.${item.itemID}`),
            type: item.type,
            status: item.status,
            origin: item.origin,
            plannedSeconds: item.plannedSeconds,
            actualSeconds: item.actualSeconds,
            frontTime: item.frontTime,
            backTime: item.backTime,
          }
        }),
    })
    const filename = `${slugifyVietnamese(rundown.title) || 'kich-ban'}-${rundown.id}.mos.xml`
    return new Response(xml, {
      headers: {
        'Content-Type': 'application/xml; charset=utf-8',
        'Content-Disposition': `inline; filename="${filename}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
})
