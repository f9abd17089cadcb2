import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { httpError } from '../../../src/lib/httpErrors'

/**
 * Checks an uploaded image before Payload stores it or renders sizes: the pixel count is read
 * from the header (a decompression bomb is refused before it is decoded), then the whole image
 * is decoded at a tiny size so a truncated or corrupt file is refused with a clear message
 * instead of failing half-way through the renditions.
 */
export const validateImageUpload =
  (maxPixels: number): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    if (!file.data || file.data.length === 0) {
      throw httpError(400, `Tệp "${file.name}" rỗng (0 byte).`)
    }
    let width = 0
    let height = 0
    let format: string | undefined
    try {
      const meta = await sharp(file.data, { limitInputPixels: false }).metadata()
      width = meta.width ?? 0
      height = meta.height ?? 0
      format = meta.format
    } catch {
      throw httpError(400, `Tệp "${file.name}" không phải là ảnh hợp lệ (không đọc được định dạng ảnh).`)
    }
    if (!format || !['jpeg', 'png', 'webp', 'avif', 'heif', 'tiff', 'gif'].includes(format)) {
      throw httpError(400, `Định dạng "${format ?? 'không rõ'}" của tệp "${file.name}" không được hỗ trợ.`)
    }
    if (width * height > maxPixels) {
      throw httpError(
        413,
        `Ảnh "${file.name}" có ${width}×${height} = ${(width * height).toLocaleString('vi-VN')} điểm ảnh, vượt giới hạn ${maxPixels.toLocaleString('vi-VN')} (MAX_IMAGE_PIXELS).`,
      )
    }
    try {
      await sharp(file.data, { failOn: 'error', limitInputPixels: maxPixels })
        .resize(32, 32, { fit: 'inside' })
        .raw()
        .toBuffer()
    } catch (error) {
      throw httpError(
        400,
        `Ảnh "${file.name}" bị hỏng hoặc không đầy đủ: ${(error as Error).message.split('\n')[0]}`,
      )
    }
    return args
  }
