import type { Endpoint } from 'payload'

import { formatBytes } from '../../../src/lib/formatBytes'
import { errorResponse } from '../../../src/lib/httpErrors'
import { encodingChoice } from '../../../src/lib/imports/decodeText'
import { booleanParam, isUniqueClash } from '../../../src/lib/imports/responses'
import { readImportUpload } from '../../../src/lib/imports/upload'
import { importAudienceRows } from '../lib/importAudienceRows'
import { findPlatform } from '../lib/platforms'
import type { AudiencePluginOptions } from '../types'
import { importErrorResponse, refuseImporter } from './http'

const CSV_TYPES = new Set(['text/csv', 'application/csv', 'text/plain', 'application/octet-stream'])

/** A form upload (the admin's way) or the CSV as the body (machine clients' way), options in the query. */
const uploadOptions = (maxBytes: number) => ({
  maxBytes,
  tooBig: () =>
    errorResponse(
      413,
      `Tệp vượt giới hạn ${formatBytes(maxBytes)} (FIGURES_MAX_IMPORT_BYTES); hãy chia tệp theo tháng.`,
    ),
  rawTypes: CSV_TYPES,
  wrongType: () =>
    errorResponse(
      415,
      'Gửi tệp CSV trong trường "file" (multipart/form-data) hoặc làm thân yêu cầu với Content-Type: text/csv.',
    ),
  defaultName: () => 'khan-gia.csv',
  missingFile: 'Thiếu tệp CSV (trường "file").',
})

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
    const upload = await readImportUpload(req, uploadOptions(options.maxImportBytes))
    if (upload instanceof Response) return upload
    const { fields, name: fileName, bytes } = upload

    const replace = booleanParam(fields.replace, false, 'replace')
    if (replace instanceof Response) return replace
    const encoding = encodingChoice(fields.encoding)
    if (!encoding)
      return errorResponse(
        400,
        `Tham số "encoding" chỉ nhận auto, utf-8 hoặc windows-1258, nhận được "${fields.encoding}".`,
      )
    const platformText = (fields.platform ?? '').trim()
    const platform = platformText ? findPlatform(platformText) : undefined
    if (platformText && !platform)
      return errorResponse(400, `Tham số "platform" = "${platformText}" không có trong danh mục nền tảng.`)
    // Else every line would fail with the same error, up to a thousand times.
    if (platform?.beacon)
      return errorResponse(
        400,
        `Tham số "platform" = "${platformText}": nền tảng "${platform.key}" được đếm bằng beacon của tòa soạn, không nhập từ tệp (tránh đếm hai lần).`,
      )
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
