import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { startWorker } from '../../plugins/jobs'
import type { RunningWorker } from '../../plugins/jobs/lib/startWorker'
import { centrePixel, hugePng, splitColourJpeg } from '../helpers/images'
import {
  iptcApp13,
  makeAudio,
  makeJpeg,
  makePdf,
  makeTempDir,
  makeVideo,
  removeDir,
  truncate,
} from '../helpers/mediaFixtures'
import { fetchBytes, pathOf, rendition, uploadMedia } from '../helpers/mediaUpload'
import { auth, createStoryIn, startNewsroom, type TestNewsroom, waitForProcessing } from '../helpers/newsroom'

let newsroom: TestNewsroom
let worker: RunningWorker
let tmp: string
// Low enough that a 3000×2000 test image is a "bomb", high enough for the normal uploads.
const MAX_PIXELS = 5_000_000

beforeAll(async () => {
  newsroom = await startNewsroom({ MAX_IMAGE_PIXELS: String(MAX_PIXELS) })
  worker = startWorker(newsroom.payload, { queues: ['media'] })
  tmp = await makeTempDir()
})
afterAll(async () => {
  await worker?.close()
  await newsroom?.stop()
  if (tmp) await removeDir(tmp)
})

const upload = (...args: Parameters<typeof uploadMedia> extends [unknown, ...infer Rest] ? Rest : never) =>
  uploadMedia(newsroom, ...args)
const filesDir = () => path.join(newsroom.settings.mediaDir, 'files')
const renditionFiles = (id: number | string) => {
  const dir = path.join(filesDir(), 'renditions', String(id))
  return existsSync(dir) ? readdirSync(dir).sort() : []
}

const originals = () =>
  existsSync(filesDir()) ? readdirSync(filesDir()).filter((f) => f !== 'renditions') : []

type MediaDoc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

async function uploadAndProcess(...args: Parameters<typeof upload>): Promise<MediaDoc> {
  const response = await upload(...args)
  expect(response.status).toBe(201)
  await waitForProcessing(newsroom, response.body.doc.id)
  const read = await newsroom
    .http()
    .get(`/api/media/${response.body.doc.id}`)
    .set(auth(newsroom.users.editor.token))
  return read.body
}

