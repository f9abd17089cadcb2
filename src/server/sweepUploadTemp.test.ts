import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, expect, it } from '@jest/globals'

import { sweepUploadTempFiles } from './sweepUploadTemp'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sweep-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

it('removes only temp files idle for longer than the threshold', async () => {
  const now = Date.now()
  await writeFile(path.join(dir, 'tmp-1-old'), 'x')
  await writeFile(path.join(dir, 'tmp-2-active'), 'x')
  const old = new Date(now - 10 * 60_000)
  await utimes(path.join(dir, 'tmp-1-old'), old, old)
  expect(await sweepUploadTempFiles(dir, 5 * 60_000, now)).toEqual(['tmp-1-old'])
  expect(await readdir(dir)).toEqual(['tmp-2-active'])
})

it('is quiet when the folder does not exist yet', async () => {
  expect(await sweepUploadTempFiles(path.join(dir, 'nope'), 0)).toEqual([])
})
