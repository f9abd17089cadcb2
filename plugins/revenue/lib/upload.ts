import type { PayloadRequest } from 'payload'

import { formatBytes } from '../../../src/lib/formatBytes'
import { errorResponse } from '../../../src/lib/httpErrors'
import { type ImportUpload, readImportUpload } from '../../../src/lib/imports/upload'

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

/**
 * The uploaded revenue file: multipart/form-data with one `file` (and plain fields), or the raw
 * body with a CSV or XLSX content type. Capped at `maxBytes` (413, FIGURES_MAX_IMPORT_BYTES).
 */
export function readRevenueUpload(req: PayloadRequest, maxBytes: number): Promise<ImportUpload | Response> {
  return readImportUpload(req, {
    maxBytes,
    tooBig: () =>
      errorResponse(
        413,
        `Tệp vượt giới hạn ${formatBytes(maxBytes)} (FIGURES_MAX_IMPORT_BYTES); hãy chia tệp theo năm hoặc theo kênh.`,
      ),
    rawTypes: RAW_TYPES,
    wrongType: (type) =>
      errorResponse(
        415,
        `Hãy gửi tệp CSV hoặc XLSX: multipart/form-data (trường "file"), hoặc nội dung tệp với Content-Type text/csv hay ${XLSX_MIME}; nhận được "${type || 'không có Content-Type'}".`,
      ),
    defaultName: (type) => (type === XLSX_MIME ? 'doanh-thu.xlsx' : 'doanh-thu.csv'),
    missingFile: 'Thiếu tệp doanh thu (trường "file" của biểu mẫu).',
  })
}
