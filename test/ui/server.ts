import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { Redis } from 'ioredis'

export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type RunningServer = {
  url: string
  dataDir: string
  output: () => string
  stop: () => Promise<void>
  /**
   * Runs the worker (`npm run worker -- --queues …`) beside the server, on the same data and queue
   * prefix, as production does; resolves once it takes jobs, and is stopped with the server.
   */
  startWorker: (queues: string[]) => Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/** The built admin is a precondition, not an optional extra: a missing build fails the suite. */
export function assertAdminBuilt(): void {
  if (!existsSync(path.join(rootDir, '.next', 'BUILD_ID'))) {
    throw new Error(
      'The admin UI is not built (.next/BUILD_ID is missing): run `npm run build` first (`npm test` does).',
    )
  }
}

/**
 * The real server as users run it (`npm start`): production mode, the built admin, first-start
 * seed, on its own port and throw-away data folder. The scheduler is off so nothing changes
 * stories behind the test's back.
 */
export async function startServer(timeoutMs: number): Promise<RunningServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const dataDir = mkdtempSync(path.join(tmpdir(), 'toasoan-ui-'))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    SERVER_URL: url,
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, 'newsroom.db')}`,
    MEDIA_DIR: path.join(dataDir, 'media'),
    SEED_ON_START: 'true',
    SCHEDULER_INTERVAL_SECONDS: '0',
    QUEUE_PREFIX: `ui-test-${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/index.ts'], {
    cwd: rootDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let worker: { child: ChildProcess; exited: Promise<void> } | undefined

  const server: RunningServer = {
    url,
    dataDir,
    output: () => log,
    stop: async () => {
      if (worker) await stopChild(worker.child, worker.exited)
      await stopChild(child, exited)
      rmSync(dataDir, { recursive: true, force: true })
      await forgetQueues(env.REDIS_URL || 'redis://127.0.0.1:6379', env.QUEUE_PREFIX!)
    },
    startWorker: async (queues) => {
      if (worker) throw new Error('The worker is already running')
      worker = await startWorkerProcess(env, queues, keep, timeoutMs)
    },
  }
  try {
    await waitForHealth(url, child, timeoutMs)
  } catch (error) {
    await server.stop()
    throw new Error(`${(error as Error).message}\n--- server output ---\n${log}`)
  }
  return server
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The server exited with code ${child.exitCode} before /healthz answered`)
    const ok = await fetch(`${url}/healthz`).then(
      (res) => res.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`/healthz did not answer 200 within ${timeoutMs / 1000} s`)
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}

/** The worker entry point as `npm run worker` runs it; resolves once it says it is taking jobs. */
async function startWorkerProcess(
  env: NodeJS.ProcessEnv,
  queues: string[],
  keep: (chunk: Buffer) => void,
  timeoutMs: number,
): Promise<{ child: ChildProcess; exited: Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/worker/index.ts', '--queues', queues.join(',')],
    {
      cwd: rootDir,
      env,
      // The IPC channel carries the worker's `{ ready: true }`.
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  )
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs)
    child.on('message', (message: { ready?: boolean }) => {
      if (!message?.ready) return
      clearTimeout(timer)
      resolve(true)
    })
    child.once('exit', () => {
      clearTimeout(timer)
      resolve(false)
    })
  })
  if (!ready) {
    await stopChild(child, exited)
    throw new Error(`The worker (queues ${queues.join(', ')}) did not start within ${timeoutMs / 1000} s`)
  }
  return { child, exited }
}

/** The queues' keys under this server's prefix: the shared Redis keeps no trace of the run. */
async function forgetQueues(redisURL: string, prefix: string): Promise<void> {
  const redis = new Redis(redisURL, { lazyConnect: true, connectTimeout: 2000, retryStrategy: () => null })
  try {
    await redis.connect()
    const keys: string[] = []
    for await (const batch of redis.scanStream({ match: `${prefix}:*`, count: 500 }))
      keys.push(...(batch as string[]))
    if (keys.length) await redis.del(...keys)
  } catch {
    // Redis down: nothing could have been queued there either.
  } finally {
    redis.disconnect()
  }
}
