import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, expect, it } from '@jest/globals'

import { sweepIdleEntries } from './sweepIdle'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sweep-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const age = async (entry: string, minutes: number, now: number) => {
  const when = new Date(now - minutes * 60_000)
  await utimes(path.join(dir, entry), when, when)
}

it('removes only entries idle for longer than the threshold', async () => {
  const now = Date.now()
  await writeFile(path.join(dir, 'tmp-1-old'), 'x')
  await writeFile(path.join(dir, 'tmp-2-active'), 'x')
  await age('tmp-1-old', 10, now)
  expect(await sweepIdleEntries(dir, 5 * 60_000, { now })).toEqual(['tmp-1-old'])
  expect(await readdir(dir)).toEqual(['tmp-2-active'])
})

it('removes left-behind folders with their contents, and only those with the prefix', async () => {
  const now = Date.now()
  await mkdir(path.join(dir, 'toasoan-media-12-abc'))
  await writeFile(path.join(dir, 'toasoan-media-12-abc', 'mp4.mp4'), 'half a transcode')
  await mkdir(path.join(dir, 'someone-elses'))
  await age('toasoan-media-12-abc', 24 * 60, now)
  await age('someone-elses', 24 * 60, now)
  expect(await sweepIdleEntries(dir, 60_000, { prefix: 'toasoan-media-', now })).toEqual([
    'toasoan-media-12-abc',
  ])
  expect(await readdir(dir)).toEqual(['someone-elses'])
})

it('is quiet when the folder does not exist yet', async () => {
  expect(await sweepIdleEntries(path.join(dir, 'nope'), 0)).toEqual([])
})