describe('images', () => {
  it('answers the upload at once, then the worker makes every rendition and keeps the original', async () => {
    const response = await upload(await splitColourJpeg(2400, 800), 'cau-moi.jpg', { focalX: 10, focalY: 50 })
    expect(response.status).toBe(201)
    expect(response.body.doc.processing.status).toBe('pending')
    expect(response.body.doc.kind).toBe('image')
    await waitForProcessing(newsroom, response.body.doc.id)
    const doc = (await newsroom.http().get(`/api/media/${response.body.doc.id}`)).body
    expect(doc.processing.status).toBe('ready')
    const names = doc.renditions.map((r: { name: string }) => r.name).sort()
    expect(names).toEqual(
      [
        'cardAvif',
        'cardJpeg',
        'cardWebp',
        'largeAvif',
        'largeJpeg',
        'largeWebp',
        'social',
        'thumbnail',
      ].sort(),
    )
    expect(rendition(doc, 'social')).toMatchObject({ width: 1200, height: 630, mimeType: 'image/jpeg' })
    for (const name of ['cardWebp', 'cardAvif', 'largeJpeg', 'thumbnail']) {
      const file = await fetchBytes(newsroom, rendition(doc, name).url)
      expect(file.status).toBe(200)
      expect(file.headers['content-type']).toBe(rendition(doc, name).mimeType)
      expect((await sharp(file.body).metadata()).width).toBe(rendition(doc, name).width)
    }
    const original = await fetchBytes(newsroom, doc.url)
    expect((await sharp(original.body).metadata()).width).toBe(2400)
    expect(renditionFiles(doc.id)).toHaveLength(8)
  })

  it('takes several uploads at once while the worker writes its results', async () => {
    const uploads = await Promise.all(
      [61, 62, 63, 64, 65].map(async (seed) => upload(await makeJpeg({ seed }), `cung-luc-${seed}.jpg`)),
    )
    expect(uploads.map((response) => response.status)).toEqual([201, 201, 201, 201, 201])
    const done = await Promise.all(
      uploads.map((response) => waitForProcessing(newsroom, response.body.doc.id)),
    )
    expect(done.map((doc) => doc.processing?.status)).toEqual(['ready', 'ready', 'ready', 'ready', 'ready'])
  })

  it('takes the social crop around the focal point', async () => {
    const image = await splitColourJpeg(2400, 800)
    const left = await uploadAndProcess(image, 'trai.jpg', { focalX: 0, focalY: 50 })
    const right = await uploadAndProcess(image, 'phai.jpg', { focalX: 100, focalY: 50 })
    const social = async (doc: MediaDoc) =>
      centrePixel((await fetchBytes(newsroom, rendition(doc, 'social').url)).body)
    const leftPixel = await social(left)
    const rightPixel = await social(right)
    expect(leftPixel.r).toBeGreaterThan(leftPixel.b)
    expect(rightPixel.b).toBeGreaterThan(rightPixel.r)
  })

  it('reads caption, credit and copyright from IPTC/EXIF and strips GPS from public renditions', async () => {
    const photo = await makeJpeg({
      width: 1200,
      height: 800,
      seed: 7,
      gps: { latitude: 20.65, longitude: 106.05 },
      exif: { IFD0: { Make: 'Nikon', Model: 'D850' } },
      segments: [
        {
          marker: 0xed,
          payload: iptcApp13({
            caption: 'Nông dân Đồng Tháp thu hoạch lúa',
            credit: 'TTXVN',
            byline: 'Nguyễn Đức Anh',
            copyright: '© Báo Đồng Tháp',
            dateCreated: '20260915',
          }),
        },
      ],
    })
    expect((await sharp(photo).metadata()).exif).toBeDefined()
    const doc = await uploadAndProcess(photo, 'lua.jpg', { caption: undefined })
    expect(doc.caption).toBe('Nông dân Đồng Tháp thu hoạch lúa')
    expect(doc.credit).toBe('TTXVN')
    expect(doc.rights).toBe('© Báo Đồng Tháp')
    expect(doc.embedded).toMatchObject({ creator: 'Nguyễn Đức Anh', hasGps: true })
    for (const name of ['cardJpeg', 'social', 'largeWebp']) {
      const meta = await sharp((await fetchBytes(newsroom, rendition(doc, name).url)).body).metadata()
      expect(meta.exif).toBeUndefined()
      expect(meta.iptc).toBeUndefined()
      expect(meta.xmp).toBeUndefined()
    }
  })

  it('never overwrites a caption or credit the newsroom wrote', async () => {
    const photo = await makeJpeg({
      seed: 8,
      segments: [{ marker: 0xed, payload: iptcApp13({ caption: 'Chú thích trong tệp', credit: 'Máy ảnh' }) }],
    })
    const doc = await uploadAndProcess(photo, 'giu.jpg', {
      caption: 'Chú thích của biên tập',
      credit: 'PV Hà',
    })
    expect(doc.caption).toBe('Chú thích của biên tập')
    expect(doc.credit).toBe('PV Hà')
  })

  it('warns when the same photo is uploaded again, even re-encoded and smaller', async () => {
    const photo = await makeJpeg({ width: 1600, height: 1000, seed: 21 })
    const first = await uploadAndProcess(photo, 'goc.jpg')
    const copy = await sharp(photo).resize(900).jpeg({ quality: 40 }).toBuffer()
    const second = await uploadAndProcess(copy, 'ban-sao.jpg')
    expect(
      second.possibleDuplicates.map((d: number | { id: number }) => (typeof d === 'object' ? d.id : d)),
    ).toEqual([first.id])
    const other = await uploadAndProcess(await makeJpeg({ width: 1600, height: 1000, seed: 99 }), 'khac.jpg')
    expect(other.possibleDuplicates).toEqual([])
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
    const read = await newsroom
      .http()
      .get(`/api/media/${mediaId}?depth=2`)
      .set(auth(newsroom.users.reporter.token))
    expect(read.body.usedAsFeatured.docs.map((s: { id: unknown }) => s.id)).toEqual([featured.id])
    const channelIds = read.body.usedAsFeatured.docs[0].channels.map((c: number | { id: number }) =>
      typeof c === 'object' ? c.id : c,
    )
    expect(channelIds).toEqual([website.id])
    expect(read.body.usedInStories.docs.map((s: { id: unknown }) => s.id)).toEqual([attached.id])
  })
})

