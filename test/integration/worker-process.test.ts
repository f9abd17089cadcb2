import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Job } from 'bullmq'
import { createLocalReq } from 'payload'

import { enqueueJob, JOB_OUTBOX_SLUG, queuesFor } from '../../plugins/jobs'
import { makeTempDir, makeVideo, removeDir } from '../helpers/mediaFixtures'
import { auth, startNewsroom, type TestNewsroom, waitFor, waitForProcessing } from '../helpers/newsroom'
import {
  killAllWorkers,
  schemaSnapshot,
  spawnWorker,
  workerEnv,
  type WorkerProcess,
} from '../helpers/workerProcess'

/**
 * The real worker process (`tsx src/worker/index.ts`, what `npm run worker` runs) against the
 * suite's newsroom: same database, folders, Redis and queue prefix. The web side (uploads, reads)
 * stays in the test process; only the worker is killed, stopped and started again.
 */
const SHUTDOWN_SECONDS = 20
const LOCK_MS = 2_000

type Rendition = { name: string; key: string }
type MediaDoc = { id: number | string; processing?: { status?: string }; renditions?: Rendition[] }

let newsroom: TestNewsroom
let fixtures: string
let video: string
let schemaBefore: string[]
/** Working folders a killed worker could not remove (its `finally` never ran). */
const leftovers: string[] = []

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const env = (extra: Record<string, string> = {}) =>
  workerEnv(newsroom.settings, {
    QUEUE_LOCK_MS: String(LOCK_MS),
    OUTBOX_POLL_MS: '100',
    WORKER_SHUTDOWN_SECONDS: String(SHUTDOWN_SECONDS),
    ...extra,
  })

function upload(filename: string) {
  return newsroom
    .http()
    .post('/api/media')
    .set(auth(newsroom.users.reporter.token))
    .field('_payload', JSON.stringify({ alt: 'Phóng sự thử nghiệm', credit: 'Phóng viên' }))
    .attach('file', video, { filename, contentType: 'video/mp4' })
}

async function mediaDoc(id: number | string): Promise<MediaDoc> {
  return (await newsroom.payload.findByID({ collection: 'media', id, depth: 0 })) as unknown as MediaDoc
}

