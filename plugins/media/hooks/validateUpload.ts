import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { httpError } from '../../../src/lib/httpErrors'
import { inspectUpload, safeFilename, UploadRejectedError } from '../lib/sniff'

/**
 * Checks an upload before Payload stores it: the content must be a kind we handle and agree with
 * its name and declared type, the name is made safe, and an image's pixel count is read from its
 * header so a decompression bomb is refused before anything decodes it. Reads only file heads:
 * the upload itself stays in its temporary file.
 */
export const validateUpload =
  (maxPixels: number): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    const source = file.tempFilePath ? { path: file.tempFilePath } : { data: file.data }
    if (!file.size && !file.data?.length) throw httpError(400, `Tệp "${file.name}" rỗng (0 byte).`)
    let detected
    try {
      detected = await inspectUpload({ ...source, filename: file.name, declaredMimeType: file.mimetype })
    } catch (error) {
      if (error instanceof UploadRejectedError) throw httpError(error.status, error.message)
      throw error
    }
    file.name = safeFilename(file.name)
    file.mimetype = detected.mimeType
    if (detected.kind === 'image') await checkImage(file.tempFilePath ?? file.data, file.name, maxPixels)
    return args
  }

async function checkImage(input: string | Buffer, name: string, maxPixels: number) {
  let width = 0
  let height = 0
  try {
    const meta = await sharp(input, { limitInputPixels: false }).metadata()
    width = meta.width ?? 0
    height = meta.height ?? 0
  } catch {
    throw httpError(400, `Tệp "${name}" không phải là ảnh hợp lệ (không đọc được định dạng ảnh).`)
  }
  if (width * height > maxPixels) {
    throw httpError(
      413,
      `Ảnh "${name}" có ${width}×${height} = ${(width * height).toLocaleString('vi-VN')} điểm ảnh, vượt giới hạn ${maxPixels.toLocaleString('vi-VN')} (MAX_IMAGE_PIXELS).`,
    )
  }
}
