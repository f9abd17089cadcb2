import { fork } from 'node:child_process'
import { appendFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { BenchEnv } from './benchSettings'
import { onExit } from './cleanup'

export type WorkerChild = {
  pid: number
  /** Throws, with the end of its output, if the worker process has died since it started. */
  assertAlive: () => void
  stop: () => Promise<void>
}

const entry = fileURLToPath(new URL('./workerProcess.ts', import.meta.url))

/**
 * Forks workerProcess.ts (the tsx loader is inherited through execArgv) and resolves once its
 * worker has started. Its output is kept (last lines) and shown only if it fails to start.
 */
export function startWorkerChild(options: {
  env: BenchEnv
  queues: string[]
  timeoutMs?: number
}): Promise<WorkerChild> {
  const child = fork(entry, [], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: {
      ...process.env,
      BENCH_WORKER_ENV: JSON.stringify(options.env),
      BENCH_WORKER_QUEUES: options.queues.join(','),
      DISABLE_PAYLOAD_HMR: 'true',
      // The schema exists already: no development push (see children.ts).
      PAYLOAD_MIGRATING: 'true',
    },
  })
  const kept: string[] = []
  // BENCH_WORKER_LOG=<file>: the worker's whole output, for a run that needs explaining.
  const log = process.env.BENCH_WORKER_LOG
  const keep = (chunk: Buffer) => {
    if (log) appendFileSync(log, chunk)
    kept.push(...chunk.toString().split('\n').filter(Boolean))
    kept.splice(0, Math.max(0, kept.length - 40))
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
  const removeExitHook = onExit(kill)
  const stop = async () => {
    removeExitHook()
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    child.send({ type: 'stop' })
    const timer = setTimeout(kill, 20_000)
    await exited
    clearTimeout(timer)
  }
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer)
      kill()
      removeExitHook()
      reject(new Error(`worker: ${reason}${kept.length ? `\n--- last output ---\n${kept.join('\n')}` : ''}`))
    }
    const timer = setTimeout(() => fail('not ready in time'), options.timeoutMs ?? 120_000)
    child.on('message', (message: { type: string; message?: string }) => {
      if (message.type === 'error') fail(message.message ?? 'failed')
      else if (message.type === 'ready') {
        clearTimeout(timer)
        let died: string | undefined
        child.removeAllListeners('exit')
        child.once('exit', (code, signal) => {
          died = `the worker process died (${signal ?? `code ${code}`})\n--- last output ---\n${kept.join('\n')}`
        })
        const assertAlive = () => {
          if (died) throw new Error(died)
        }
        resolve({ pid: child.pid as number, assertAlive, stop })
      }
    })
    child.once('exit', (code, signal) => fail(`exited before it was ready (${signal ?? `code ${code}`})`))
  })
}
