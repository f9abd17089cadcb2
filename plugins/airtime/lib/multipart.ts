import type { PayloadRequest } from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { readCapped } from '../../../src/lib/requestBody'

/** A schedule CSV is text: a month of a busy channel is well under a megabyte. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024
/** Room for the other form fields and the multipart boundaries. */
const FORM_OVERHEAD = 64 * 1024

export type UploadLimit = {
  /** The largest file accepted (default: a schedule CSV's 5 MB). */
  maxBytes: number
  /** The 413 answer naming the limit in the importer's own words. */
  tooBig: () => Response
}

export type UploadedForm = {
  fields: Record<string, string>
  file?: { name: string; bytes: Uint8Array }
}

const scheduleTooBig = () =>
  errorResponse(
    413,
    `Tệp CSV vượt giới hạn ${MAX_CSV_BYTES / 1024 / 1024} MB; hãy chia theo tháng hoặc theo tuần.`,
  )

/**
 * A multipart/form-data upload with one `file` and plain fields. Read by hand because Payload's own
 * parser keeps only `_payload` of the fields, and with a cap far below the media upload limit
 * (each importer passes its own).
 */
export async function readUploadForm(
  req: PayloadRequest,
  { maxBytes, tooBig }: UploadLimit = { maxBytes: MAX_CSV_BYTES, tooBig: scheduleTooBig },
): Promise<UploadedForm | Response> {
  const contentType = req.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data\s*;/i.test(contentType))
    return errorResponse(400, 'Hãy gửi tệp CSV dạng multipart/form-data, trong trường "file".')
  const bytes = await readCapped(req, maxBytes + FORM_OVERHEAD, tooBig)
  if (bytes instanceof Response) return bytes
  let form: FormData
  try {
    form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData()
  } catch {
    return errorResponse(400, 'Dữ liệu multipart/form-data bị hỏng, không đọc được.')
  }
  const fields: Record<string, string> = {}
  let file: UploadedForm['file']
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') fields[name] = value
    else if (name === 'file') {
      if (file) return errorResponse(400, 'Chỉ gửi một tệp CSV mỗi lần.')
      if (value.size > maxBytes) return tooBig()
      file = { name: value.name || 'lich-phat-song.csv', bytes: new Uint8Array(await value.arrayBuffer()) }
    }
  }
  return { fields, file }
}
