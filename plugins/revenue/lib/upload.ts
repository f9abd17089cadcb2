import type { PayloadRequest } from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { readCapped } from '../../../src/lib/requestBody'

export type ImportUpload = { name: string; bytes: Uint8Array; fields: Record<string, string> }

/** Room for the form's other fields and the multipart boundaries. */
const FORM_OVERHEAD = 64 * 1024

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const RAW_TYPES = new Set([
  'text/csv',
  'text/plain',
  'application/csv',
  'text/tab-separated-values',
  'application/vnd.ms-excel',
  XLSX_MIME,
  'application/octet-stream',
])

function formatBytes(bytes: number): string {
  const mb = bytes / 1024 / 1024
  return mb >= 1 ? `${Number(mb.toFixed(1)).toLocaleString('vi-VN')} MB` : `${Math.ceil(bytes / 1024)} KB`
}

/** The file name of a raw upload: `?filename=`, else Content-Disposition, else a default by type. */
function rawName(req: PayloadRequest, type: string): string {
  const query = req.searchParams.get('filename')?.trim()
  if (query) return query
  const disposition = req.headers.get('content-disposition') ?? ''
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)?.[1]
  if (encoded) {
    try {
      return decodeURIComponent(encoded)
    } catch {
      // Badly encoded: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1]
  if (plain) return plain
  return type === XLSX_MIME ? 'doanh-thu.xlsx' : 'doanh-thu.csv'
}

/**
 * The uploaded revenue file: multipart/form-data with one `file` (and plain fields), or the raw
 * body with a CSV or XLSX content type. Capped at `maxBytes` (413), nothing past it read.
 * (The airtime reader has its own fixed 5 MB cap and message; this one follows the figures setting.)
 */
export async function readImportUpload(
  req: PayloadRequest,
  maxBytes: number,
): Promise<ImportUpload | Response> {
  const tooBig = () =>
    errorResponse(
      413,
      `Tệp vượt giới hạn ${formatBytes(maxBytes)} (FIGURES_MAX_IMPORT_BYTES); hãy chia tệp theo năm hoặc theo kênh.`,
    )
  const contentType = req.headers.get('content-type') ?? ''
  const type = contentType.split(';')[0]!.trim().toLowerCase()
  if (type === 'multipart/form-data') {
    const bytes = await readCapped(req, maxBytes + FORM_OVERHEAD, tooBig)
    if (bytes instanceof Response) return bytes
    let form: FormData
    try {
      form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData()
    } catch {
      return errorResponse(400, 'Dữ liệu multipart/form-data bị hỏng, không đọc được.')
    }
    const fields: Record<string, string> = {}
    let file: { name: string; bytes: Uint8Array } | undefined
    for (const [name, value] of form.entries()) {
      if (typeof value === 'string') fields[name] = value
      else if (name === 'file') {
        if (file) return errorResponse(400, 'Chỉ gửi một tệp mỗi lần (trường "file").')
        if (value.size > maxBytes) return tooBig()
        file = { name: value.name || 'doanh-thu', bytes: new Uint8Array(await value.arrayBuffer()) }
      }
    }
    if (!file) return errorResponse(400, 'Thiếu tệp doanh thu (trường "file" của biểu mẫu).')
    return { ...file, fields }
  }
  if (!RAW_TYPES.has(type))
    return errorResponse(
      415,
      `Hãy gửi tệp CSV hoặc XLSX: multipart/form-data (trường "file"), hoặc nội dung tệp với Content-Type text/csv hay ${XLSX_MIME}; nhận được "${type || 'không có Content-Type'}".`,
    )
  const bytes = await readCapped(req, maxBytes, tooBig)
  if (bytes instanceof Response) return bytes
  return { name: rawName(req, type), bytes, fields: {} }
}
