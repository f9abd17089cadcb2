import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

import { splitColourJpeg } from '../../../test/helpers/images'
import { makeJpeg, makeTempDir, removeDir } from '../../../test/helpers/mediaFixtures'
import { focalCrop, processImage } from './image'
import { readImageMetadata } from './imageMetadata'
import { hammingDistance, perceptualHash } from './perceptualHash'
import { CorruptMediaError, MediaTooLargeError } from './tools'

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt>
<rdf:li xml:lang="x-default">Chợ nổi Cái Răng</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>`

let dir: string
let counter = 0

beforeAll(async () => {
  dir = await makeTempDir()
})

afterAll(() => removeDir(dir))

async function setup(jpeg: Buffer, extension = 'jpg'): Promise<{ input: string; work: string }> {
  const name = `case-${++counter}`
  const input = path.join(dir, `${name}.${extension}`)
  await writeFile(input, jpeg)
  const work = path.join(dir, name)
  await mkdir(work)
  return { input, work }
}

async function pixel(file: string, left: number, top: number): Promise<number[]> {
  return [...(await sharp(file).extract({ left, top, width: 1, height: 1 }).removeAlpha().raw().toBuffer())]
}

describe('processImage', () => {
  it('makes the contracted renditions, sized and encoded as agreed, with every piece of metadata removed', async () => {
    const jpeg = await makeJpeg({
      width: 3000,
      height: 2000,
      xmp: XMP,
      gps: { latitude: 10.0452, longitude: 105.7469 },
      exif: { IFD0: { Make: 'Apple', Model: 'iPhone 15', Artist: 'Le Van C' } },
    })
    const { input, work } = await setup(jpeg)
    const result = await processImage(input, work)

    expect(result.technical).toEqual({ width: 3000, height: 2000, format: 'jpeg' })
    expect(result.embedded).toMatchObject({
      hasGps: true,
      caption: 'Chợ nổi Cái Răng',
      camera: 'Apple iPhone 15',
    })
    expect(result.phash).toMatch(/^[0-9a-f]{16}$/)
    expect(hammingDistance(result.phash, await perceptualHash(input))).toBeLessThanOrEqual(2)

    const expected: Record<string, [string, number, number, string]> = {
      thumbnail: ['webp', 320, 240, 'image/webp'],
      cardWebp: ['webp', 640, 427, 'image/webp'],
      cardAvif: ['heif', 640, 427, 'image/avif'],
      cardJpeg: ['jpeg', 640, 427, 'image/jpeg'],
      largeWebp: ['webp', 1600, 1067, 'image/webp'],
      largeAvif: ['heif', 1600, 1067, 'image/avif'],
      largeJpeg: ['jpeg', 1600, 1067, 'image/jpeg'],
      social: ['jpeg', 1200, 630, 'image/jpeg'],
    }
    expect(result.renditions.map((r) => r.name)).toEqual(Object.keys(expected))
    for (const rendition of result.renditions) {
      const [format, width, height, mimeType] = expected[rendition.name]!
      const meta = await sharp(rendition.path).metadata()
      expect({ name: rendition.name, format: meta.format, width: meta.width, height: meta.height }).toEqual({
        name: rendition.name,
        format,
        width,
        height,
      })
      expect(rendition).toMatchObject({ mimeType, width, height })
      expect(rendition.filesize).toBe((await readFile(rendition.path)).length)
      if (format === 'heif') expect(meta.compression).toBe('av1')
      expect(meta.exif).toBeUndefined()
      expect(meta.xmp).toBeUndefined()
      expect(meta.iptc).toBeUndefined()
      expect(meta.orientation).toBeUndefined()
      expect(await readImageMetadata(rendition.path)).toEqual({ hasGps: false })
    }
  })

  it('turns photos upright by their EXIF orientation and never enlarges small ones', async () => {
    // Stored 600×400 with "rotate 90° clockwise to view": really a 400×600 portrait.
    const { input, work } = await setup(await makeJpeg({ width: 600, height: 400, orientation: 6 }))
    const result = await processImage(input, work)
    expect(result.technical).toMatchObject({ width: 400, height: 600 })
    const byName = Object.fromEntries(result.renditions.map((r) => [r.name, r]))
    expect(byName.largeJpeg).toMatchObject({ width: 400, height: 600 })
    expect(byName.cardWebp).toMatchObject({ width: 400, height: 600 })
    expect(byName.thumbnail).toMatchObject({ width: 320, height: 240 })
    expect(byName.social).toMatchObject({ width: 1200, height: 630 })
    expect((await sharp(byName.largeJpeg!.path).metadata()).orientation).toBeUndefined()
  })

  it('crops social and thumbnail around the focal point, edges included', async () => {
    // Left half red, right half blue; wide enough that the crops must choose a side.
    const { input } = await setup(await splitColourJpeg(2400, 600))
    const crops: Record<string, number[][]> = {}
    for (const focalX of [0, 50, 100]) {
      const work = path.join(dir, `focal-${focalX}`)
      await mkdir(work)
      const result = await processImage(input, work, { focalX, focalY: 50 })
      const social = result.renditions.find((r) => r.name === 'social')!
      const thumbnail = result.renditions.find((r) => r.name === 'thumbnail')!
      crops[focalX] = [
        await pixel(social.path, 5, 315),
        await pixel(social.path, 1194, 315),
        await pixel(thumbnail.path, 5, 120),
        await pixel(thumbnail.path, 314, 120),
      ]
    }
    const isRed = ([r, , b]: number[]) => r! > 150 && b! < 100
    const isBlue = ([r, , b]: number[]) => b! > 150 && r! < 100
    expect(crops[0]!.every(isRed)).toBe(true)
    expect(crops[100]!.every(isBlue)).toBe(true)
    expect(isRed(crops[50]![0]!) && isBlue(crops[50]![1]!)).toBe(true)
  })

  it('flattens transparency for JPEG but keeps it for WebP', async () => {
    const png = await sharp({
      create: { width: 800, height: 600, channels: 4, background: { r: 0, g: 128, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer()
    const { input, work } = await setup(png, 'png')
    const result = await processImage(input, work)
    const byName = Object.fromEntries(result.renditions.map((r) => [r.name, r]))
    expect((await sharp(byName.cardWebp!.path).metadata()).hasAlpha).toBe(true)
    expect((await sharp(byName.cardJpeg!.path).metadata()).hasAlpha).toBe(false)
    expect(await pixel(byName.cardJpeg!.path, 10, 10)).toEqual([255, 255, 255])
    expect(result.technical.format).toBe('png')
  })

  it('refuses images over the pixel limit and corrupt files', async () => {
    const big = await setup(await makeJpeg({ width: 1200, height: 1000 }))
    const error = await processImage(big.input, big.work, { maxPixels: 1_000_000 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MediaTooLargeError)
    expect((error as Error).message).toMatch(/quá nhiều điểm ảnh/)

    const jpeg = await makeJpeg({ width: 800, height: 600 })
    const cut = await setup(jpeg.subarray(0, Math.floor(jpeg.length * 0.5)))
    const cutError = await processImage(cut.input, cut.work).catch((e: unknown) => e)
    expect(cutError).toBeInstanceOf(CorruptMediaError)
    expect((cutError as Error).message).toMatch(/bị hỏng/)
  })

  it('stops before work when the signal is already aborted', async () => {
    const { input, work } = await setup(await makeJpeg({ width: 100, height: 100 }))
    await expect(processImage(input, work, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    })
  })
})

describe('focalCrop', () => {
  it('centres the window on the focal point and clamps it inside the picture', () => {
    expect(focalCrop(2000, 1000, 1200, 630)).toEqual({
      resizeWidth: 1260,
      resizeHeight: 630,
      left: 30,
      top: 0,
    })
    expect(focalCrop(2000, 1000, 1200, 630, 0, 50)).toMatchObject({ left: 0 })
    expect(focalCrop(2000, 1000, 1200, 630, 100, 50)).toMatchObject({ left: 60 })
    expect(focalCrop(1000, 2000, 1200, 630, 50, 0)).toEqual({
      resizeWidth: 1200,
      resizeHeight: 2400,
      left: 0,
      top: 0,
    })
    expect(focalCrop(1000, 2000, 1200, 630, 50, 100)).toMatchObject({ top: 1770 })
    expect(focalCrop(1000, 2000, 1200, 630, 50, 30)).toMatchObject({ top: 405 })
    expect(focalCrop(1000, 2000, 1200, 630, Number.NaN, 250)).toMatchObject({ left: 0, top: 1770 })
  })
})

/**
 * Speed against plain sharp doing the same eight resizes straight from the file (run with
 * MEDIA_BENCH=1; it needs a 24-megapixel camera-like JPEG, which takes a while to make).
 */
const bench = process.env.MEDIA_BENCH === '1' ? it : it.skip
bench(
  'is at least 0.8× as fast as plain sharp on a 24-megapixel JPEG',
  async () => {
    const input = path.join(dir, 'big.jpg')
    await makeJpeg({ path: input, width: 6000, height: 4000, noise: true, quality: 92 })
    const plainDir = path.join(dir, 'plain')
    const oursDir = path.join(dir, 'ours')
    await mkdir(plainDir)
    await mkdir(oursDir)
    const plain = () => {
      const s = () => sharp(input).rotate()
      const card = () => s().resize({ width: 640, withoutEnlargement: true })
      const large = () => s().resize({ width: 1600, withoutEnlargement: true })
      return Promise.all([
        s().resize(320, 240, { fit: 'cover' }).webp({ quality: 75 }).toFile(`${plainDir}/t.webp`),
        card().webp({ quality: 80 }).toFile(`${plainDir}/cw.webp`),
        card().avif({ quality: 55, effort: 2 }).toFile(`${plainDir}/ca.avif`),
        card().jpeg({ quality: 82, mozjpeg: false }).toFile(`${plainDir}/cj.jpg`),
        large().webp({ quality: 80 }).toFile(`${plainDir}/lw.webp`),
        large().avif({ quality: 55, effort: 2 }).toFile(`${plainDir}/la.avif`),
        large().jpeg({ quality: 82, mozjpeg: false }).toFile(`${plainDir}/lj.jpg`),
        s().resize(1200, 630, { fit: 'cover' }).jpeg({ quality: 85 }).toFile(`${plainDir}/s.jpg`),
      ])
    }
    const time = async (run: () => Promise<unknown>) => {
      const started = performance.now()
      await run()
      return performance.now() - started
    }
    await plain()
    await processImage(input, oursDir)
    const plainTimes: number[] = []
    const ourTimes: number[] = []
    for (let round = 0; round < 5; round++) {
      plainTimes.push(await time(plain))
      ourTimes.push(await time(() => processImage(input, oursDir)))
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    const ratio = median(plainTimes) / median(ourTimes)
    console.log(
      `24 MP: plain sharp ${median(plainTimes).toFixed(0)} ms, processImage ${median(ourTimes).toFixed(0)} ms ` +
        `(incl. metadata + pHash); speed ratio ${ratio.toFixed(2)} [plain ${plainTimes.map(Math.round)}; ours ${ourTimes.map(Math.round)}]`,
    )
    expect(ratio).toBeGreaterThanOrEqual(0.8)
  },
  180_000,
)
