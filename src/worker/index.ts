import { tmpdir } from 'node:os'

import { getPayload } from 'payload'

import { redactRedisURL } from '../../plugins/jobs/lib/connection'
import { startWorker } from '../../plugins/jobs/lib/startWorker'
import { WORK_DIR_PREFIX } from '../../plugins/media/jobs/processMedia'
import { QUEUE_NAMES, type QueueName } from '../../plugins/jobs/types'
import config from '../payload.config'
import { loadSettings, SettingsError } from '../config/settings'
import { sweepIdleEntries } from '../lib/sweepIdle'
import { closePayload } from '../server/closePayload'

/**
 * The worker process (`npm run worker`): renditions, transcodes, AI calls and deliveries run here,
 * never in the web process. `--queues media,ai` limits it to some queues (scale them apart).
 */
function queuesFromArgs(argv: string[]): QueueName[] | undefined {
  const index = argv.indexOf('--queues')
  if (index === -1) return undefined
  const names = (argv[index + 1] ?? '').split(',').filter(Boolean)
  const unknown = names.filter((name) => !QUEUE_NAMES.includes(name as QueueName))
  if (unknown.length || names.length === 0) {
    throw new SettingsError([
      `--queues: use some of ${QUEUE_NAMES.join(', ')} (got "${argv[index + 1] ?? ''}")`,
    ])
  }
  return names as QueueName[]
}

async function main() {
  const settings = loadSettings()
  const queues = queuesFromArgs(process.argv)
  const payload = await getPayload({ config })
  // A worker killed mid-transcode leaves its work folder behind; no job runs for half a day.
  const swept = await sweepIdleEntries(tmpdir(), 12 * 3600_000, { prefix: WORK_DIR_PREFIX })
  if (swept.length)
    payload.logger.info(`Đã xoá ${swept.length} thư mục làm việc bị bỏ lại: ${swept.join(', ')}`)
  const worker = startWorker(payload, { queues })
  payload.logger.info(
    `Tòa soạn hội tụ — worker: hàng đợi ${worker.queues.join(', ')} trên ${redactRedisURL(settings.redisURL)} (pid ${process.pid})`,
  )
  if (process.send) process.send({ ready: true })

  let stopping = false
  const shutdown = async (signal: string) => {
    if (stopping) return
    stopping = true
    payload.logger.info(
      `${signal}: worker finishing running jobs (up to ${settings.workerShutdownSeconds} s)`,
    )
    await worker.close(settings.workerShutdownSeconds * 1000)
    await closePayload(payload)
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

main().catch((error) => {
  if (error instanceof SettingsError) console.error(error.message)
  else console.error(error)
  process.exit(1)
})
