import { createHash } from 'node:crypto'

import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { relationId } from '../../../src/lib/relationId'
import { AIRTIME_IMPORTS_SLUG } from '../collections/AirtimeImports'
import { encodingChoice } from '../../../src/lib/imports/decodeText'
import { booleanParam, isUniqueClash, lineErrorResponse } from '../../../src/lib/imports/responses'
import { readUploadForm } from '../../../src/lib/imports/upload'
import { refuseEditor } from '../lib/http'
import { parseScheduleCsv } from '../lib/scheduleCsv'
import { checkChannel } from '../lib/validators'
import { isLog, LOG_LABELS } from '../lib/vocabulary'
import { writeImport } from '../lib/writeImport'

/** A schedule CSV is text: a month of a busy channel is well under a megabyte. */
const MAX_CSV_BYTES = 5 * 1024 * 1024

const tooBig = () =>
  errorResponse(
    413,
    `Tệp CSV vượt giới hạn ${MAX_CSV_BYTES / 1024 / 1024} MB; hãy chia theo tháng hoặc theo tuần.`,
  )

/** The earlier import of the same bytes into the same log, said in words for the 409. */
async function duplicateOf(req: PayloadRequest, key: string): Promise<string | undefined> {
  const { docs } = await req.payload.find({
    collection: AIRTIME_IMPORTS_SLUG,
    where: { key: { equals: key } },
    limit: 1,
    depth: 1,
    overrideAccess: true,
  })
  const earlier = docs[0] as { createdAt?: string; fileName?: string; importedBy?: unknown } | undefined
  if (!earlier) return undefined
  const by = (earlier.importedBy as { email?: string } | null)?.email ?? relationId(earlier.importedBy) ?? '?'
  const when = earlier.createdAt
    ? new Date(earlier.createdAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })
    : '?'
  return `Tệp này (cùng nội dung) đã được nhập vào lịch này lúc ${when} bởi ${String(by)} (tệp "${earlier.fileName ?? ''}"). Gửi replace=true nếu muốn nhập lại và thay các ngày trong tệp.`
}

/**
 * `POST /api/schedule-items/import` (multipart: file, channel, log plan|asrun, replace, encoding):
 * the whole file is checked first and every bad line reported; only a clean file is written, with
 * its import record, in one transaction.
 */
export const importScheduleEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const refused = refuseEditor(req)
    if (refused) return refused
    const form = await readUploadForm(req, { maxBytes: MAX_CSV_BYTES, tooBig })
    if (form instanceof Response) return form
    const { fields } = form
    const file = form.file && { ...form.file, name: form.file.name || 'lich-phat-song.csv' }

    const log = (fields.log ?? '').trim()
    if (!isLog(log))
      return errorResponse(
        400,
        `Trường "log" phải là "plan" (${LOG_LABELS.plan.vi}) hoặc "asrun" (${LOG_LABELS.asrun.vi}), nhận được "${log}".`,
      )
    const replace = booleanParam(fields.replace, false, 'replace')
    if (replace instanceof Response) return replace
    const encoding = encodingChoice(fields.encoding)
    if (!encoding)
      return errorResponse(
        400,
        `Trường "encoding" chỉ nhận auto, utf-8 hoặc windows-1258, nhận được "${fields.encoding}".`,
      )
    const channel = await checkChannel(req, (fields.channel ?? '').trim())
    if (!channel.ok) return errorResponse(channel.status, channel.message)
    if (!file) return errorResponse(400, 'Thiếu tệp CSV (trường "file").')
    if (file.bytes.byteLength === 0) return errorResponse(400, `Tệp "${file.name}" rỗng.`)

    const parsed = parseScheduleCsv(file.bytes, { encoding })
    if (parsed.errors.length > 0) return lineErrorResponse(parsed.errors)

    const sha256 = createHash('sha256').update(file.bytes).digest('hex')
    const key = `${channel.id}:${log}:${sha256}`
    if (!replace) {
      const duplicate = await duplicateOf(req, key)
      if (duplicate) return errorResponse(409, duplicate)
    }

    const shouldCommit = await initTransaction(req)
    try {
      const outcome = await writeImport(req, {
        channel: channel.id,
        log,
        rows: parsed.rows,
        replace,
        key,
        fileName: file.name,
        sha256,
        encoding: parsed.encoding,
      })
      if (!outcome.ok) {
        if (shouldCommit) await killTransaction(req)
        return lineErrorResponse(outcome.errors)
      }
      if (shouldCommit) await commitTransaction(req)
      return Response.json(
        {
          import: outcome.record,
          created: outcome.created,
          replaced: outcome.replaced,
          dates: outcome.dates,
          encoding: parsed.encoding,
          delimiter: parsed.delimiter,
          message: `Đã nhập ${outcome.created} mục vào ${LOG_LABELS[log].vi.toLowerCase()} của ${channel.name}${outcome.replaced ? `, thay ${outcome.replaced} mục cũ` : ''}.`,
        },
        { status: 201 },
      )
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      // Two identical uploads at once: the second loses on the unique key.
      if (isUniqueClash(error, 'key'))
        return errorResponse(409, 'Tệp này vừa được nhập vào lịch này (cùng nội dung).')
      req.payload.logger.error({ err: error }, 'Schedule import failed')
      return errorResponse(
        500,
        'Lỗi máy chủ khi ghi lịch phát sóng; không có dòng nào được lưu, hãy thử lại.',
      )
    }
  },
}
