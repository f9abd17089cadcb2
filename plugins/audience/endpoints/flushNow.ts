import type { Endpoint } from 'payload'

import { errorResponse } from '../../../src/lib/httpErrors'
import { queuesFor, waitForRedis } from '../../jobs/lib/queues'
import { FLUSH_JOB_NAME } from '../services/beaconFlush'
import { refuseKeeper } from './http'

/**
 * `POST /api/audience/flush` (managers, admins): asks the worker to move the beacon counts
 * waiting in Redis into the figures now instead of at its next tick. 202: queued.
 */
export const flushNowEndpoint: Endpoint = {
  path: '/audience/flush',
  method: 'post',
  handler: async (req) => {
    const refused = refuseKeeper(req)
    if (refused) return refused
    const queues = queuesFor(req.payload)
    if (!(await waitForRedis(queues, 1_000)))
      return errorResponse(
        503,
        `Hàng đợi không hoạt động (Redis ${queues.describeRedis()} không trả lời); hãy thử lại sau.`,
      )
    try {
      // One waiting flush is enough however many managers ask.
      const job = await queues.get('indexing').add(
        FLUSH_JOB_NAME,
        {},
        {
          jobId: `${FLUSH_JOB_NAME}-${Math.floor(Date.now() / 5000)}`,
          removeOnComplete: 100,
          removeOnFail: 100,
        },
      )
      return Response.json(
        { queued: true, job: job.id, message: 'Đã yêu cầu worker cập nhật số liệu beacon.' },
        { status: 202 },
      )
    } catch (error) {
      return errorResponse(503, `Không đưa được yêu cầu vào hàng đợi (${(error as Error).message}).`)
    }
  },
}
