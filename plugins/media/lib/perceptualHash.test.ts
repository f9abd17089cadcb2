import sharp from 'sharp'

import { makeJpeg, photoSvg } from '../../../test/helpers/mediaFixtures'
import {
  DUPLICATE_DISTANCE,
  hammingDistance,
  hashPixels,
  isDuplicate,
  perceptualHash,
} from './perceptualHash'

describe('perceptualHash', () => {
  it('gives 16 hex digits, the same for a path, a buffer and a sharp instance', async () => {
    const jpeg = await makeJpeg({ width: 800, height: 600, seed: 7 })
    const hash = await perceptualHash(jpeg)
    expect(hash).toMatch(/^[0-9a-f]{16}$/)
    expect(await perceptualHash(sharp(jpeg))).toBe(hash)
  })

  it('sees the same photo through re-encoding at low quality and resizing', async () => {
    const original = await makeJpeg({ width: 1200, height: 800, seed: 3, quality: 95 })
    const reworked = await sharp(original).resize(480).jpeg({ quality: 35 }).toBuffer()
    const asWebp = await sharp(original).resize(300).webp({ quality: 50 }).toBuffer()
    const base = await perceptualHash(original)
    expect(hammingDistance(base, await perceptualHash(reworked))).toBeLessThanOrEqual(DUPLICATE_DISTANCE)
    expect(isDuplicate(base, await perceptualHash(asWebp))).toBe(true)
  })

  it('sees a sideways-stored photo as its upright self (EXIF orientation applied)', async () => {
    const upright = await makeJpeg({ width: 600, height: 400, seed: 5 })
    // Stored rotated 90° clockwise with orientation 8 telling viewers to turn it back.
    const sideways = await sharp(upright).rotate(90).withMetadata({ orientation: 8 }).jpeg().toBuffer()
    const distance = hammingDistance(await perceptualHash(upright), await perceptualHash(sideways))
    expect(distance).toBeLessThanOrEqual(DUPLICATE_DISTANCE)
  })

  it('tells different photos apart', async () => {
    const hashes = await Promise.all(
      [11, 12, 13, 14, 15].map(async (seed) =>
        perceptualHash(
          await sharp(Buffer.from(photoSvg(640, 480, seed)))
            .jpeg()
            .toBuffer(),
        ),
      ),
    )
    for (let i = 0; i < hashes.length; i++) {
      for (let j = i + 1; j < hashes.length; j++) {
        expect(hammingDistance(hashes[i]!, hashes[j]!)).toBeGreaterThan(DUPLICATE_DISTANCE)
      }
    }
  })

  it('hashes pixel data directly', () => {
    const pattern = new Uint8Array(32 * 32).map((_, i) => {
      const x = i % 32
      const y = Math.floor(i / 32)
      return Math.round(128 + 60 * Math.sin(x / 3) * Math.cos(y / 5) + 40 * Math.sin((x + y) / 7))
    })
    const inverted = pattern.map((value) => 255 - value)
    // Inverting the picture flips every coefficient's sign and so every bit.
    expect(hammingDistance(hashPixels(pattern), hashPixels(inverted))).toBe(64)
    expect(() => hashPixels(new Uint8Array(10))).toThrow(RangeError)
  })
})

describe('hammingDistance', () => {
  it('counts differing bits', () => {
    expect(hammingDistance('0000000000000000', '0000000000000000')).toBe(0)
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64)
    expect(hammingDistance('00000000000000f0', '0000000000000010')).toBe(3)
    expect(hammingDistance('ABCDEF0123456789', 'abcdef0123456789')).toBe(0)
    expect(() => hammingDistance('abc', '0000000000000000')).toThrow(RangeError)
  })
})
