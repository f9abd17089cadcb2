import path from 'node:path'
import sharp from 'sharp'

import type { EmbeddedImageMetadata, RenditionFile, TechnicalMetadata } from '../types'
import { readImageMetadata } from './imageMetadata'
import { perceptualHash } from './perceptualHash'
import { CorruptMediaError, MediaTooLargeError, throwIfAborted } from './tools'

export type ImageOptions = {
  /** Point of interest as a percentage of width/height (0–100, default 50): social and thumbnail crops keep it. */
  focalX?: number
  focalY?: number
  /** Decompression-bomb guard (sharp's limitInputPixels); sharp's own default when absent. */
  maxPixels?: number
  signal?: AbortSignal
}

export type ProcessedImage = {
  technical: TechnicalMetadata
  renditions: RenditionFile[]
  embedded: EmbeddedImageMetadata
  phash: string
}

export const THUMBNAIL = { width: 320, height: 240 }
export const CARD_WIDTH = 640
export const LARGE_WIDTH = 1600
export const SOCIAL = { width: 1200, height: 630 }
const SHARP_DEFAULT_PIXEL_LIMIT = 0x3fff * 0x3fff

type Format = 'webp' | 'avif' | 'jpeg'
const FORMATS: Record<Format, { mimeType: string; extension: string }> = {
  webp: { mimeType: 'image/webp', extension: 'webp' },
  avif: { mimeType: 'image/avif', extension: 'avif' },
  jpeg: { mimeType: 'image/jpeg', extension: 'jpg' },
}

type Plan = { name: string; format: Format; quality: number; shape: (image: sharp.Sharp) => sharp.Sharp }

export type FocalCrop = { resizeWidth: number; resizeHeight: number; left: number; top: number }

/**
 * Scale to cover the target, then take the target-sized window centred on the focal point, pushed
 * back inside the picture: a focal point at 0 crops from the very edge.
 */
export function focalCrop(
  sourceWidth: number,
  sourceHeight: number,
  targetWidth: number,
  targetHeight: number,
  focalX = 50,
  focalY = 50,
): FocalCrop {
  const scale = Math.max(targetWidth / sourceWidth, targetHeight / sourceHeight)
  const resizeWidth = Math.max(targetWidth, Math.round(sourceWidth * scale))
  const resizeHeight = Math.max(targetHeight, Math.round(sourceHeight * scale))
  const window = (focal: number, size: number, target: number) => {
    const centre = (clampPercent(focal) / 100) * size
    return Math.min(Math.max(Math.round(centre - target / 2), 0), size - target)
  }
  return {
    resizeWidth,
    resizeHeight,
    left: window(focalX, resizeWidth, targetWidth),
    top: window(focalY, resizeHeight, targetHeight),
  }
}

function clampPercent(value: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(value, 0), 100) : 50
}

