import { createReadStream, createWriteStream, existsSync, readdirSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { request } from 'node:http'
import path from 'node:path'
import { once } from 'node:events'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { sweepIdleEntries } from '../../src/lib/sweepIdle'
import { makeTempDir, removeDir } from '../helpers/mediaFixtures'
import { uploadMedia } from '../helpers/mediaUpload'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'

const LIMIT = 64 * 1024 * 1024
let newsroom: TestNewsroom
let tmp: string

beforeAll(async () => {
  newsroom = await startNewsroom({ MAX_UPLOAD_BYTES: String(LIMIT) })
  tmp = await makeTempDir()
})
afterAll(async () => {
  await newsroom?.stop()
  if (tmp) await removeDir(tmp)
})

/** A valid WAV of silence, written in chunks so the test itself never holds it in memory. */
async function silentWav(file: string, bytes: number): Promise<string> {
  const dataBytes = bytes - 44
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + dataBytes, 4)
  header.write('WAVEfmt ', 8)
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20) // PCM
  header.writeUInt16LE(2, 22) // stereo
  header.writeUInt32LE(44_100, 24)
  header.writeUInt32LE(44_100 * 4, 28)
  header.writeUInt16LE(4, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36)
  header.writeUInt32LE(dataBytes, 40)
  const out = createWriteStream(file)
  out.write(header)
  const chunk = Buffer.alloc(1024 * 1024)
  for (let left = dataBytes; left > 0; left -= chunk.length) {
    if (!out.write(left >= chunk.length ? chunk : chunk.subarray(0, left))) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return file
}

/** Peak resident memory of this process (server and client both live here) while `work` runs. */
async function peakRssDuring<T>(work: () => Promise<T>): Promise<{ result: T; growthMB: number }> {
  global.gc?.()
  const before = process.memoryUsage().rss
  let peak = before
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 5)
  try {
    const result = await work()
    return { result, growthMB: (peak - before) / 1024 / 1024 }
  } finally {
    clearInterval(timer)
  }
}

/**
 * A multipart upload over plain http that stops sending as soon as the server answers, as a browser
 * does: the server refuses mid-stream, and a client that kept writing would only see a broken pipe.
 */
async function rawMultipartUpload(file: string, filename: string, type: string) {
  const server = newsroom.app.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  const boundary = `----toasoan${Date.now()}`
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
      `Content-Type: ${type}\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  const size = (await stat(file)).size
  try {
    return await new Promise<{ status: number; body: { errors: Array<{ message: string }> } }>(
      (resolve, reject) => {
        const req = request({
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/media',
          headers: {
            authorization: `JWT ${newsroom.users.reporter.token}`,
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'content-length': String(head.length + size + tail.length),
          },
        })
        const source = createReadStream(file)
        req.on('response', (res) => {
          source.unpipe(req)
          source.destroy()
          let text = ''
          res.on('data', (chunk: Buffer) => (text += chunk.toString()))
          res.on('end', () => {
            req.destroy()
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) })
          })
        })
        req.on('error', (error) => {
          if (!['EPIPE', 'ECONNRESET'].includes((error as NodeJS.ErrnoException).code ?? '')) reject(error)
        })
        req.write(head)
        source.on('end', () => req.end(tail))
        source.pipe(req, { end: false })
      },
    )
  } finally {
    server.close()
  }
}

const uploadsTempDir = () => newsroom.settings.uploadTempDir
const tempFiles = () => (existsSync(uploadsTempDir()) ? readdirSync(uploadsTempDir()) : [])

describe('upload size', () => {
  it('streams a large upload to disk: memory stays flat', async () => {
    const file = await silentWav(path.join(tmp, 'ban-tin-dai.wav'), 56 * 1024 * 1024)
    const { result, growthMB } = await peakRssDuring(() =>
      uploadMedia(newsroom, file, 'ban-tin-dai.wav', {}, 'audio/wav'),
    )
    expect(result.status).toBe(201)
    expect(result.body.doc.filesize).toBe(56 * 1024 * 1024)
    // A buffered upload would add at least the file's 56 MB (and usually twice that).
    expect(growthMB).toBeLessThan(40)
    await sweepIdleEntries(uploadsTempDir(), 0)
    expect(tempFiles()).toEqual([])
  })

  it('refuses an upload over MAX_UPLOAD_BYTES with 413, keeping nothing', async () => {
    const before = (await newsroom.payload.count({ collection: 'media' })).totalDocs
    const file = await silentWav(path.join(tmp, 'qua-lon.wav'), LIMIT + 4 * 1024 * 1024)
    const response = await rawMultipartUpload(file, 'qua-lon.wav', 'audio/wav')
    expect(response.status).toBe(413)
    expect(response.body.errors[0].message).toMatch(/vượt giới hạn 64 MB \(MAX_UPLOAD_BYTES\)/)
    expect((await newsroom.payload.count({ collection: 'media' })).totalDocs).toBe(before)
    // The cut-off temp file is left to the server's sweeper, which removes idle ones.
    await sweepIdleEntries(uploadsTempDir(), 0)
    expect(tempFiles()).toEqual([])
  })
})
