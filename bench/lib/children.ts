import { type ChildProcess, fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { onExit } from './cleanup'
import type { SeedResult } from './seedStories'

export type ServerRole = 'ours' | 'bare'

export type ChildMessage =
  | { type: 'seeded'; result: SeedResult }
  | { type: 'ready'; port: number }
  | { type: 'error'; message: string }

export type ServerChild = { role: ServerRole; port: number; seed?: SeedResult; stop: () => Promise<void> }

const entry = fileURLToPath(new URL('./serverProcess.ts', import.meta.url))

/** Last lines of a child's output, shown only when it fails (Payload logs a lot at boot). */
function tail(child: ChildProcess, lines = 40): () => string {
  const kept: string[] = []
  const keep = (chunk: Buffer) => {
    kept.push(...chunk.toString().split('\n').filter(Boolean))
    kept.splice(0, Math.max(0, kept.length - lines))
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return () => kept.join('\n')
}

/**
 * Forks serverProcess.ts (with the tsx loader the parent runs under: fork inherits execArgv)
 * and resolves once it listens. Bounded: a child that neither answers nor dies within
 * `timeoutMs` is killed and reported.
 */
export function startServer(options: {
  role: ServerRole
  databaseURL: string
  dataDir: string
  seed?: number
  timeoutMs: number
}): Promise<ServerChild> {
  // Only the seeding boot of ours creates the schema. Every other boot skips the development
  // schema push (the switch Payload's own migrate command uses): a push per boot would drop
  // the what-if indexes, and a collection edited mid-run would stop it at a data-loss prompt.
  const skipPush = !(options.role === 'ours' && options.seed)
  const child = fork(entry, [], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: {
      ...process.env,
      BENCH_ROLE: options.role,
      BENCH_DATABASE_URL: options.databaseURL,
      BENCH_DATA_DIR: options.dataDir,
      BENCH_SEED: String(options.seed ?? 0),
      // Payload otherwise polls for a Next dev server's HMR socket in development mode.
      DISABLE_PAYLOAD_HMR: 'true',
      ...(skipPush && { PAYLOAD_MIGRATING: 'true' }),
    },
  })
  const output = tail(child)
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
  const removeExitHook = onExit(kill)

  const stop = async () => {
    removeExitHook()
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    child.send({ type: 'stop' })
    const timer = setTimeout(kill, 10_000)
    await exited
    clearTimeout(timer)
  }

  return new Promise((resolve, reject) => {
    let seed: SeedResult | undefined
    const fail = (reason: string) => {
      clearTimeout(timer)
      kill()
      removeExitHook()
      const log = output()
      reject(new Error(`${options.role} server: ${reason}${log ? `\n--- last output ---\n${log}` : ''}`))
    }
    const timer = setTimeout(
      () => fail(`not ready within ${Math.round(options.timeoutMs / 1000)} s`),
      options.timeoutMs,
    )
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'seeded') seed = message.result
      else if (message.type === 'error') fail(message.message)
      else if (message.type === 'ready') {
        clearTimeout(timer)
        resolve({ role: options.role, port: message.port, seed, stop })
      }
    })
    child.once('exit', (code, signal) => fail(`exited before it was ready (${signal ?? `code ${code}`})`))
  })
}