/** The BullMQ job the outbox row of this asset became. */
async function mediaJob(mediaId: number | string): Promise<Job> {
  const { docs } = await newsroom.payload.find({
    collection: JOB_OUTBOX_SLUG as never,
    where: { queue: { equals: 'media' } },
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  const row = (docs as unknown as { id: number | string; data?: { mediaId?: unknown } }[]).find(
    (candidate) => String(candidate.data?.mediaId) === String(mediaId),
  )
  if (!row) throw new Error(`no outbox row for media ${mediaId}`)
  const job = await queuesFor(newsroom.payload).get('media').getJob(`outbox-${row.id}`)
  if (!job) throw new Error(`no BullMQ job outbox-${row.id}`)
  return job
}

/** Processes in the worker's process group (Linux /proc): the worker and its ffmpeg. */
function groupProcesses(worker: WorkerProcess): { pid: number; command: string }[] {
  const found: { pid: number; command: string }[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses.
      const close = stat.lastIndexOf(')')
      const [state, , pgrp] = stat.slice(close + 2).split(' ')
      // A zombie is dead already, only not yet reaped by its new parent.
      if (Number(pgrp) === worker.pid && state !== 'Z')
        found.push({ pid: Number(entry), command: stat.slice(stat.indexOf('(') + 1, close) })
    } catch {
      // gone in between
    }
  }
  return found
}

const ffmpegRunning = (worker: WorkerProcess) =>
  groupProcesses(worker).some((entry) => entry.command === 'ffmpeg')

/** The job's working folder, read from the running ffmpeg's output argument (`<workDir>/video.mp4`). */
function ffmpegWorkDirs(worker: WorkerProcess): string[] {
  return groupProcesses(worker)
    .filter((entry) => entry.command === 'ffmpeg')
    .flatMap((entry) => readFileSync(`/proc/${entry.pid}/cmdline`, 'utf8').split('\0'))
    .filter((arg) => arg.endsWith(`${path.sep}video.mp4`))
    .map((arg) => path.dirname(arg))
}

/** Every file under a folder, as paths relative to it. */
function filesUnder(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
      .sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/** Uploads the video and waits until a worker has started transcoding it (ffmpeg running). */
async function uploadAndWaitForTranscode(worker: WorkerProcess, filename: string) {
  const response = await upload(filename)
  expect(response.status).toBe(201)
  const id = response.body.doc.id as number | string
  await waitFor(async () => (await mediaDoc(id)).processing?.status === 'processing', {
    timeoutMs: 30_000,
    intervalMs: 50,
    what: `media ${id} to be processing`,
  })
  await waitFor(() => ffmpegRunning(worker), { timeoutMs: 10_000, intervalMs: 50, what: 'ffmpeg to run' })
  return id
}

function expectOneSetOfRenditions(doc: MediaDoc) {
  const prefix = `renditions/${doc.id}/`
  const renditions = doc.renditions ?? []
  const names = renditions.map((rendition) => rendition.name)
  expect([...names].sort()).toEqual(['mp4', 'poster'])
  expect(new Set(names).size).toBe(names.length)
  for (const rendition of renditions) expect(rendition.key.startsWith(prefix)).toBe(true)
  const root = path.join(newsroom.settings.mediaDir, 'files')
  // Exactly the files the document names: no second copy, no half-written leftover under a final key.
  expect(filesUnder(path.join(root, prefix))).toEqual(
    renditions.map((rendition) => rendition.key.slice(prefix.length)).sort(),
  )
  // The killed worker was transcoding, not writing to storage: nothing unfinished either.
  expect(filesUnder(path.join(root, '.partial'))).toEqual([])
}

beforeAll(async () => {
  newsroom = await startNewsroom()
  fixtures = await makeTempDir('worker-process-')
  // 1280×720 for 10 s: a few seconds of transcoding, long enough to kill or stop a worker mid-job.
  video = await makeVideo(path.join(fixtures, 'phong-su.mp4'), { seconds: 10, width: 1280, height: 720 })
  schemaBefore = await schemaSnapshot(newsroom.payload, newsroom.db)
}, 120_000)

afterAll(async () => {
  await killAllWorkers()
  await newsroom?.stop()
  if (fixtures) await removeDir(fixtures)
  for (const dir of leftovers) await removeDir(dir)
}, 60_000)

describe('the worker process', () => {
  let first: WorkerProcess
  let second: WorkerProcess

  it('boots on the schema the web process pushed and leaves it as it is', async () => {
    expect(schemaBefore.filter((line) => line.includes('media')).length).toBeGreaterThan(5)
    const users = await newsroom.payload.count({ collection: 'users' })
    first = spawnWorker(env())
    await first.ready()
    await first.waitForOutput(/worker: hàng đợi media/)
    // Development mode pushes the schema on boot: on a database that already has it, a no-op.
    expect(first.output()).not.toMatch(/Warnings detected during schema push|DATA LOSS/)
    expect(await schemaSnapshot(newsroom.payload, newsroom.db)).toEqual(schemaBefore)
    expect(await newsroom.payload.count({ collection: 'users' })).toEqual(users)
  }, 90_000)

  it('killed mid-transcode (SIGKILL): a new worker takes the job over once the lock expires', async () => {
    const id = await uploadAndWaitForTranscode(first, 'phong-su-bi-ngat.mp4')
    leftovers.push(...ffmpegWorkDirs(first))
    first.signalGroup('SIGKILL')
    expect((await first.exited).signal).toBe('SIGKILL')
    // The worker and its ffmpeg both went: no orphan goes on transcoding.
    await waitFor(() => groupProcesses(first).length === 0, { timeoutMs: 5_000, what: 'the group to go' })
    // Nobody finished it: still "processing", the job still active under the dead worker's lock.
    expect((await mediaDoc(id)).processing?.status).toBe('processing')
    expect(await (await mediaJob(id)).getState()).toBe('active')

    second = spawnWorker(env())
    await second.ready()
    const done = (await waitForProcessing(newsroom, id, 60_000)) as unknown as MediaDoc
    expect(done.processing?.status).toBe('ready')
    expectOneSetOfRenditions(done)

    // The renditions are saved inside the job; BullMQ marks it completed a moment after it returns.
    const job = await waitFor(
      async () => {
        const current = await mediaJob(id)
        return (await current.getState()) === 'completed' && current
      },
      { timeoutMs: 15_000, what: 'the job to be marked completed' },
    )
    // BullMQ saw the stall: started twice, and the crash did not cost one of its attempts.
    expect(job.attemptsStarted).toBeGreaterThanOrEqual(2)
    expect(job.stalledCounter).toBeGreaterThanOrEqual(1)
    expect(job.attemptsMade).toBe(1)
    expect(await schemaSnapshot(newsroom.payload, newsroom.db)).toEqual(schemaBefore)
  }, 120_000)

  it('stopped mid-transcode (SIGTERM): the job finishes, then the worker exits 0 in time', async () => {
    expect(second.running()).toBe(true)
    const id = await uploadAndWaitForTranscode(second, 'phong-su-dung-em.mp4')
    const signalledAt = Date.now()
    // To the worker only, as `docker stop` does through tini.
    second.signal('SIGTERM')
    const exit = await second.exited
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null })
    expect(exit.at - signalledAt).toBeLessThan(SHUTDOWN_SECONDS * 1000)
    expect(second.output()).toMatch(/SIGTERM: worker finishing running jobs/)
    await waitFor(() => groupProcesses(second).length === 0, { timeoutMs: 5_000, what: 'the group to go' })

    const doc = await mediaDoc(id)
    expect(doc.processing?.status).toBe('ready')
    expectOneSetOfRenditions(doc)
    const job = await mediaJob(id)
    expect(await job.getState()).toBe('completed')
    expect(job.attemptsStarted).toBe(1)
  }, 90_000)
})

