import { commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'

import { RUNDOWN_EDITORS } from '../../../src/access/broadcast'
import { errorResponse } from '../../../src/lib/httpErrors'
import { isISODate, vietnameseDate, weekdayOf } from '../lib/clock'
import { failure, readJsonObject, refuseUnless, routeId } from '../lib/http'
import { labelOf, PROGRAMMES_SLUG, RUNDOWNS_SLUG, WEEKDAYS } from '../types'

const KEYS = new Set(['date', 'force', 'rerun'])

type Programme = { id: number | string; name: string; active?: boolean | null; weekdays?: string[] | null }

/**
 * `POST /api/programmes/:id/rundowns` `{ date, force?, rerun? }`: the day's rundown of a programme,
 * filled from its template. 409 when the day already has one, the programme is off air, or it does not
 * air on that weekday (`force: true` makes a special edition anyway).
 */
export const createRundownFromProgramme: Endpoint = {
  path: '/:id/rundowns',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnless(
      req,
      RUNDOWN_EDITORS,
      'Chỉ biên tập viên trở lên được tạo kịch bản chương trình.',
    )
    if (refused) return refused
    const body = await readJsonObject(req)
    if (body instanceof Response) return body
    const unknown = Object.keys(body).filter((key) => !KEYS.has(key))
    if (unknown.length)
      return errorResponse(
        400,
        `Trường không được hỗ trợ: ${unknown.join(', ')} (chỉ nhận date, force, rerun).`,
      )
    if (!isISODate(body.date))
      return errorResponse(
        400,
        `"date" phải là một ngày có thật dạng YYYY-MM-DD, nhận được ${JSON.stringify(body.date)}.`,
      )
    for (const flag of ['force', 'rerun'] as const) {
      if (body[flag] !== undefined && typeof body[flag] !== 'boolean')
        return errorResponse(400, `"${flag}" phải là true hoặc false.`)
    }
    const date = body.date

    const id = routeId(req)
    const programme = (
      id === undefined
        ? null
        : await req.payload
            .findByID({ collection: PROGRAMMES_SLUG, id, depth: 0, req, overrideAccess: true })
            .catch(() => null)
    ) as Programme | null
    if (!programme)
      return errorResponse(404, `Không tìm thấy chương trình "${String(req.routeParams?.id ?? '')}".`)
    if (programme.active === false)
      return errorResponse(
        409,
        `Chương trình "${programme.name}" đã ngừng phát sóng; hãy bật lại trước khi tạo kịch bản.`,
      )
    const weekday = weekdayOf(date)
    if (programme.weekdays?.length && !programme.weekdays.includes(weekday) && body.force !== true) {
      return errorResponse(
        409,
        `Chương trình "${programme.name}" không phát vào ${labelOf(WEEKDAYS, weekday).vi} (${vietnameseDate(date)}). Gửi "force": true để tạo số đặc biệt.`,
      )
    }

    const shouldCommit = await initTransaction(req)
    try {
      const { totalDocs } = await req.payload.count({
        collection: RUNDOWNS_SLUG,
        where: { and: [{ programme: { equals: programme.id } }, { date: { equals: date } }] },
        req,
        overrideAccess: true,
      })
      if (totalDocs > 0) {
        if (shouldCommit) await killTransaction(req)
        return errorResponse(
          409,
          `Chương trình "${programme.name}" đã có kịch bản ngày ${vietnameseDate(date)}.`,
        )
      }
      const doc = await req.payload.create({
        collection: RUNDOWNS_SLUG,
        data: { programme: programme.id, date, rerun: body.rerun === true } as never,
        req,
        overrideAccess: true,
        depth: 0,
      })
      if (shouldCommit) await commitTransaction(req)
      return Response.json(
        { doc, message: `Đã tạo kịch bản "${(doc as { title?: string }).title}".` },
        { status: 201 },
      )
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      return failure(req, error, 'Creating a rundown from a programme failed')
    }
  },
}
