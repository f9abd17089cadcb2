import type { Endpoint } from 'payload'

import { BROADCAST_READERS } from '../../../src/access/broadcast'
import { errorResponse } from '../../../src/lib/httpErrors'
import { slugifyVietnamese } from '../../../src/lib/vietnamese'
import { loadRundownExport } from '../lib/exportData'
import { refuseUnless, rundownOfRoute } from '../lib/http'
import {
  buildPrompterHtml,
  buildPrompterText,
  isWithdrawn,
  scriptOf,
  type PrompterInput,
} from '../lib/prompter'

const TYPES = { txt: 'text/plain; charset=utf-8', html: 'text/html; charset=utf-8' } as const

/**
 * `GET /api/rundowns/:id/prompter?format=txt|html`: the words to read, in running order, for the
 * prompter (dropped items left out). `?locale=` picks the script language (Vietnamese by default).
 */
export const rundownPrompter: Endpoint = {
  path: '/:id/prompter',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnless(req, BROADCAST_READERS, 'Bạn không có quyền xem kịch bản dẫn.')
    if (refused) return refused
    const format = req.searchParams?.get('format') ?? 'txt'
    if (format !== 'txt' && format !== 'html')
      return errorResponse(400, `"format" phải là txt hoặc html, nhận được "${format}".`)
    const rundown = await rundownOfRoute(req)
    if (rundown instanceof Response) return rundown
    const { view, channel, stories } = await loadRundownExport(req, rundown)
    const input: PrompterInput = {
      title: rundown.title,
      channelName: channel.name,
      kind: channel.kind,
      date: rundown.date,
      startTime: rundown.startTime,
      plannedDurationSeconds: rundown.plannedDurationSeconds,
      entries: view.items
        .filter((item) => !item.dropped)
        .map((item) => {
          const story = item.story === null ? undefined : stories.get(String(item.story))
          return {
            number: item.number!,
            title: item.title,
            type: item.type,
            frontTime: item.frontTime,
            plannedSeconds: item.plannedSeconds,
            script: scriptOf(story, channel.kind),
            notes: item.notes,
            withdrawn: isWithdrawn(story),
          }
        }),
    }
    const body = format === 'html' ? buildPrompterHtml(input) : buildPrompterText(input)
    const filename = `${slugifyVietnamese(rundown.title) || 'kich-ban'}-${rundown.id}.${format}`
    return new Response(body, {
      headers: {
        'Content-Type': TYPES[format],
        'Content-Disposition': `inline; filename="${filename}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
