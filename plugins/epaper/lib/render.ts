import { stat } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

import { asContentError, CorruptMediaError, runTool } from '../../media/lib/tools'
import { IMAGE_FORMATS, IMAGE_SIZES, type ImageFormat, type ImageSize } from '../types'

/**
 * Turns one PDF page into the reader's images: poppler draws it once at the zoom width, sharp
 * scales that down to the screen and thumbnail widths and writes each as WebP (what the reader
 * shows) and JPEG (for old browsers and link previews).
 */

export type RenderedImage = {
  size: ImageSize
  format: ImageFormat
  path: string
  width: number
  height: number
  filesize: number
}

/** Pages taller or wider than this (a scroll, a banner) would make images of unbounded size. */
export const MAX_ASPECT_RATIO = 4
const TIMEOUT_MS = 3 * 60_000

const QUALITY: Record<ImageFormat, number> = { webp: 80, jpg: 84 }
const MIME: Record<ImageFormat, string> = { webp: 'image/webp', jpg: 'image/jpeg' }

export const mimeTypeOf = (format: ImageFormat) => MIME[format]

export function checkAspect(widthPt: number, heightPt: number, page: number): void {
  const ratio = heightPt / widthPt
  if (!(ratio <= MAX_ASPECT_RATIO && ratio >= 1 / MAX_ASPECT_RATIO)) {
    throw new CorruptMediaError(
      `Trang ${page} có khổ ${Math.round(widthPt)}×${Math.round(heightPt)} pt, quá dài hoặc quá hẹp ` +
        `(tỉ lệ cạnh vượt ${MAX_ASPECT_RATIO}:1) để làm trang báo điện tử.`,
    )
  }
}

/** Renders page `pdfPage` (1-based) of `input` into `workDir`; returns the six images. */
export async function renderPage(
  input: string,
  pdfPage: number,
  workDir: string,
  signal?: AbortSignal,
): Promise<RenderedImage[]> {
  const prefix = path.join(workDir, `page-${pdfPage}`)
  const zoomWidth = IMAGE_SIZES.zoom
  try {
    await runTool(
      'pdftoppm',
      [
        '-f',
        String(pdfPage),
        '-l',
        String(pdfPage),
        '-scale-to-x',
        String(zoomWidth),
        '-scale-to-y',
        '-1',
        '-png',
        '-singlefile',
        input,
        prefix,
      ],
      { signal, timeoutMs: TIMEOUT_MS },
    )
  } catch (error) {
    throw asContentError(error, `Không dựng được ảnh trang ${pdfPage} của tệp PDF`, input)
  }
  const master = `${prefix}.png`
  const images: RenderedImage[] = []
  for (const [size, width] of Object.entries(IMAGE_SIZES) as Array<[ImageSize, number]>) {
    for (const format of IMAGE_FORMATS) {
      const file = path.join(workDir, `p${pdfPage}-${size}.${format}`)
      const pipeline = sharp(master, { limitInputPixels: zoomWidth * zoomWidth * MAX_ASPECT_RATIO })
        .flatten({ background: '#ffffff' })
        .resize({ width, withoutEnlargement: true })
      const info = await (
        format === 'webp'
          ? pipeline.webp({ quality: QUALITY.webp })
          : pipeline.jpeg({ quality: QUALITY.jpg, mozjpeg: true })
      ).toFile(file)
      images.push({
        size,
        format,
        path: file,
        width: info.width,
        height: info.height,
        filesize: (await stat(file)).size,
      })
    }
  }
  return images
}
