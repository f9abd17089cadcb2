import type { Endpoint, PayloadRequest } from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { readCapped } from '../../../src/lib/requestBody'
import { ENCODING_CHOICES, type EncodingChoice } from '../../airtime/lib/decode'
import { booleanParam, isUniqueClash } from '../../airtime/lib/http'
import { readUploadForm } from '../../airtime/lib/multipart'
import { importAudienceRows } from '../lib/importAudienceRows'
import { findPlatform } from '../lib/platforms'
import type { AudiencePluginOptions } from '../types'
import { importErrorResponse, refuseImporter } from './http'

const ENCODING_ALIASES: Readonly<Record<string, EncodingChoice>> = {
  utf8: 'utf-8',
  cp1258: 'windows-1258',
  '1258': 'windows-1258',
}

function encodingOf(value: string | undefined): EncodingChoice | undefined {
  const key = (value ?? '').trim().toLowerCase()
  if (key === '') return 'auto'
  return (ENCODING_CHOICES as readonly string[]).includes(key)
    ? (key as EncodingChoice)
    : ENCODING_ALIASES[key]
}

const tooBig = (maxBytes: number) =>
  errorResponse(
    413,
    `Tệp vượt giới hạn ${maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${Math.round(maxBytes / 1024)} KB`} (FIGURES_MAX_IMPORT_BYTES); hãy chia tệp theo tháng.`,
  )

type Upload = { fields: Record<string, string>; fileName: string; bytes: Uint8Array }

/** `filename="…"` of a Content-Disposition header, if any. */
function dispositionName(header: string | null): string | undefined {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header ?? '')
  if (!match) return undefined
  try {
    return decodeURIComponent(match[1]!)
  } catch {
    return match[1]
  }
}

/**
 * The file: a form upload (multipart, the admin's way) or the CSV as
 * the request body (`Content-Type: text/csv`, machine clients' way), both up to `maxImportBytes`.
 * Options come from form fields or the query string.
 */
async function readUpload(req: PayloadRequest, maxBytes: number): Promise<Upload | Response> {
  const query: Record<string, string> = Object.fromEntries(req.searchParams?.entries() ?? [])
  const type = req.headers.get('content-type') ?? ''
  if (/^multipart\/form-data/i.test(type)) {
    const form = await readUploadForm(req, { maxBytes, tooBig: () => tooBig(maxBytes) })
    if (form instanceof Response) return form
    if (!form.file) return errorResponse(400, 'Thiếu tệp CSV (trường "file").')
    return { fields: { ...query, ...form.fields }, fileName: form.file.name, bytes: form.file.bytes }
  }
  if (!/^(?:text\/csv|application\/csv|text\/plain|application\/octet-stream)\s*(?:;|$)/i.test(type))
    return errorResponse(
      415,
      'Gửi tệp CSV trong trường "file" (multipart/form-data) hoặc làm thân yêu cầu với Content-Type: text/csv.',
    )
  const bytes = await readCapped(req, maxBytes, () => tooBig(maxBytes))
  if (bytes instanceof Response) return bytes
  const fileName =
    query.fileName ??
    query.filename ??
    dispositionName(req.headers.get('content-disposition')) ??
    'khan-gia.csv'
  return { fields: query, fileName, bytes }
}

/**
 * `POST /api/audience-daily/import` (AUDIENCE_IMPORTERS): a platform export. Every bad line is
 * reported (400) and nothing stored; the same file again or rows another import already gave
 * answer 409 unless `replace=true`.
 */
export const importAudienceEndpoint = (options: AudiencePluginOptions): Endpoint => ({
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const refused = refuseImporter(req)
    if (refused) return refused
    const upload = await readUpload(req, options.maxImportBytes)
    if (upload instanceof Response) return upload
    const { fields, fileName, bytes } = upload

    const replace = booleanParam(fields.replace, false, 'replace')
    if (replace instanceof Response) return replace
    const encoding = encodingOf(fields.encoding)
    if (!encoding)
      return errorResponse(
        400,
        `Tham số "encoding" chỉ nhận auto, utf-8 hoặc windows-1258, nhận được "${fields.encoding}".`,
      )
    const platformText = (fields.platform ?? '').trim()
    const platform = platformText ? findPlatform(platformText) : undefined
    if (platformText && !platform)
      return errorResponse(400, `Tham số "platform" = "${platformText}" không có trong danh mục nền tảng.`)
    if (bytes.byteLength === 0) return errorResponse(400, `Tệp "${fileName}" rỗng.`)

    try {
      const outcome = await importAudienceRows(
        req.payload,
        { bytes, fileName, replace, encoding, platform: platform?.key },
        req,
      )
      if (!outcome.ok) return importErrorResponse(outcome.status, outcome.errors, outcome.moreErrors)
      return Response.json(
        {
          import: outcome.record,
          rows: outcome.rows,
          replaced: outcome.replaced,
          days: {
            first: outcome.days[0],
            last: outcome.days[outcome.days.length - 1],
            count: outcome.days.length,
          },
          platforms: outcome.platforms,
          totals: outcome.totals,
          encoding: outcome.encoding,
          delimiter: outcome.delimiter,
          ms: outcome.ms,
          message: `Đã nhập ${outcome.rows.toLocaleString('vi-VN')} dòng số liệu (${outcome.platforms.join(', ')}, ${outcome.days[0]} → ${outcome.days[outcome.days.length - 1]})${outcome.replaced ? `, thay ${outcome.replaced.toLocaleString('vi-VN')} dòng cũ` : ''}.`,
        },
        { status: 201 },
      )
    } catch (error) {
      // Two identical uploads at once: the second loses on the unique hash.
      if (isUniqueClash(error, 'sha256')) return errorResponse(409, 'Tệp này vừa được nhập (cùng nội dung).')
      req.payload.logger.error({ err: error }, 'Audience import failed')
      return errorResponse(
        500,
        'Lỗi máy chủ khi ghi số liệu khán giả; không có dòng nào được lưu, hãy thử lại.',
      )
    }
  },
})