describe('audio, video and documents', () => {
  it('audio: duration, a loudness-normalised MP3 served in byte ranges, and waveform peaks', async () => {
    const wav = await makeAudio(path.join(tmp, 'phong-van.wav'), {
      seconds: 2,
      format: 'wav',
      loudThenQuiet: true,
    })
    const doc = await uploadAndProcess(wav, 'phỏng vấn.wav', {}, 'audio/wav')
    expect(doc.kind).toBe('audio')
    expect(doc.technical.durationSeconds).toBeCloseTo(2, 0)
    expect(rendition(doc, 'mp3').mimeType).toBe('audio/mpeg')
    expect(doc.waveform).toHaveLength(800)
    expect(Math.max(...doc.waveform)).toBeLessThanOrEqual(1)
    // Loud first half, quiet second half: the peaks say so.
    expect(doc.waveform[100]).toBeGreaterThan(doc.waveform[700] * 3)
    const whole = await fetchBytes(newsroom, rendition(doc, 'mp3').url)
    expect(whole.status).toBe(200)
    const part = await fetchBytes(newsroom, rendition(doc, 'mp3').url, { Range: 'bytes=0-99' })
    expect(part.status).toBe(206)
    expect(part.body).toHaveLength(100)
    expect(part.headers['content-range']).toBe(`bytes 0-99/${whole.body.length}`)
    const bad = await fetchBytes(newsroom, rendition(doc, 'mp3').url, { Range: 'bytes=999999999-' })
    expect(bad.status).toBe(416)
  })

  it.each([['mp4'], ['mov'], ['mkv']] as const)(
    'video (%s): facts, a poster frame and an H.264/AAC MP4',
    async (container) => {
      const file = await makeVideo(path.join(tmp, `clip.${container}`), {
        seconds: 1,
        width: 320,
        height: 240,
        container,
      })
      const types = { mp4: 'video/mp4', mov: 'video/quicktime', mkv: 'video/x-matroska' }
      const doc = await uploadAndProcess(file, `clip.${container}`, {}, types[container])
      expect(doc.processing.status).toBe('ready')
      expect(doc.kind).toBe('video')
      expect(doc.technical).toMatchObject({ width: 320, height: 240, videoCodec: 'h264' })
      expect(doc.technical.durationSeconds).toBeCloseTo(1, 0)
      expect(rendition(doc, 'mp4')).toMatchObject({ mimeType: 'video/mp4' })
      const poster = await fetchBytes(newsroom, rendition(doc, 'poster').url)
      expect((await sharp(poster.body).metadata()).format).toBe('jpeg')
    },
  )

  it('PDF: page count and a first-page preview', async () => {
    const doc = await uploadAndProcess(await makePdf({ pages: 3 }), 'bao-in-so-1.pdf', {}, 'application/pdf')
    expect(doc.kind).toBe('document')
    expect(doc.technical.pageCount).toBe(3)
    const preview = await fetchBytes(newsroom, rendition(doc, 'preview').url)
    expect((await sharp(preview.body).metadata()).width).toBe(1024)
  })
})

