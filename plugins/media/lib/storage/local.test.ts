import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createWriteStream, existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { MediaStorage } from '../../types'
import { describeMediaStorageContract, streamToBuffer } from './contract'
import { createLocalStorage, PARTIAL_DIR } from './local'

describeMediaStorageContract('local folder', {
  presigned: false,
  async setup() {
    const root = await mkdtemp(path.join(tmpdir(), 'media-local-'))
    return {
      storage: createLocalStorage(root),
      teardown: () => rm(root, { recursive: true, force: true }),
    }
  },
})

describe('local storage specifics', () => {
  let root: string
  let work: string
  let storage: MediaStorage

  beforeAll(async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'media-local-specifics-'))
    root = path.join(base, 'root')
    work = path.join(base, 'work')
    await mkdir(work, { recursive: true })
    storage = createLocalStorage(root)
  })

  afterAll(async () => {
    await rm(path.dirname(root), { recursive: true, force: true })
  })

  it('rejects keys that would escape the folder', async () => {
    const file = path.join(work, 'evil.txt')
    await writeFile(file, 'evil')
    const bad = [
      '../outside.txt',
      'renditions/../../outside.txt',
      '/etc/passwd',
      'renditions//x.webp',
      './x.webp',
      'renditions\\..\\x',
      'a\u0000b',
      '',
      `${PARTIAL_DIR}/x`,
    ]
    for (const key of bad) {
      await expect(storage.upload(key, file, 'text/plain')).rejects.toMatchObject({
        code: 'ERR_INVALID_MEDIA_KEY',
      })
    }
    await expect(storage.read('../../etc/passwd')).rejects.toMatchObject({ code: 'ERR_INVALID_MEDIA_KEY' })
    await expect(storage.exists('/etc/passwd')).rejects.toMatchObject({ code: 'ERR_INVALID_MEDIA_KEY' })
    await expect(storage.download('../x', path.join(work, 'x'))).rejects.toMatchObject({
      code: 'ERR_INVALID_MEDIA_KEY',
    })
    await expect(storage.remove(['ok.txt', '../x'])).rejects.toMatchObject({ code: 'ERR_INVALID_MEDIA_KEY' })
    await expect(storage.list('../')).rejects.toMatchObject({ code: 'ERR_INVALID_MEDIA_KEY' })
    expect(existsSync(path.join(path.dirname(root), 'outside.txt'))).toBe(false)
  })

  it('never shows a half-written file under its final key', async () => {
    // A FIFO lets the test hold the upload half-way, as a worker killed mid-copy would.
    const fifo = path.join(work, 'slow.fifo')
    execFileSync('mkfifo', [fifo])
    const writer = createWriteStream(fifo)
    const uploading = storage.upload('renditions/50/mp4.mp4', fifo, 'video/mp4')
    try {
      writer.write(Buffer.alloc(64 * 1024, 1))
      // On a loaded machine the copy may take a while to start: wait for its partial file.
      const partials = () => readdir(path.join(root, PARTIAL_DIR)).catch(() => [] as string[])
      for (let waited = 0; (await partials()).length === 0 && waited < 10_000; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50))
      }

      expect(await storage.exists('renditions/50/mp4.mp4')).toBe(false)
      expect(await storage.list('')).not.toContainEqual(expect.stringContaining('mp4'))
      expect(await partials()).toHaveLength(1)
    } finally {
      // Ended even when an expectation fails, so the copy reading the FIFO never blocks a thread.
      writer.end(Buffer.alloc(1024, 2))
    }
    await uploading
    expect((await storage.read('renditions/50/mp4.mp4')).size).toBe(65 * 1024)
    expect(await readdir(path.join(root, PARTIAL_DIR))).toEqual([])
  })

  it('removes rendition folders left empty, but not the root or folders still in use', async () => {
    const file = path.join(work, 'r.webp')
    await writeFile(file, 'r')
    await storage.upload('pruned/60/a.webp', file, 'image/webp')
    await storage.upload('pruned/60/deep/b.webp', file, 'image/webp')
    await storage.upload('pruned/61/c.webp', file, 'image/webp')

    await storage.remove(['pruned/60/a.webp', 'pruned/60/deep/b.webp'])
    expect(existsSync(path.join(root, 'pruned', '60'))).toBe(false)
    expect(existsSync(path.join(root, 'pruned', '61', 'c.webp'))).toBe(true)

    await storage.remove(['pruned/61/c.webp'])
    expect(existsSync(path.join(root, 'pruned'))).toBe(false)
    expect(existsSync(root)).toBe(true)
  })

  it('guesses the content type from the extension', async () => {
    const file = path.join(work, 'x')
    await writeFile(file, 'x')
    await storage.upload('renditions/70/preview.MP3', file, 'audio/mpeg')
    await storage.upload('renditions/70/unknown.xyz', file, 'application/x-whatever')
    expect((await storage.read('renditions/70/preview.MP3')).contentType).toBe('audio/mpeg')
    const unknown = await storage.read('renditions/70/unknown.xyz')
    expect(unknown.contentType).toBeUndefined()
    expect((await streamToBuffer(unknown.body)).toString()).toBe('x')
  })
})