export async function processImage(
  input: string,
  workDir: string,
  options: ImageOptions = {},
): Promise<ProcessedImage> {
  const { signal, focalX = 50, focalY = 50 } = options
  const limitInputPixels = options.maxPixels ?? SHARP_DEFAULT_PIXEL_LIMIT
  throwIfAborted(signal)
  // Reject truncated uploads, but not the harmless warnings many phone and scanner JPEGs carry.
  const source = sharp(input, { limitInputPixels, failOn: 'truncated' })
  const embeddedPromise = readImageMetadata(input)

  let metadata: sharp.Metadata
  let intermediate: { data: Buffer; info: sharp.OutputInfo }
  try {
    metadata = await source.metadata()
    const width = metadata.autoOrient?.width ?? metadata.width
    const height = metadata.autoOrient?.height ?? metadata.height
    if (!width || !height) throw new Error('no dimensions')
    if (width * height > limitInputPixels) throw new Error('Input image exceeds pixel limit')
    // Decode once, at the smallest size every rendition can still be cut from; JPEG shrink-on-load
    // makes that decode itself cheaper than a full-size one.
    const scale = Math.min(
      1,
      Math.max(
        LARGE_WIDTH / width,
        THUMBNAIL.width / width,
        THUMBNAIL.height / height,
        Math.max(SOCIAL.width / width, SOCIAL.height / height),
      ),
    )
    let pipeline = source.clone().rotate()
    if (scale < 1) {
      pipeline = pipeline.resize(
        Math.max(1, Math.round(width * scale)),
        Math.max(1, Math.round(height * scale)),
        {
          fit: 'fill',
        },
      )
    }
    intermediate = await pipeline.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true })
  } catch (error) {
    throw imageError(error)
  }
  throwIfAborted(signal)

  const { data, info } = intermediate
  const base = () =>
    sharp(data, {
      raw: { width: info.width, height: info.height, channels: info.channels },
      limitInputPixels,
    })
  const hasAlpha = info.channels === 2 || info.channels === 4
  const crop = (target: { width: number; height: number }) => (image: sharp.Sharp) => {
    const c = focalCrop(info.width, info.height, target.width, target.height, focalX, focalY)
    return image
      .resize(c.resizeWidth, c.resizeHeight, { fit: 'fill' })
      .extract({ left: c.left, top: c.top, width: target.width, height: target.height })
  }
  const fitWidth = (width: number) => (image: sharp.Sharp) =>
    image.resize({ width, withoutEnlargement: true })
  const plans: Plan[] = [
    { name: 'thumbnail', format: 'webp', quality: 75, shape: crop(THUMBNAIL) },
    { name: 'cardWebp', format: 'webp', quality: 80, shape: fitWidth(CARD_WIDTH) },
    { name: 'cardAvif', format: 'avif', quality: 55, shape: fitWidth(CARD_WIDTH) },
    { name: 'cardJpeg', format: 'jpeg', quality: 82, shape: fitWidth(CARD_WIDTH) },
    { name: 'largeWebp', format: 'webp', quality: 80, shape: fitWidth(LARGE_WIDTH) },
    { name: 'largeAvif', format: 'avif', quality: 55, shape: fitWidth(LARGE_WIDTH) },
    { name: 'largeJpeg', format: 'jpeg', quality: 82, shape: fitWidth(LARGE_WIDTH) },
    { name: 'social', format: 'jpeg', quality: 85, shape: crop(SOCIAL) },
  ]

  const [renditions, phash] = await Promise.all([
    Promise.all(
      plans.map(async (plan) => {
        let image = plan.shape(base())
        if (plan.format === 'jpeg' && hasAlpha) image = image.flatten({ background: '#ffffff' })
        image = encode(image, plan.format, plan.quality)
        const { extension, mimeType } = FORMATS[plan.format]
        const file = path.join(workDir, `${plan.name}.${extension}`)
        const written = await image.toFile(file)
        const rendition: RenditionFile = {
          name: plan.name,
          path: file,
          mimeType,
          extension,
          filesize: written.size,
          width: written.width,
          height: written.height,
        }
        return rendition
      }),
    ),
    perceptualHash(base()),
  ])
  throwIfAborted(signal)

  return {
    technical: {
      width: metadata.autoOrient?.width ?? metadata.width,
      height: metadata.autoOrient?.height ?? metadata.height,
      format: metadata.format,
    },
    renditions,
    embedded: await embeddedPromise,
    phash,
  }
}

function encode(image: sharp.Sharp, format: Format, quality: number): sharp.Sharp {
  if (format === 'webp') return image.webp({ quality })
  if (format === 'avif') return image.avif({ quality, effort: 2 })
  return image.jpeg({ quality, mozjpeg: false })
}

function imageError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error)
  if (/pixel limit/i.test(message)) {
    return new MediaTooLargeError(
      'Ảnh có quá nhiều điểm ảnh để xử lý an toàn. Hãy thu nhỏ ảnh rồi tải lên lại.',
      {
        cause: error,
      },
    )
  }
  return new CorruptMediaError('Ảnh bị hỏng, không đầy đủ hoặc không đọc được định dạng.', { cause: error })
}
