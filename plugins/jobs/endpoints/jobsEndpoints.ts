import type { Job } from 'bullmq'
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../../../src/access'
import { errorResponse } from '../../../src/lib/httpErrors'
import { JOB_OUTBOX_SLUG } from '../collections/JobOutbox'
import { queuesFor, type QueueSet, waitForRedis } from '../lib/queues'
import { QUEUE_NAMES, type QueueName } from '../types'

const json = (status: number, body: unknown) => Response.json(body, { status })

function refuse(req: PayloadRequest): Response | undefined {
  if (!req.user) return errorResponse(401, 'Cần đăng nhập.')
  if (!hasRole(req, 'admin')) return errorResponse(403, 'Chỉ quản trị viên được xem và điều khiển hàng đợi.')
  return undefined
}

async function redisOrError(req: PayloadRequest): Promise<QueueSet | Response> {
  const queues = queuesFor(req.payload)
  if (await waitForRedis(queues)) return queues
  return errorResponse(
    503,
    `Không kết nối được Redis (${queues.describeRedis()}): hàng đợi tạm thời không điều khiển được. Các tệp đã tải lên vẫn được giữ và sẽ được xử lý khi Redis hoạt động lại.`,
  )
}

function queueParam(value: unknown): QueueName | undefined {
  return QUEUE_NAMES.includes(value as QueueName) ? (value as QueueName) : undefined
}

async function outboxSummary(req: PayloadRequest) {
  const { docs, totalDocs } = await req.payload.find({
    collection: JOB_OUTBOX_SLUG as never,
    where: { status: { equals: 'pending' } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const oldest = docs[0] as { createdAt?: string; lastError?: string } | undefined
  return { pending: totalDocs, oldestPendingAt: oldest?.createdAt, lastError: oldest?.lastError ?? undefined }
}

const overview: Endpoint = {
  path: '/jobs/overview',
  method: 'get',
  handler: async (req) => {
    const refused = refuse(req)
    if (refused) return refused
    const outbox = await outboxSummary(req)
    const queues = queuesFor(req.payload)
    if (!(await waitForRedis(queues))) {
      return json(200, {
        redis: { ok: false, error: `Không kết nối được Redis (${queues.describeRedis()}).` },
        queues: [],
        outbox,
      })
    }
    try {
      const counts = await Promise.all(
        QUEUE_NAMES.map(async (name) => ({
          name,
          counts: await queues
            .get(name)
            .getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'),
        })),
      )
      return json(200, { redis: { ok: true }, queues: counts, outbox })
    } catch (failure) {
      return json(200, { redis: { ok: false, error: (failure as Error).message }, queues: [], outbox })
    }
  },
}

function describeFailedJob(queue: QueueName, job: Job) {
  return {
    queue,
    id: job.id,
    name: job.name,
    data: job.data,
    failedReason: job.failedReason,
    attemptsMade: job.attemptsMade,
    attempts: job.opts.attempts ?? 1,
    createdAt: new Date(job.timestamp).toISOString(),
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : undefined,
  }
}

const failed: Endpoint = {
  path: '/jobs/failed',
  method: 'get',
  handler: async (req) => {
    const refused = refuse(req)
    if (refused) return refused
    const url = new URL(req.url ?? '', 'http://localhost')
    const requested = url.searchParams.get('queue')
    const only = requested ? queueParam(requested) : undefined
    if (requested && !only)
      return errorResponse(400, `Hàng đợi "${requested}" không tồn tại (${QUEUE_NAMES.join(', ')}).`)
    const page = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1)
    const limit = Math.min(100, Math.max(1, Number.parseInt(url.searchParams.get('limit') ?? '20', 10) || 20))
    const queues = await redisOrError(req)
    if (queues instanceof Response) return queues
    const names = only ? [only] : [...QUEUE_NAMES]
    // Few failures are expected: gather them per queue, newest first, then page the merged list.
    const all = (
      await Promise.all(
        names.map(async (name) =>
          (await queues.get(name).getFailed(0, 999))
            .filter(Boolean)
            .map((job) => describeFailedJob(name, job)),
        ),
      )
    )
      .flat()
      .sort((a, b) => (b.failedAt ?? b.createdAt).localeCompare(a.failedAt ?? a.createdAt))
    return json(200, {
      docs: all.slice((page - 1) * limit, page * limit),
      totalDocs: all.length,
      page,
      limit,
    })
  },
}

async function findJob(req: PayloadRequest): Promise<{ job: Job } | Response> {
  const queue = queueParam(req.routeParams?.queue)
  if (!queue) return errorResponse(404, `Hàng đợi "${String(req.routeParams?.queue)}" không tồn tại.`)
  const queues = await redisOrError(req)
  if (queues instanceof Response) return queues
  const id = String(req.routeParams?.id ?? '')
  const job = await queues.get(queue).getJob(id)
  if (!job) return errorResponse(404, `Không tìm thấy công việc "${id}" trong hàng đợi ${queue}.`)
  return { job }
}

const retry: Endpoint = {
  path: '/jobs/:queue/:id/retry',
  method: 'post',
  handler: async (req) => {
    const refused = refuse(req)
    if (refused) return refused
    const found = await findJob(req)
    if (found instanceof Response) return found
    if (!(await found.job.isFailed())) return errorResponse(409, 'Chỉ thử lại được công việc đã lỗi.')
    await found.job.retry('failed', { resetAttemptsMade: true })
    return json(200, { ok: true, id: found.job.id })
  },
}

const remove: Endpoint = {
  path: '/jobs/:queue/:id',
  method: 'delete',
  handler: async (req) => {
    const refused = refuse(req)
    if (refused) return refused
    const found = await findJob(req)
    if (found instanceof Response) return found
    if (await found.job.isActive()) return errorResponse(409, 'Công việc đang chạy, không bỏ được.')
    await found.job.remove()
    return json(200, { ok: true, id: found.job.id })
  },
}

export const jobsEndpoints: Endpoint[] = [overview, failed, retry, remove]
