/**
 * The behaviour every MediaStorage must share, run against each implementation from its own
 * *.test.ts so the worker and the serving code can rely on it whichever store is configured.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Readable } from 'node:stream'

import type { MediaStorage } from '../../types'

export type ContractOptions = {
  /** Builds a fresh, empty store; the returned function tears it down. */
  setup: () => Promise<{ storage: MediaStorage; teardown: () => Promise<void> }>
  /** Whether presignedURL gives a fetchable, expiring URL (S3) or undefined (local). */
  presigned: boolean
  /** Size of the big upload; ~60 MB by default so S3 goes through several multipart parts. */
  largeFileBytes?: number
}

export const VIETNAMESE_KEY = 'renditions/12/ảnh-Đà-Nẵng.webp'
const MiB = 1024 * 1024

export async function streamToBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer))
  return Buffer.concat(chunks)
}

async function rejection(promise: Promise<unknown>): Promise<NodeJS.ErrnoException> {
  try {
    await promise
  } catch (error) {
    return error as NodeJS.ErrnoException
  }
  throw new Error('expected a rejection')
}

/** Writes `bytes` of random data chunk by chunk, never holding the whole file. */
async function writeRandomFile(file: string, bytes: number): Promise<string> {
  const hash = createHash('sha256')
  const out = createWriteStream(file)
  for (let left = bytes; left > 0; ) {
    const chunk = randomBytes(Math.min(left, 4 * MiB))
    hash.update(chunk)
    if (!out.write(chunk)) await once(out, 'drain')
    left -= chunk.length
  }
  out.end()
  await once(out, 'finish')
  return hash.digest('hex')
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

export function describeMediaStorageContract(name: string, options: ContractOptions): void {
  describe(`MediaStorage contract: ${name}`, () => {
    let storage: MediaStorage
    let teardown: () => Promise<void>
    let work: string
    let source: (name: string, content: string | Buffer) => Promise<string>

    beforeAll(async () => {
      ;({ storage, teardown } = await options.setup())
      work = await mkdtemp(path.join(tmpdir(), 'storage-contract-'))
      source = async (fileName, content) => {
        const file = path.join(work, fileName)
        await writeFile(file, content)
        return file
      }
    })

    afterAll(async () => {
      await teardown?.()
      if (work) await rm(work, { recursive: true, force: true })
    })

    it('uploads, reports, reads and downloads a file', async () => {
      const file = await source('card.webp', 'webp bytes for the card')
      await storage.upload('renditions/7/cardWebp.webp', file, 'image/webp')

      expect(await storage.exists('renditions/7/cardWebp.webp')).toBe(true)
      const object = await storage.read('renditions/7/cardWebp.webp')
      expect(object.size).toBe(23)
      expect(object.contentType).toBe('image/webp')
      expect((await streamToBuffer(object.body)).toString()).toBe('webp bytes for the card')

      const copy = path.join(work, 'downloads', 'nested', 'card.webp')
      await storage.download('renditions/7/cardWebp.webp', copy)
      expect(await readFile(copy, 'utf8')).toBe('webp bytes for the card')
    })

    it('keeps originals at the bare filename beside renditions', async () => {
      await storage.upload('original.jpg', await source('original.jpg', 'jpeg'), 'image/jpeg')
      expect(await storage.exists('original.jpg')).toBe(true)
      expect(await storage.list('original')).toEqual(['original.jpg'])
    })

    it('replaces an object uploaded again under the same key', async () => {
      await storage.upload('renditions/8/poster.jpg', await source('a.jpg', 'first'), 'image/jpeg')
      await storage.upload('renditions/8/poster.jpg', await source('b.jpg', 'second version'), 'image/jpeg')
      const object = await storage.read('renditions/8/poster.jpg')
      expect((await streamToBuffer(object.body)).toString()).toBe('second version')
    })

    it('stores an empty file', async () => {
      await storage.upload('renditions/8/empty.txt', await source('empty.txt', ''), 'text/plain')
      const object = await storage.read('renditions/8/empty.txt')
      expect(object.size).toBe(0)
      expect((await streamToBuffer(object.body)).length).toBe(0)
    })

    it('handles Vietnamese UTF-8 keys unchanged', async () => {
      const file = await source('anh.webp', 'Đà Nẵng')
      await storage.upload(VIETNAMESE_KEY, file, 'image/webp')
      expect(await storage.exists(VIETNAMESE_KEY)).toBe(true)
      expect(await storage.list('renditions/12/')).toEqual([VIETNAMESE_KEY])
      const object = await storage.read(VIETNAMESE_KEY)
      expect((await streamToBuffer(object.body)).toString()).toBe('Đà Nẵng')
      // The same word in decomposed form is a different key, as it is on S3.
      expect(await storage.exists(VIETNAMESE_KEY.normalize('NFD'))).toBe(false)
    })

    it('reads inclusive byte ranges', async () => {
      await storage.upload('renditions/9/digits.txt', await source('digits.txt', '0123456789'), 'text/plain')
      const middle = await storage.read('renditions/9/digits.txt', { start: 2, end: 5 })
      expect(middle.size).toBe(4)
      expect((await streamToBuffer(middle.body)).toString()).toBe('2345')

      const first = await storage.read('renditions/9/digits.txt', { start: 0, end: 0 })
      expect(first.size).toBe(1)
      expect((await streamToBuffer(first.body)).toString()).toBe('0')

      const last = await storage.read('renditions/9/digits.txt', { start: 9, end: 9 })
      expect((await streamToBuffer(last.body)).toString()).toBe('9')

      // As in HTTP, an end past the object means "to the end".
      const tail = await storage.read('renditions/9/digits.txt', { start: 7, end: 1000 })
      expect(tail.size).toBe(3)
      expect((await streamToBuffer(tail.body)).toString()).toBe('789')

      const beyond = await rejection(storage.read('renditions/9/digits.txt', { start: 10, end: 20 }))
      expect(beyond.code).toBe('ERR_RANGE_NOT_SATISFIABLE')
      const backwards = await rejection(storage.read('renditions/9/digits.txt', { start: 5, end: 2 }))
      expect(backwards.code).toBe('ERR_INVALID_RANGE')
    })

    it('reports missing objects as ENOENT and leaves no download behind', async () => {
      expect(await storage.exists('renditions/404/missing.webp')).toBe(false)
      expect((await rejection(storage.read('renditions/404/missing.webp'))).code).toBe('ENOENT')
      const target = path.join(work, 'missing-download.webp')
      expect((await rejection(storage.download('renditions/404/missing.webp', target))).code).toBe('ENOENT')
      await expect(stat(target)).rejects.toMatchObject({ code: 'ENOENT' })
    })

    it('stores nothing when the source cannot be read', async () => {
      await expect(
        storage.upload('renditions/10/ghost.webp', path.join(work, 'does-not-exist.webp'), 'image/webp'),
      ).rejects.toThrow()
      expect(await storage.exists('renditions/10/ghost.webp')).toBe(false)
      expect(await storage.list('renditions/10/')).toEqual([])
    })

    it('lists keys under a prefix recursively, with S3 string-prefix semantics', async () => {
      const file = await source('x.bin', 'x')
      for (const key of [
        'renditions/20/a.webp',
        'renditions/20/sub/b.webp',
        'renditions/201/c.webp',
        'other/d',
      ]) {
        await storage.upload(key, file, 'application/octet-stream')
      }
      expect(await storage.list('renditions/20/')).toEqual([
        'renditions/20/a.webp',
        'renditions/20/sub/b.webp',
      ])
      expect(await storage.list('renditions/20')).toEqual([
        'renditions/20/a.webp',
        'renditions/20/sub/b.webp',
        'renditions/201/c.webp',
      ])
      expect(await storage.list('renditions/999/')).toEqual([])
      expect(await storage.list('')).toEqual(expect.arrayContaining(['other/d', 'renditions/201/c.webp']))
    })

    it('removes keys, ignoring missing ones', async () => {
      await storage.remove([
        'renditions/20/a.webp',
        'renditions/20/sub/b.webp',
        'renditions/20/never-was.webp',
      ])
      await storage.remove([])
      await storage.remove(['renditions/20/a.webp'])
      expect(await storage.exists('renditions/20/a.webp')).toBe(false)
      expect(await storage.list('renditions/20/')).toEqual([])
      expect(await storage.exists('renditions/201/c.webp')).toBe(true)
    })

    it('removes more keys than one S3 DeleteObjects batch holds', async () => {
      const file = await source('tiny.txt', 't')
      const keys = Array.from({ length: 30 }, (_, i) => `renditions/30/${String(i).padStart(2, '0')}.txt`)
      for (const key of keys) await storage.upload(key, file, 'text/plain')
      const withMissing = [
        ...keys,
        ...Array.from({ length: 1000 }, (_, i) => `renditions/30/missing-${i}.txt`),
      ]
      await storage.remove(withMissing)
      expect(await storage.list('renditions/30/')).toEqual([])
    })

    it('streams a large file up and down intact', async () => {
      const bytes = options.largeFileBytes ?? 60 * MiB + 12_345
      const file = path.join(work, 'large.mp4')
      const digest = await writeRandomFile(file, bytes)
      await storage.upload('renditions/40/large.mp4', file, 'video/mp4')

      const copy = path.join(work, 'large-copy.mp4')
      await storage.download('renditions/40/large.mp4', copy)
      expect((await stat(copy)).size).toBe(bytes)
      expect(await sha256File(copy)).toBe(digest)

      // Across the first 16 MiB part boundary, where a badly stitched multipart upload shows.
      const start = 16 * MiB - 100
      const slice = await storage.read('renditions/40/large.mp4', { start, end: start + 199 })
      const expected = (await readFile(file)).subarray(start, start + 200)
      expect(Buffer.compare(await streamToBuffer(slice.body), expected)).toBe(0)
      await rm(copy)
    })

    if (options.presigned) {
      it('gives a presigned URL that plain fetch can use, with a Vietnamese download name', async () => {
        const url = await storage.presignedURL(VIETNAMESE_KEY, 60, 'ảnh Đà Nẵng.webp')
        expect(url).toEqual(expect.any(String))
        const response = await fetch(url!)
        expect(response.status).toBe(200)
        expect(await response.text()).toBe('Đà Nẵng')
        const disposition = response.headers.get('content-disposition') ?? ''
        expect(disposition).toContain("filename*=UTF-8''%E1%BA%A3nh%20%C4%90%C3%A0%20N%E1%BA%B5ng.webp")
        expect(disposition).toContain('filename="anh Da Nang.webp"')
      })

      it('gives presigned URLs that expire', async () => {
        const url = await storage.presignedURL(VIETNAMESE_KEY, 1)
        await new Promise((resolve) => setTimeout(resolve, 2_100))
        const response = await fetch(url!)
        expect(response.status).toBe(403)
        await response.arrayBuffer()
      })
    } else {
      it('has no presigned URLs', async () => {
        expect(await storage.presignedURL(VIETNAMESE_KEY, 60, 'x.webp')).toBeUndefined()
      })
    }
  })
}
