import { access } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

import type { RenditionFile, TechnicalMetadata } from '../types'
import { CorruptMediaError, renditionFile, runTool, ToolFailedError } from './tools'

export type PdfOptions = { signal?: AbortSignal; timeoutMs?: number }

export type ProcessedPdf = {
  technical: TechnicalMetadata
  renditions: RenditionFile[]
}

export const PREVIEW_WIDTH = 1024
export const PDF_THUMBNAIL_WIDTH = 320
/** Beyond this height-to-width ratio (banners, scrolls) the preview is bounded by its long side instead. */
const TALL_PAGE_RATIO = 3
const DEFAULT_TIMEOUT_MS = 2 * 60_000

export type PdfInfo = { pageCount: number; pageWidth?: number; pageHeight?: number; encrypted: boolean }

export async function readPdfInfo(input: string, options: PdfOptions = {}): Promise<PdfInfo> {
  let stdout: string
  try {
    ;({ stdout } = await runTool('pdfinfo', ['-enc', 'UTF-8', input], {
      signal: options.signal,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    }))
  } catch (error) {
    throw pdfError(error)
  }
  const field = (name: string) => stdout.match(new RegExp(`^${name}:\\s*(.+)$`, 'm'))?.[1]?.trim()
  const pageCount = Number(field('Pages') ?? 0)
  const size = field('Page size')?.match(/^([\d.]+) x ([\d.]+) pts/)
  const quarterTurn = Number(field('Page rot') ?? 0) % 180 === 90
  const width = size ? Number(size[1]) : undefined
  const height = size ? Number(size[2]) : undefined
  return {
    pageCount: Number.isFinite(pageCount) ? pageCount : 0,
    pageWidth: quarterTurn ? height : width,
    pageHeight: quarterTurn ? width : height,
    encrypted: field('Encrypted')?.startsWith('yes') ?? false,
  }
}

export async function processPdf(
  input: string,
  workDir: string,
  options: PdfOptions = {},
): Promise<ProcessedPdf> {
  const { signal } = options
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const info = await readPdfInfo(input, options)
  if (info.pageCount < 1) throw new CorruptMediaError('Tệp PDF không có trang nào.')

  const tall = info.pageWidth && info.pageHeight && info.pageHeight / info.pageWidth > TALL_PAGE_RATIO
  const scaleArgs = tall
    ? ['-scale-to', String(PREVIEW_WIDTH * TALL_PAGE_RATIO)]
    : ['-scale-to-x', String(PREVIEW_WIDTH), '-scale-to-y', '-1']
  const prefix = path.join(workDir, 'preview')
  const previewPath = `${prefix}.jpg`
  try {
    await runTool(
      'pdftoppm',
      ['-f', '1', '-l', '1', ...scaleArgs, '-jpeg', '-jpegopt', 'quality=85', '-singlefile', input, prefix],
      { signal, timeoutMs },
    )
    await access(previewPath)
  } catch (error) {
    throw pdfError(error)
  }

  const previewMeta = await sharp(previewPath).metadata()
  const preview = await renditionFile('preview', previewPath, 'image/jpeg', 'jpg', {
    width: previewMeta.width,
    height: previewMeta.height,
  })
  const thumbnailPath = path.join(workDir, 'thumbnail.webp')
  const thumbnailInfo = await sharp(previewPath)
    .resize({ width: PDF_THUMBNAIL_WIDTH, withoutEnlargement: true })
    .webp({ quality: 75 })
    .toFile(thumbnailPath)
  const thumbnail = await renditionFile('thumbnail', thumbnailPath, 'image/webp', 'webp', {
    width: thumbnailInfo.width,
    height: thumbnailInfo.height,
  })

  return {
    technical: { pageCount: info.pageCount, format: 'pdf' },
    renditions: [preview, thumbnail],
  }
}

function pdfError(error: unknown): unknown {
  if (error instanceof ToolFailedError && error.name === 'ToolFailedError') {
    const stderr = error.stderrTail
    if (/incorrect password/i.test(stderr)) {
      return new CorruptMediaError(
        'Tệp PDF được khóa bằng mật khẩu nên không mở được. Hãy gỡ mật khẩu (in ra PDF mới) rồi tải lên lại.',
        { cause: error },
      )
    }
    if (/invalid page count 0|wrong page range/i.test(stderr)) {
      return new CorruptMediaError('Tệp PDF không có trang nào.', { cause: error })
    }
    return new CorruptMediaError('Tệp PDF bị hỏng hoặc không đầy đủ, không đọc được nội dung.', {
      cause: error,
    })
  }
  if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') {
    return new CorruptMediaError('Không dựng được ảnh xem trước trang đầu của tệp PDF.', { cause: error })
  }
  return error
}
