import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import type { Settings } from '../../src/config/settings'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const ENTRY = 'src/worker/index.ts'

export type WorkerExit = { code: number | null; signal: NodeJS.Signals | null; at: number }

export type WorkerProcess = {
  /** The worker process (node --import tsx), leader of its own process group. */
  child: ChildProcess
  pid: number
  /** Everything the worker wrote on stdout and stderr, without colours. */
  output: () => string
  /** Settles when the worker sends `{ ready: true }`; rejects if it exits (or stays silent) first. */
  ready: (timeoutMs?: number) => Promise<void>
  exited: Promise<WorkerExit>
  running: () => boolean
  /** Waits until the output matches (rejects if the worker exits first). */
  waitForOutput: (pattern: RegExp, timeoutMs?: number) => Promise<string>
  /** A signal to the worker only, as `docker stop` or a process manager sends it. */
  signal: (signal: NodeJS.Signals) => void
  /** A signal to the whole process group (worker and ffmpeg): a container killed outright. */
  signalGroup: (signal: NodeJS.Signals) => void
}

const started = new Set<WorkerProcess>()

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]|\u001b\[2K|\u001b\[1G/g

/**
 * The environment of a worker for the suite's newsroom: its database, folders, secret, Redis and
 * queue prefix, and nothing else from the test process (so no stray CONTENT_EXTRA_LOCALES or S3_*
 * of the developer's shell changes the schema the worker would push). NODE_ENV stays unset, as in
 * `npm run worker` during development.
 */
export function workerEnv(settings: Settings, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {}
  for (const name of ['PATH', 'HOME', 'LANG', 'TMPDIR', 'FFMPEG_PATH', 'FFPROBE_PATH', 'PDFINFO_PATH']) {
    const value = process.env[name]
    if (value) env[name] = value
  }
  return {
    ...env,
    DATABASE_URL: settings.databaseURL,
    DATA_DIR: settings.dataDir,
    MEDIA_DIR: settings.mediaDir,
    PAYLOAD_SECRET: settings.payloadSecret,
    REDIS_URL: settings.redisURL,
    QUEUE_PREFIX: settings.queuePrefix,
    QUEUE_ATTEMPTS: String(settings.queueAttempts),
    QUEUE_BACKOFF_MS: String(settings.queueBackoffMs),
    MAX_IMAGE_PIXELS: String(settings.maxImagePixels),
    SCHEDULER_INTERVAL_SECONDS: '0',
    ...extra,
  }
}

/** Starts `node --import tsx src/worker/index.ts` (what `npm run worker` runs) with an IPC channel. */
export function spawnWorker(env: Record<string, string>, args: string[] = []): WorkerProcess {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
    cwd: ROOT,
    // NODE_ENV left out on purpose (Next's types declare it always set).
    env: env as NodeJS.ProcessEnv,
    // Its own process group, so a test can kill the worker and its ffmpeg at once.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  let text = ''
  const append = (chunk: Buffer) => {
    text += chunk.toString('utf8')
  }
  child.stdout!.on('data', append)
  child.stderr!.on('data', append)
  const output = () => text.replace(ANSI, '')

  const exited = new Promise<WorkerExit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() }))
  })
  let isReady = false
  child.on('message', (message) => {
    if ((message as { ready?: boolean } | null)?.ready) isReady = true
  })

  const worker: WorkerProcess = {
    child,
    pid: child.pid!,
    output,
    exited,
    running: () => child.exitCode === null && child.signalCode === null,
    ready: (timeoutMs = 60_000) =>
      new Promise<void>((resolve, reject) => {
        if (isReady) return resolve()
        const timer = setTimeout(
          () => reject(new Error(`worker not ready after ${timeoutMs} ms:\n${output().slice(-3000)}`)),
          timeoutMs,
        )
        child.on('message', (message) => {
          if ((message as { ready?: boolean } | null)?.ready) {
            clearTimeout(timer)
            resolve()
          }
        })
        void exited.then(({ code, signal }) => {
          clearTimeout(timer)
          reject(
            new Error(`worker exited (${code ?? signal}) before it was ready:\n${output().slice(-3000)}`),
          )
        })
      }),
    waitForOutput: async (pattern, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        const match = output().match(pattern)
        if (match) return match[0]
        if (!worker.running()) break
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      const match = output().match(pattern)
      if (match) return match[0]
      throw new Error(
        `worker output never matched ${pattern} (${worker.running() ? 'still running' : 'exited'}):\n${output().slice(-3000)}`,
      )
    },
    signal: (signal) => {
      if (worker.running()) child.kill(signal)
    },
    signalGroup: (signal) => {
      try {
        process.kill(-child.pid!, signal)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
      }
    },
  }
  started.add(worker)
  void exited.then(() => started.delete(worker))
  return worker
}

/** Kills every worker this suite started (and their ffmpeg), whatever state they are in. */
export async function killAllWorkers(): Promise<void> {
  const workers = [...started]
  for (const worker of workers) worker.signalGroup('SIGKILL')
  await Promise.all(workers.map((worker) => worker.exited))
}

// Last resort if the test process goes away without its afterAll: no orphaned worker keeps
// taking jobs from the shared Redis.
process.once('exit', () => {
  for (const worker of started) worker.signalGroup('SIGKILL')
})

/** Tables, columns and indexes as the database reports them, to compare before and after a boot. */
export async function schemaSnapshot(payload: Payload, db: 'sqlite' | 'postgres'): Promise<string[]> {
  const adapter = payload.db as unknown as {
    drizzle: unknown
    execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Record<string, unknown>[] }>
  }
  const query = async (raw: string) =>
    (await adapter.execute({ drizzle: adapter.drizzle, raw })).rows.map((row) =>
      Object.values({ ...row }).join(' | '),
    )
  if (db === 'sqlite') {
    return query(
      "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
  }
  return [
    ...(await query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' ORDER BY table_name, column_name`,
    )),
    ...(await query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`,
    )),
    ...(await query(
      `SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
       WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`,
    )),
    ...(await query(
      `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_type t
       JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY 1`,
    )),
  ]
}
