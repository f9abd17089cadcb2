import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, type Config } from 'payload'

import { dispatchOutbox, enqueueJob, JOB_OUTBOX_SLUG, startWorker } from '../../plugins/jobs'
import { defineJobs } from '../../plugins/jobs/lib/registry'
import { auth, startNewsroom, type TestNewsroom, waitFor } from '../helpers/newsroom'
import { privateRedis, type PrivateRedis } from '../helpers/redisServer'

/** Its own file: Payload pushes the development schema once per process, so one newsroom per suite. */
const ran: string[] = []

function recordJob(config: Config): Config {
  defineJobs(config, [
    {
      queue: 'indexing',
      name: 'record',
      handler: async (data: { key: string }) => {
        ran.push(data.key)
      },
    },
  ] as never)
  return config
}

describe('when Redis is down', () => {
  let redis: PrivateRedis
  let offline: TestNewsroom

  beforeAll(async () => {
    redis = await privateRedis()
    offline = await startNewsroom({ REDIS_URL: redis.url }, { plugins: [recordJob] })
  })
  afterAll(async () => {
    await offline?.stop()
    await redis?.stop()
  })

  it('keeps jobs in the outbox, says so to admins, and runs them once Redis is back', async () => {
    await redis.stop()
    const req = await createLocalReq({}, offline.payload)
    const rowId = await enqueueJob(req, { queue: 'indexing', name: 'record', data: { key: 'outage' } })
    const result = await dispatchOutbox(offline.payload)
    expect(result).toMatchObject({ dispatched: 0, failed: 1 })
    const row = await offline.payload.findByID({ collection: JOB_OUTBOX_SLUG as never, id: rowId, depth: 0 })
    expect(row).toMatchObject({ status: 'pending' })
    expect((row as { lastError: string }).lastError).toMatch(/Không đưa được vào hàng đợi/)

    const admin = auth(offline.users.admin.token)
    const overview = await offline.http().get('/api/jobs/overview').set(admin)
    expect(overview.status).toBe(200)
    expect(overview.body.redis.ok).toBe(false)
    expect(overview.body.outbox.pending).toBe(1)
    const failed = await offline.http().get('/api/jobs/failed').set(admin)
    expect(failed.status).toBe(503)
    expect(failed.body.errors[0].message).toMatch(/Không kết nối được Redis/)

    await redis.start()
    const worker = startWorker(offline.payload, { queues: ['indexing'] })
    try {
      await waitFor(() => ran.includes('outage'), { what: 'the job to run after the outage' })
    } finally {
      await worker.close()
    }
  })
})
