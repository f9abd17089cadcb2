/**
 * Child process: the newsroom worker (src/worker's startWorker) on the bench database, for the
 * queues in BENCH_WORKER_QUEUES, with the settings environment in BENCH_WORKER_ENV (JSON). A
 * process of its own, as in production (web and worker apart), so the bench process's own work
 * (publishing, polling) does not share its event loop. Started by workerChild.ts; IPC only.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import path from 'node:path'

import { getPayload } from 'payload'

import { startWorker } from '../../plugins/jobs'
import type { QueueName } from '../../plugins/jobs/types'
import { buildNewsroomConfig } from '../../src/config/buildNewsroomConfig'
import { closePayload } from '../../src/server/closePayload'
import { benchSettings, type BenchEnv } from './benchSettings'

const send = (message: { type: 'ready' } | { type: 'error'; message: string }) => process.send?.(message)

/** BENCH_CPU_PROFILE=<dir>: a V8 CPU profile of the worker's working time (boot excluded), as serverProcess.ts. */
async function startProfile(): Promise<() => Promise<void>> {
  const dir = process.env.BENCH_CPU_PROFILE
  if (!dir) return async () => {}
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  return async () => {
    const { profile } = await session.post('Profiler.stop')
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, `worker-${process.pid}.cpuprofile`), JSON.stringify(profile))
  }
}

async function main() {
  const env = JSON.parse(process.env.BENCH_WORKER_ENV ?? '{}') as BenchEnv
  const queues = (process.env.BENCH_WORKER_QUEUES ?? 'distribution').split(',') as QueueName[]
  const settings = benchSettings(env)
  const payload = await getPayload({ config: buildNewsroomConfig(settings) })
  const stopProfile = await startProfile()
  const worker = startWorker(payload, { queues })
  send({ type: 'ready' })
  process.on('message', async (message: { type?: string }) => {
    if (message?.type !== 'stop') return
    await worker.close(10_000)
    await stopProfile()
    await closePayload(payload)
    process.exit(0)
  })
}

main().catch((error: Error) => {
  send({ type: 'error', message: error.stack ?? error.message })
  process.exit(1)
})
