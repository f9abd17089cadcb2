import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { canManageEpaper } from '../../../src/access/epaper'
import { errorResponse } from '../../../src/lib/httpErrors'
import { acceptEpaperPdf, PdfRefusal as Refusal } from '../lib/acceptPdf'
import { loadEdition } from '../lib/editions'
import { MAX_EPAPER_PAGES, MAX_EPAPER_PDF_BYTES } from '../types'

const MB = 1024 * 1024

const tooBig = () =>
  new Refusal(413, `Tệp PDF vượt giới hạn ${MAX_EPAPER_PDF_BYTES / MB} MB của báo in điện tử.`)

/** `?page=3` (or `page` in the `_payload` JSON): the upload replaces or adds that one page. */
function pageParam(req: PayloadRequest): number | undefined {
  const url = new URL(req.url ?? '', 'http://localhost')
  const raw = url.searchParams.get('page') ?? (req.data as { page?: unknown } | undefined)?.page
  if (raw === undefined || raw === null || raw === '') return undefined
  const page = Number(raw)
  if (!Number.isInteger(page) || page < 1 || page > MAX_EPAPER_PAGES) {
    throw new Refusal(400, `"page" phải là số trang nguyên từ 1 đến ${MAX_EPAPER_PAGES} (nhận "${raw}").`)
  }
  return page
}

async function parseUpload(req: PayloadRequest) {
  try {
    await addDataAndFileToRequest(req)
  } catch (error) {
    const status = (error as { status?: number }).status
    throw new Refusal(status && status >= 400 && status < 500 ? status : 400, (error as Error).message)
  }
}

/**
 * `POST /api/editions/:id/epaper` (multipart, field `file`): the printed PDF of the edition, or
 * with `?page=n` one single-page PDF for that page. Checked in the request (type, size, pdfinfo:
 * corrupt, password, no pages); only then stored, the edition marked processing and the
 * rasterise job queued in one transaction. Bad input stores nothing.
 */
export const uploadEpaperEndpoint: Endpoint = {
  path: '/:id/epaper',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
    if (!canManageEpaper(req)) {
      return errorResponse(
        403,
        'Chỉ biên tập viên, trưởng ban, lãnh đạo hoặc quản trị được tải báo in điện tử.',
      )
    }
    let tempFile: string | undefined
    let spillDir: string | undefined
    try {
      if (Number(req.headers.get('content-length') ?? 0) > MAX_EPAPER_PDF_BYTES + MB) throw tooBig()
      const id = String(req.routeParams?.id ?? '')
      const edition = await loadEdition(req.payload, id, req)
      if (!edition) return errorResponse(404, `Không tìm thấy số báo "${id}".`)
      await parseUpload(req)
      const file = req.file
      // Nested writes below share req; they must not take the PDF for an upload of their own.
      req.file = undefined
      if (!file) throw new Refusal(400, 'Thiếu tệp PDF: gửi biểu mẫu multipart có trường "file".')
      if (file.tempFilePath) tempFile = file.tempFilePath
      else {
        // Payload keeps uploads in memory when `upload.useTempFiles` is off; pdfinfo needs a file.
        spillDir = await mkdtemp(path.join(tmpdir(), 'toasoan-epaper-upload-'))
        tempFile = path.join(spillDir, 'upload.pdf')
        await writeFile(tempFile, file.data)
      }
      if (file.size > MAX_EPAPER_PDF_BYTES) throw tooBig()
      if (!file.size) throw new Refusal(400, `Tệp "${file.name}" rỗng (0 byte).`)
      const page = pageParam(req)
      const { generation, pages } = await acceptEpaperPdf(req, edition, {
        file: tempFile,
        name: file.name,
        page,
      })
      return Response.json(
        { edition: edition.id, generation, status: 'processing', pages, page: page ?? null },
        { status: 202 },
      )
    } catch (error) {
      if (error instanceof Refusal) return errorResponse(error.status, error.message)
      req.payload.logger.error({ err: error }, 'E-paper upload failed')
      return errorResponse(500, 'Lỗi máy chủ khi nhận tệp PDF; chưa có gì được lưu, hãy thử lại.')
    } finally {
      if (tempFile) await rm(tempFile, { force: true })
      if (spillDir) await rm(spillDir, { recursive: true, force: true })
    }
  },
}
