import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Job } from 'bullmq'

import type { JobContext } from '../../plugins/jobs/types'
import { createLocalReq, type Config, type Payload } from 'payload'

import { dispatchOutbox, enqueueJob, JOB_OUTBOX_SLUG, queuesFor, startWorker } from '../../plugins/jobs'
import { defineJobs } from '../../plugins/jobs/lib/registry'
import { auth, startNewsroom, type TestNewsroom, waitFor } from '../helpers/newsroom'

/** Jobs of the test's own, run by the real worker code: what they do is what the test watches. */
const calls: Array<{ name: string; key: string; at: number; attempt: number }> = []
const failedForGood: string[] = []
let slowMs = 0

function testJobs(config: Config): Config {
  defineJobs(config, [
    {
      queue: 'indexing',
      name: 'record',
      handler: async (data: { key: string }, { job }: JobContext) => {
        calls.push({ name: 'record', key: data.key, at: Date.now(), attempt: job.attemptsMade + 1 })
        return { ok: true }
      },
    },
    {
      queue: 'indexing',
      name: 'flaky',
      handler: async (data: { key: string; failures: number }, { job }: JobContext) => {
        calls.push({ name: 'flaky', key: data.key, at: Date.now(), attempt: job.attemptsMade + 1 })
        if (job.attemptsMade < data.failures) throw new Error(`lỗi tạm thời lần ${job.attemptsMade + 1}`)
        return { ok: true }
      },
      onFailed: async (data: { key: string }) => {
        failedForGood.push(data.key)
      },
    },
    {
      queue: 'indexing',
      name: 'slow',
      handler: async (data: { key: string }, { signal }: JobContext) => {
        calls.push({ name: 'slow-start', key: data.key, at: Date.now(), attempt: 0 })
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, slowMs)
          signal.addEventListener('abort', () => {
            clearTimeout(timer)
            reject(new Error('aborted'))
          })
        })
        calls.push({ name: 'slow-end', key: data.key, at: Date.now(), attempt: 0 })
      },
    },
  ] as never)
  return config
}

async function enqueue(payload: Payload, name: string, data: Record<string, unknown>) {
  const req = await createLocalReq({}, payload)
  return enqueueJob(req, { queue: 'indexing', name, data })
}

const callsFor = (key: string) => calls.filter((call) => call.key === key)

let newsroom: TestNewsroom

beforeAll(async () => {
  newsroom = await startNewsroom({ QUEUE_ATTEMPTS: '3' }, { plugins: [testJobs] })
})
afterAll(async () => {
  await newsroom?.stop()
})

describe('the outbox and the worker', () => {
  it('a job asked for in a hook is written to the outbox, then run by the worker', async () => {
    const rowId = await enqueue(newsroom.payload, 'record', { key: 'first' })
    const row = await newsroom.payload.findByID({ collection: JOB_OUTBOX_SLUG as never, id: rowId, depth: 0 })
    expect(row).toMatchObject({ status: 'pending', queue: 'indexing', name: 'record' })
    const worker = startWorker(newsroom.payload, { queues: ['indexing'] })
    try {
      await waitFor(() => callsFor('first').length === 1, { what: 'the job to run' })
      // The row is marked once Redis has the job, which may be just after the job ran.
      const after = await waitFor(
        async () => {
          const row = await newsroom.payload.findByID({
            collection: JOB_OUTBOX_SLUG as never,
            id: rowId,
            depth: 0,
          })
          return (row as { status?: string }).status === 'dispatched' ? row : undefined
        },
        { what: 'the outbox row to be marked' },
      )
      expect(after).toMatchObject({ status: 'dispatched', jobId: `outbox-${rowId}` })
    } finally {
      await worker.close()
    }
  })

  it('a row pushed twice is still one job', async () => {
    const rowId = await enqueue(newsroom.payload, 'record', { key: 'twice' })
    const queues = queuesFor(newsroom.payload)
    await dispatchOutbox(newsroom.payload, queues)
    // As if a second dispatcher (or a crash before the row was marked) pushed it again.
    await newsroom.payload.update({
      collection: JOB_OUTBOX_SLUG as never,
      id: rowId,
      data: { status: 'pending' } as never,
      overrideAccess: true,
    })
    await dispatchOutbox(newsroom.payload, queues)
    const worker = startWorker(newsroom.payload, { queues: ['indexing'] })
    try {
      await waitFor(() => callsFor('twice').length >= 1, { what: 'the job to run' })
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(callsFor('twice')).toHaveLength(1)
    } finally {
      await worker.close()
    }
  })

  it('a change that is rolled back never starts its job', async () => {
    const req = await createLocalReq({}, newsroom.payload)
    req.transactionID = (await newsroom.payload.db.beginTransaction()) ?? undefined
    const rowId = await enqueueJob(req, { queue: 'indexing', name: 'record', data: { key: 'rolled-back' } })
    await newsroom.payload.db.rollbackTransaction(req.transactionID!)
    const found = await newsroom.payload.find({
      collection: JOB_OUTBOX_SLUG as never,
      where: { id: { equals: rowId } },
      overrideAccess: true,
    })
    expect(found.totalDocs).toBe(0)
  })

  it('retries a failing job with growing delays until it succeeds', async () => {
    await enqueue(newsroom.payload, 'flaky', { key: 'flaky-2', failures: 2 })
    const worker = startWorker(newsroom.payload, { queues: ['indexing'] })
    try {
      await waitFor(() => callsFor('flaky-2').length === 3, { what: 'three attempts' })
      const [first, second, third] = callsFor('flaky-2')
      expect([first!.attempt, second!.attempt, third!.attempt]).toEqual([1, 2, 3])
      // Exponential backoff from 100 ms: about 100 ms, then about 200 ms.
      expect(second!.at - first!.at).toBeGreaterThanOrEqual(90)
      expect(third!.at - second!.at).toBeGreaterThanOrEqual(190)
      expect(failedForGood).not.toContain('flaky-2')
    } finally {
      await worker.close()
    }
  })
})

