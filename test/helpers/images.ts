import sharp from 'sharp'

/** A JPEG whose left half is red and right half blue, to see where a crop was taken from. */
export async function splitColourJpeg(width: number, height: number): Promise<Buffer> {
  const half = Math.floor(width / 2)
  return sharp({ create: { width, height, channels: 3, background: { r: 220, g: 20, b: 20 } } })
    .composite([
      {
        input: await sharp({
          create: { width: width - half, height, channels: 3, background: { r: 20, g: 40, b: 220 } },
        })
          .png()
          .toBuffer(),
        left: half,
        top: 0,
      },
    ])
    .jpeg({ quality: 90 })
    .toBuffer()
}

/** Tiny PNG header claiming enormous dimensions: a decompression bomb that never decodes. */
export async function hugePng(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#808080' } })
    .png({ compressionLevel: 9 })
    .toBuffer()
}

export async function centrePixel(image: Buffer): Promise<{ r: number; g: number; b: number }> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true })
  const offset = (Math.floor(info.height / 2) * info.width + Math.floor(info.width / 2)) * info.channels
  return { r: data[offset]!, g: data[offset + 1]!, b: data[offset + 2]! }
}
