import { readdirSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { auth, createStoryIn, startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { centrePixel, hugePng, splitColourJpeg } from '../helpers/images'

let newsroom: TestNewsroom
// Low enough that a 3000×2000 test image is a "bomb", high enough for the normal uploads.
const MAX_PIXELS = 5_000_000

beforeAll(async () => {
  newsroom = await startNewsroom({ MAX_IMAGE_PIXELS: String(MAX_PIXELS) })
})
afterAll(async () => {
  await newsroom?.stop()
})

const reporter = () => newsroom.users.reporter
const imagesDir = () => path.join(newsroom.settings.mediaDir, 'images')
const storedFiles = () => {
  try {
    return readdirSync(imagesDir()).sort()
  } catch {
    return []
  }
}

function upload(
  file: Buffer,
  filename: string,
  data: Record<string, unknown> = {},
  contentType = 'image/jpeg',
) {
  return newsroom
    .http()
    .post('/api/media')
    .set(auth(reporter().token))
    .field('_payload', JSON.stringify({ alt: 'Ảnh thử nghiệm', credit: 'Phóng viên', ...data }))
    .attach('file', file, { filename, contentType })
}

describe('image renditions', () => {
  it('produces WebP, AVIF and JPEG web sizes, a social crop and keeps the original', async () => {
    const original = await splitColourJpeg(2400, 800)
    const response = await upload(original, 'cau-moi.jpg', {
      caption: 'Cầu mới',
      rights: 'Báo Hưng Yên',
      focalX: 10,
      focalY: 50,
    })
    expect(response.status).toBe(201)
    const doc = response.body.doc
    expect(doc.width).toBe(2400)
    expect(doc.sizes.cardWebp.mimeType).toBe('image/webp')
    expect(doc.sizes.cardAvif.mimeType).toBe('image/avif')
    expect(doc.sizes.cardJpeg.mimeType).toBe('image/jpeg')
    expect(doc.sizes.largeWebp.width).toBe(1600)
    expect(doc.sizes.social).toMatchObject({ width: 1200, height: 630 })

    for (const size of ['cardWebp', 'cardAvif', 'social']) {
      const file = await newsroom.http().get(new URL(doc.sizes[size].url, 'http://x').pathname).buffer(true)
      expect(file.status).toBe(200)
      const meta = await sharp(file.body as Buffer).metadata()
      expect(meta.width).toBe(doc.sizes[size].width)
    }
    const originalFile = await newsroom.http().get(new URL(doc.url, 'http://x').pathname).buffer(true)
    expect((await sharp(originalFile.body as Buffer).metadata()).width).toBe(2400)
  })

  it('takes the social crop around the focal point', async () => {
    const image = await splitColourJpeg(2400, 800)
    const left = await upload(image, 'trai.jpg', { focalX: 0, focalY: 50 })
    const right = await upload(image, 'phai.jpg', { focalX: 100, focalY: 50 })
    const social = async (doc: { sizes: { social: { url: string } } }) =>
      centrePixel(
        (await newsroom.http().get(new URL(doc.sizes.social.url, 'http://x').pathname).buffer(true))
          .body as Buffer,
      )
    const leftPixel = await social(left.body.doc)
    const rightPixel = await social(right.body.doc)
    expect(leftPixel.r).toBeGreaterThan(leftPixel.b)
    expect(rightPixel.b).toBeGreaterThan(rightPixel.r)
  })

  it('strips EXIF (and so GPS) from renditions', async () => {
    const withExif = await sharp(await splitColourJpeg(1000, 600))
      .withExif({
        IFD0: { Copyright: 'Báo Hưng Yên', Artist: 'PV' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '20/1 39/1 0/1' },
      })
      .jpeg()
      .toBuffer()
    expect((await sharp(withExif).metadata()).exif).toBeDefined()
    const response = await upload(withExif, 'gps.jpg')
    expect(response.status).toBe(201)
    const social = await newsroom
      .http()
      .get(new URL(response.body.doc.sizes.cardJpeg.url, 'http://x').pathname)
      .buffer(true)
    expect((await sharp(social.body as Buffer).metadata()).exif).toBeUndefined()
  })

  it('shows every story and channel that uses an asset', async () => {
    const media = await upload(await splitColourJpeg(800, 600), 'dung-chung.jpg')
    const mediaId = media.body.doc.id
    const website = await newsroom.payload.create({
      collection: 'publications',
      data: {
        name: 'Báo điện tử',
        code: 'WEB',
        kind: 'website',
        agency: (await newsroom.payload.find({ collection: 'agencies' })).docs[0]!.id,
      },
    })
    const featured = await createStoryIn(newsroom, 'published', {
      featuredImage: mediaId,
      channels: [website.id],
    })
    const attached = await createStoryIn(newsroom, 'drafting', { assets: [mediaId] })
    const read = await newsroom.http().get(`/api/media/${mediaId}?depth=2`).set(auth(reporter().token))
    expect(read.body.usedAsFeatured.docs.map((s: { id: unknown }) => s.id)).toEqual([featured.id])
    const channelIds = read.body.usedAsFeatured.docs[0].channels.map((c: number | { id: number }) =>
      typeof c === 'object' ? c.id : c,
    )
    expect(channelIds).toEqual([website.id])
    expect(read.body.usedInStories.docs.map((s: { id: unknown }) => s.id)).toEqual([attached.id])
  })
})

describe('bad uploads', () => {
  it.each([
    ['a text file named .jpg', () => Buffer.from('đây không phải là ảnh'), 'gia.jpg', 400],
    ['a zero-byte file', () => Buffer.alloc(0), 'rong.jpg', 400],
    ['a truncated JPEG', async () => (await splitColourJpeg(1200, 900)).subarray(0, 4000), 'cut.jpg', 400],
    ['an image over the pixel limit', () => hugePng(3000, 2000), 'bom.png', 413],
  ] as const)(
    'refuses %s with a clear message and stores nothing',
    async (_label, make, filename, status) => {
      const before = storedFiles()
      const count = await newsroom.payload.count({ collection: 'media' })
      const response = await upload(
        await make(),
        filename,
        {},
        filename.endsWith('.png') ? 'image/png' : 'image/jpeg',
      )
      expect(response.status).toBe(status)
      expect(response.body.errors[0].message).toMatch(/ảnh|tệp|Tệp|Ảnh|file/)
      expect((await newsroom.payload.count({ collection: 'media' })).totalDocs).toBe(count.totalDocs)
      expect(storedFiles()).toEqual(before)
    },
  )

  it('refuses uploads from anonymous clients', async () => {
    const response = await newsroom
      .http()
      .post('/api/media')
      .attach('file', await splitColourJpeg(100, 100), 'x.jpg')
    expect(response.status).toBe(403)
  })
})