describe('rights', () => {
  it('refuses to attach an asset past its rights expiry, and flags it where it is already used', async () => {
    const asset = await uploadAndProcess(await makeJpeg({ seed: 31 }), 'het-han.jpg')
    const story = await createStoryIn(newsroom, 'drafting', { featuredImage: asset.id })
    await newsroom.payload.update({
      collection: 'media',
      id: asset.id,
      data: { rightsExpiry: '2025-01-15T00:00:00.000Z' },
    })
    const refused = await newsroom
      .http()
      .post('/api/stories')
      .set(auth(newsroom.users.editor.token))
      .send({ headline: 'Tin mới dùng ảnh hết hạn', desk: newsroom.desks.news, assets: [asset.id] })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toMatch(/hết hạn bản quyền.*het-han\.jpg.*15\/1\/2025/)
    const read = await newsroom
      .http()
      .get(`/api/stories/${story.id}?depth=1`)
      .set(auth(newsroom.users.editor.token))
    expect(read.body.featuredImage.rightsExpired).toBe(true)
    const media = await newsroom.http().get(`/api/media/${asset.id}`)
    expect(media.body.rightsExpired).toBe(true)
  })

  it('serves a restricted asset only through signed links that expire', async () => {
    const asset = await uploadAndProcess(await makeJpeg({ seed: 41 }), 'han-che.jpg', { restricted: true })
    const hidden = await newsroom.http().get(`/api/media/${asset.id}`)
    expect(hidden.status).toBe(404)
    const signed = rendition(asset, 'cardJpeg').url
    expect(signed).toMatch(/[?&]expires=\d+&sig=/)
    expect((await fetchBytes(newsroom, signed)).status).toBe(200)
    const unsigned = pathOf(signed).split('?')[0]!
    expect((await fetchBytes(newsroom, unsigned)).status).toBe(404)
    const tampered = signed.replace(/sig=[^&]+/, 'sig=AAAA')
    const refused = await fetchBytes(newsroom, tampered)
    expect(refused.status).toBe(403)
    expect(refused.body.toString()).toMatch(/chữ ký/)
    const { signPath } = await import('../../plugins/media/lib/signedUrl')
    const { createHmac } = await import('node:crypto')
    const secret = createHmac('sha256', newsroom.settings.payloadSecret)
      .update('media-signed-urls')
      .digest('hex')
    const expired = signPath(unsigned, secret, new Date(Date.now() - 1000))
    const late = await fetchBytes(newsroom, expired)
    expect(late.status).toBe(403)
    expect(late.body.toString()).toMatch(/hết hạn/)
  })
})

