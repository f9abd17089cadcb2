import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { startWorker } from '../../plugins/jobs'
import type { RunningWorker } from '../../plugins/jobs/lib/startWorker'
import { createS3Storage, type S3MediaStorage } from '../../plugins/media/lib/storage'
import { makeAudio, makeJpeg, makeTempDir, removeDir } from '../helpers/mediaFixtures'
import { fetchBytes, rendition, uploadMedia } from '../helpers/mediaUpload'
import { auth, startNewsroom, type TestNewsroom, waitForProcessing } from '../helpers/newsroom'
import { startS3Server, type TestS3Server } from '../helpers/s3server'

/** The same upload → renditions → read → delete cycle as on local disk, against a real S3 server. */
let s3: TestS3Server
let bucket: S3MediaStorage
let newsroom: TestNewsroom
let worker: RunningWorker
let tmp: string

beforeAll(async () => {
  s3 = await startS3Server({ bucket: 'toa-soan-media' })
  bucket = createS3Storage(s3)
  newsroom = await startNewsroom({
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: s3.bucket,
    S3_ACCESS_KEY: s3.accessKeyId,
    S3_SECRET: s3.secretAccessKey,
  })
  worker = startWorker(newsroom.payload, { queues: ['media'] })
  tmp = await makeTempDir()
})
afterAll(async () => {
  await worker?.close()
  await newsroom?.stop()
  bucket?.destroy()
  await s3?.stop()
  if (tmp) await removeDir(tmp)
})

async function uploadAndProcess(
  ...args: Parameters<typeof uploadMedia> extends [unknown, ...infer R] ? R : never
) {
  const response = await uploadMedia(newsroom, ...args)
  expect(response.status).toBe(201)
  await waitForProcessing(newsroom, response.body.doc.id)
  return (
    await newsroom.http().get(`/api/media/${response.body.doc.id}`).set(auth(newsroom.users.editor.token))
  ).body
}

describe('media on S3-compatible storage', () => {
  it('stores the original and its renditions side by side in the bucket and serves them', async () => {
    const doc = await uploadAndProcess(
      await makeJpeg({ width: 1800, height: 1200, seed: 11 }),
      'ảnh-Đà-Nẵng.jpg',
    )
    expect(doc.processing.status).toBe('ready')
    // The storage adapter updates the new document again in the same request: still one job.
    expect((await newsroom.payload.count({ collection: 'job-outbox' as never })).totalDocs).toBe(1)
    const keys = await bucket.list('')
    expect(keys).toContain(doc.filename)
    const renditionKeys = keys.filter((key) => key.startsWith(`renditions/${doc.id}/`))
    expect(renditionKeys).toHaveLength(8)
    const card = await fetchBytes(newsroom, rendition(doc, 'cardWebp').url)
    expect(card.status).toBe(200)
    expect((await sharp(card.body).metadata()).width).toBe(640)
    const original = await fetchBytes(newsroom, doc.url)
    expect(original.status).toBe(200)
    expect((await sharp(original.body).metadata()).width).toBe(1800)
  })

  it('processes audio from the bucket (the worker downloads, transcodes and uploads)', async () => {
    const wav = await makeAudio(`${tmp}/ban-tin.wav`, { seconds: 1, format: 'wav' })
    const doc = await uploadAndProcess(wav, 'ban-tin.wav', {}, 'audio/wav')
    expect(rendition(doc, 'mp3').mimeType).toBe('audio/mpeg')
    expect(await bucket.exists(`renditions/${doc.id}/mp3.mp3`)).toBe(true)
    const part = await fetchBytes(newsroom, rendition(doc, 'mp3').url, { Range: 'bytes=0-9' })
    expect(part.status).toBe(206)
    expect(part.body).toHaveLength(10)
  })

  it('gives restricted assets presigned, expiring bucket URLs', async () => {
    const doc = await uploadAndProcess(await makeJpeg({ seed: 12 }), 'han-che.jpg', { restricted: true })
    const url = rendition(doc, 'cardJpeg').url
    expect(url.startsWith(s3.endpoint)).toBe(true)
    expect(url).toMatch(/X-Amz-Signature=/)
    const direct = await fetch(url)
    expect(direct.status).toBe(200)
    expect((await sharp(Buffer.from(await direct.arrayBuffer())).metadata()).format).toBe('jpeg')
  })

  it('deletes the original and every rendition from the bucket', async () => {
    const doc = await uploadAndProcess(await makeJpeg({ seed: 13 }), 'xoa-khoi-kho.jpg')
    expect((await bucket.list(`renditions/${doc.id}/`)).length).toBe(8)
    const response = await newsroom
      .http()
      .delete(`/api/media/${doc.id}`)
      .set(auth(newsroom.users.editor.token))
    expect(response.status).toBe(200)
    expect(await bucket.list(`renditions/${doc.id}/`)).toEqual([])
    expect(await bucket.exists(doc.filename)).toBe(false)
  })
})
