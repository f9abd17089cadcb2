/**
 * Child process: boots one Payload and serves it on 127.0.0.1 (a free port), either ours
 * (buildNewsroomConfig + createApp: hooks, access rules, audit plugin, Express bridge) or the
 * bare baseline. A process per server keeps the two Payload instances, their DB pools and
 * their heaps apart, and leaves the parent's event loop to the load generator alone.
 * Started by children.ts; talks to it over IPC only.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { Session } from 'node:inspector/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

import { buildNewsroomConfig } from '../../src/config/buildNewsroomConfig'
import { loadSettings } from '../../src/config/settings'
import { createApp } from '../../src/server/createApp'
import { BARE_KEY, buildBareConfig } from './bareConfig'
import type { ChildMessage, ServerRole } from './children'
import { createFetchServer } from './fetchServer'
import { analyzeIfPostgres } from './analyze'
import { seedStories } from './seedStories'

const send = (message: ChildMessage) => process.send?.(message)

/**
 * BENCH_CPU_PROFILE=<dir>: a V8 CPU profile of serving only (boot and seeding excluded), one
 * file per server process, to open in Chrome DevTools or speedscope.
 */
async function startProfile(role: ServerRole): Promise<() => Promise<void>> {
  const dir = process.env.BENCH_CPU_PROFILE
  if (!dir) return async () => {}
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  return async () => {
    const { profile } = await session.post('Profiler.stop')
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, `${role}-${process.pid}.cpuprofile`), JSON.stringify(profile))
  }
}

async function main() {
  const role = process.env.BENCH_ROLE as ServerRole
  const dataDir = process.env.BENCH_DATA_DIR as string
  const settings = loadSettings(
    {
      DATABASE_URL: process.env.BENCH_DATABASE_URL,
      DATA_DIR: dataDir,
      PAYLOAD_SECRET: 'bench-secret-bench-secret-bench-secret-0042',
      SCHEDULER_INTERVAL_SECONDS: '0',
    },
    dataDir,
  )
  let payload: Payload
  let server: Server
  let closeApp = () => {}
  if (role === 'ours') {
    const config = buildNewsroomConfig(settings)
    // Default cache key on purpose: createApp's handleEndpoints looks the instance up under it.
    payload = await getPayload({ config })
    const seed = Number(process.env.BENCH_SEED ?? 0)
    if (seed > 0) {
      const result = await seedStories(payload, seed)
      await analyzeIfPostgres(payload)
      send({ type: 'seeded', result })
    }
    // API-only, as in tests: no Next admin, no scheduler (neither is on the read path).
    const app = createApp({ payload, config, settings })
    closeApp = app.close
    server = app.listen(0, '127.0.0.1')
  } else {
    const config = buildBareConfig(settings)
    payload = await getPayload({ config, key: BARE_KEY })
    server = createFetchServer(config, BARE_KEY).listen(0, '127.0.0.1')
  }
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject))
  const stopProfile = await startProfile(role)
  send({ type: 'ready', port: (server.address() as AddressInfo).port })

  process.on('message', async (message: { type?: string }) => {
    if (message?.type !== 'stop') return
    await stopProfile()
    closeApp()
    server.closeAllConnections()
    server.close()
    await payload.destroy().catch(() => undefined)
    process.exit(0)
  })
}

main().catch((error: Error) => {
  send({ type: 'error', message: error.stack ?? error.message })
  process.exit(1)
})