describe('bad uploads', () => {
  const count = async () => (await newsroom.payload.count({ collection: 'media' })).totalDocs

  it.each([
    ['a text file named .jpg', () => Buffer.from('đây không phải là ảnh'), 'gia.jpg', 'image/jpeg', 415],
    ['a zero-byte file', () => Buffer.alloc(0), 'rong.jpg', 'image/jpeg', 400],
    ['a PNG named .mp3', () => hugePng(20, 20), 'bai-hat.mp3', 'audio/mpeg', 415],
    ['a JPEG declared as audio', () => makeJpeg({ seed: 3 }), 'anh.jpg', 'audio/mpeg', 415],
    ['an image over the pixel limit', () => hugePng(3000, 2000), 'bom.png', 'image/png', 413],
  ] as const)(
    'refuses %s with a clear message and stores nothing',
    async (_label, make, filename, type, status) => {
      const before = await count()
      const filesBefore = originals()
      const response = await upload(await make(), filename, {}, type)
      expect(response.status).toBe(status)
      expect(response.body.errors[0].message).toMatch(/tệp|Tệp|ảnh|Ảnh/)
      expect(await count()).toBe(before)
      expect(originals()).toEqual(filesBefore)
    },
  )

  it('makes names with path traversal or odd Unicode safe', async () => {
    const traversal = await upload(await makeJpeg({ seed: 5 }), '../../etc/passwd.jpg')
    expect(traversal.status).toBe(201)
    expect(traversal.body.doc.filename).not.toMatch(/[/\\]|\.\./)
    const decomposed = 'A\u0309nh\u202e gpj.jpg' // "Ảnh" in NFD with a right-to-left override
    const odd = await upload(await makeJpeg({ seed: 6 }), decomposed)
    expect(odd.status).toBe(201)
    expect(odd.body.doc.filename).toBe(odd.body.doc.filename.normalize('NFC'))
    expect(odd.body.doc.filename).not.toMatch(/\u202e/)
    expect(odd.body.doc.filename).toMatch(/^Ảnh/)
  })

  it('marks a truncated JPEG or MP4 failed with a clear message, without retrying it', async () => {
    const jpeg = (await makeJpeg({ width: 1200, height: 900, seed: 9 })).subarray(0, 4000)
    const cutImage = await upload(jpeg, 'cut.jpg')
    expect(cutImage.status).toBe(201)
    const failedImage = await waitForProcessing(newsroom, cutImage.body.doc.id)
    expect(failedImage.processing).toMatchObject({ status: 'failed', attempts: 1 })
    expect(failedImage.processing!.error).toMatch(/hỏng|không đầy đủ|cắt/)

    const video = await makeVideo(path.join(tmp, 'cut.mp4'), { seconds: 2, width: 320, height: 240 })
    await truncate(video, 0.3)
    const cutVideo = await upload(video, 'cut.mp4', {}, 'video/mp4')
    if (cutVideo.status === 201) {
      const failedVideo = await waitForProcessing(newsroom, cutVideo.body.doc.id)
      expect(failedVideo.processing).toMatchObject({ status: 'failed', attempts: 1 })
      expect(failedVideo.processing!.error).toMatch(/hỏng|không đầy đủ|cắt|không đọc/)
    } else {
      expect(cutVideo.status).toBe(400)
    }
  })

  it('refuses uploads from anonymous clients', async () => {
    const response = await newsroom
      .http()
      .post('/api/media')
      .attach('file', await splitColourJpeg(100, 100), 'x.jpg')
    expect(response.status).toBe(403)
  })
})

describe('processing again', () => {
  it('lets editors send an asset through the worker again, replacing its renditions', async () => {
    const doc = await uploadAndProcess(await makeJpeg({ seed: 71 }), 'xu-ly-lai.jpg')
    const reporter = await newsroom
      .http()
      .post(`/api/media/${doc.id}/reprocess`)
      .set(auth(newsroom.users.reporter.token))
    expect(reporter.status).toBe(403)
    const unknown = await newsroom
      .http()
      .post('/api/media/999999/reprocess')
      .set(auth(newsroom.users.editor.token))
    expect(unknown.status).toBe(404)
    const response = await newsroom
      .http()
      .post(`/api/media/${doc.id}/reprocess`)
      .set(auth(newsroom.users.editor.token))
    expect(response.status).toBe(202)
    expect(response.body).toMatchObject({ status: 'pending', generation: doc.processing.generation + 1 })
    const again = await waitForProcessing(newsroom, doc.id)
    expect(again.processing).toMatchObject({ status: 'ready', generation: doc.processing.generation + 1 })
    expect(renditionFiles(doc.id)).toHaveLength(8)
  })
})

describe('deleting an asset', () => {
  it('removes the original and every rendition', async () => {
    const doc = await uploadAndProcess(await makeJpeg({ seed: 51 }), 'xoa.jpg')
    expect(renditionFiles(doc.id)).toHaveLength(8)
    expect(existsSync(path.join(filesDir(), doc.filename))).toBe(true)
    const response = await newsroom
      .http()
      .delete(`/api/media/${doc.id}`)
      .set(auth(newsroom.users.editor.token))
    expect(response.status).toBe(200)
    expect(renditionFiles(doc.id)).toEqual([])
    expect(existsSync(path.join(filesDir(), doc.filename))).toBe(false)
    expect((await fetchBytes(newsroom, rendition(doc, 'cardJpeg').url)).status).toBe(404)
  })
})