describe('failed jobs in the admin', () => {
  let failedJobId = ''

  beforeAll(async () => {
    await enqueue(newsroom.payload, 'flaky', { key: 'hopeless', failures: 99 })
    const worker = startWorker(newsroom.payload, { queues: ['indexing'] })
    try {
      await waitFor(() => failedForGood.includes('hopeless'), { what: 'the job to fail for good' })
    } finally {
      await worker.close()
    }
    expect(callsFor('hopeless')).toHaveLength(3)
  })

  it('lists failed jobs with their reason and attempts, to admins only', async () => {
    const anonymous = await newsroom.http().get('/api/jobs/failed')
    expect(anonymous.status).toBe(401)
    const editor = await newsroom.http().get('/api/jobs/failed').set(auth(newsroom.users.editor.token))
    expect(editor.status).toBe(403)
    const response = await newsroom
      .http()
      .get('/api/jobs/failed?queue=indexing')
      .set(auth(newsroom.users.admin.token))
    expect(response.status).toBe(200)
    const job = response.body.docs.find((doc: { data: { key?: string } }) => doc.data.key === 'hopeless')
    expect(job).toMatchObject({ queue: 'indexing', name: 'flaky', attemptsMade: 3, attempts: 3 })
    expect(job.failedReason).toContain('lỗi tạm thời lần 3')
    failedJobId = job.id
    const bad = await newsroom
      .http()
      .get('/api/jobs/failed?queue=khong-co')
      .set(auth(newsroom.users.admin.token))
    expect(bad.status).toBe(400)
  })

  it('shows queue counts and the outbox in the overview', async () => {
    const response = await newsroom.http().get('/api/jobs/overview').set(auth(newsroom.users.admin.token))
    expect(response.status).toBe(200)
    expect(response.body.redis).toEqual({ ok: true })
    const indexing = response.body.queues.find((q: { name: string }) => q.name === 'indexing')
    expect(indexing.counts.failed).toBeGreaterThanOrEqual(1)
    expect(response.body.outbox.pending).toBe(0)
  })

  it('retries a failed job from the start, and drops one', async () => {
    const admin = auth(newsroom.users.admin.token)
    const unknown = await newsroom.http().post('/api/jobs/indexing/nope/retry').set(admin)
    expect(unknown.status).toBe(404)
    const retried = await newsroom.http().post(`/api/jobs/indexing/${failedJobId}/retry`).set(admin)
    expect(retried.status).toBe(200)
    const job = (await queuesFor(newsroom.payload).get('indexing').getJob(failedJobId)) as Job
    expect(['waiting', 'prioritized']).toContain(await job.getState())
    expect(job.attemptsMade).toBe(0)
    const again = await newsroom.http().post(`/api/jobs/indexing/${failedJobId}/retry`).set(admin)
    expect(again.status).toBe(409)
    const worker = startWorker(newsroom.payload, { queues: ['indexing'] })
    try {
      await waitFor(() => failedForGood.filter((key) => key === 'hopeless').length === 2, {
        what: 'the retried job to run its three attempts again',
      })
    } finally {
      await worker.close()
    }
    expect(callsFor('hopeless')).toHaveLength(6)
    const removed = await newsroom.http().delete(`/api/jobs/indexing/${failedJobId}`).set(admin)
    expect(removed.status).toBe(200)
    expect(await queuesFor(newsroom.payload).get('indexing').getJob(failedJobId)).toBeUndefined()
  })
})

describe('shutting the worker down', () => {
  it('lets a running job finish within the grace period', async () => {
    slowMs = 600
    await enqueue(newsroom.payload, 'slow', { key: 'graceful' })
    const worker = startWorker(newsroom.payload, { queues: ['indexing'] })
    await waitFor(() => callsFor('graceful').length === 1, { what: 'the job to start' })
    await worker.close(10_000)
    expect(callsFor('graceful').map((call) => call.name)).toEqual(['slow-start', 'slow-end'])
  })

  it('past the grace period, hands the job back to the queue without spending an attempt', async () => {
    slowMs = 60_000
    const rowId = await enqueue(newsroom.payload, 'slow', { key: 'handed-back' })
    const worker = startWorker(newsroom.payload, { queues: ['indexing'] })
    await waitFor(() => callsFor('handed-back').length === 1, { what: 'the job to start' })
    await worker.close(200)
    const job = (await queuesFor(newsroom.payload).get('indexing').getJob(`outbox-${rowId}`)) as Job
    expect(await job.getState()).toBe('waiting')
    expect(job.attemptsMade).toBe(0)
    slowMs = 10
    const next = startWorker(newsroom.payload, { queues: ['indexing'] })
    try {
      await waitFor(() => callsFor('handed-back').some((call) => call.name === 'slow-end'), {
        what: 'another worker to finish it',
      })
    } finally {
      await next.close()
    }
  })
})