describe('a worker that cannot reach Redis', () => {
  beforeAll(async () => {
    // Nothing else may push the outbox while this one cannot.
    await killAllWorkers()
  })

  it('keeps running, says why, keeps the outbox, and stops cleanly on SIGTERM', async () => {
    const req = await createLocalReq({}, newsroom.payload)
    const rowId = await enqueueJob(req, {
      queue: 'media',
      name: 'process',
      data: { mediaId: 'khong-ton-tai', generation: 1 },
    })
    const shutdownSeconds = 2
    const offline = spawnWorker(
      env({ REDIS_URL: 'redis://127.0.0.1:1', WORKER_SHUTDOWN_SECONDS: String(shutdownSeconds) }),
    )
    await offline.ready()
    await offline.waitForOutput(/không kết nối được Redis \(redis:\/\/127\.0\.0\.1:1\)/)
    await offline.waitForOutput(/ECONNREFUSED 127\.0\.0\.1:1/)
    // Its connection errors came and went (ioredis retries every 2 s at most): still up.
    await sleep(2_500)
    expect(offline.running()).toBe(true)
    const row = await newsroom.payload.findByID({
      collection: JOB_OUTBOX_SLUG as never,
      id: rowId,
      depth: 0,
      overrideAccess: true,
    })
    expect(row).toMatchObject({ status: 'pending' })
    expect((row as { lastError?: string }).lastError).toMatch(/Không đưa được vào hàng đợi/)

    const signalledAt = Date.now()
    offline.signal('SIGTERM')
    const exit = await offline.exited
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null })
    // Nothing was running, so nothing to wait for: well within its shutdown allowance.
    expect(exit.at - signalledAt).toBeLessThan((shutdownSeconds + 3) * 1000)
    expect(offline.output()).not.toMatch(/Unhandled|uncaught/i)
  }, 90_000)
})
