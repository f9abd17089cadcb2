import { commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { buildDayFromRundowns } from '../lib/buildDay'
import { readJsonObject, refuseEditor } from '../lib/http'
import { parseIsoDate } from '../lib/time'
import { checkChannel } from '../lib/validators'

/**
 * `POST /api/schedule-items/build` {channel, date}: the day's plan items from its rundowns, in
 * place of those an earlier build made, in one transaction. Rundowns that overlap each other or
 * the day's other plan items are refused (409) with every clash named, and nothing changes.
 */
export const buildScheduleEndpoint: Endpoint = {
  path: '/build',
  method: 'post',
  handler: async (req) => {
    const refused = refuseEditor(req)
    if (refused) return refused
    const body = await readJsonObject(req)
    if (body instanceof Response) return body
    const date = typeof body.date === 'string' ? parseIsoDate(body.date) : undefined
    if (!date)
      return errorResponse(
        400,
        `"date" phải là một ngày có thật dạng YYYY-MM-DD, nhận được ${JSON.stringify(body.date ?? null)}.`,
      )
    const channel = await checkChannel(req, body.channel)
    if (!channel.ok) return errorResponse(channel.status, channel.message)

    const shouldCommit = await initTransaction(req)
    try {
      const outcome = await buildDayFromRundowns(req, { channel: channel.id, date })
      if (!outcome.ok) {
        if (shouldCommit) await killTransaction(req)
        return Response.json(
          { errors: outcome.problems.map((problem) => ({ message: `Không dựng được lịch: ${problem}.` })) },
          { status: 409 },
        )
      }
      if (shouldCommit) await commitTransaction(req)
      return Response.json({
        channel: { id: channel.id, name: channel.name },
        date,
        rundowns: outcome.rundowns,
        created: outcome.items.length,
        replaced: outcome.replaced,
        items: outcome.items,
        message: `Đã dựng ${outcome.items.length} mục lịch từ ${outcome.rundowns} kịch bản của ${channel.name}${outcome.replaced ? `, thay ${outcome.replaced} mục dựng trước đó` : ''}.`,
      })
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      req.payload.logger.error({ err: error }, 'Building the schedule from rundowns failed')
      return errorResponse(500, 'Lỗi máy chủ khi dựng lịch từ kịch bản; không có gì thay đổi, hãy thử lại.')
    }
  },
}
