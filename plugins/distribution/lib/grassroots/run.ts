/**
 * Runs the audio tools (espeak-ng, lame, ffmpeg) without a shell, with a time limit and the job's
 * abort signal, keeping only the end of stderr for the error message.
 */
import { spawn } from 'node:child_process'
import { constants } from 'node:fs'
import { access } from 'node:fs/promises'
import path from 'node:path'

const STDERR_TAIL_BYTES = 4096

export type ProgramFailure = 'missing' | 'failed' | 'timeout' | 'aborted'

export class ProgramError extends Error {
  readonly failure: ProgramFailure
  readonly program: string
  readonly stderrTail: string

  constructor(program: string, failure: ProgramFailure, message: string, stderrTail = '', cause?: unknown) {
    super(message, { cause })
    this.name = 'ProgramError'
    this.program = program
    this.failure = failure
    this.stderrTail = stderrTail
  }
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * The program's absolute path: `override` when given (an operator's *_PATH variable, or a test),
 * else the first match on PATH; undefined when it is not installed.
 */
export async function findExecutable(name: string, override?: string): Promise<string | undefined> {
  if (override !== undefined) return (await isExecutable(override)) ? override : undefined
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue
    const candidate = path.join(dir, name)
    if (await isExecutable(candidate)) return candidate
  }
  return undefined
}

/** Last lines of stderr, without the server's file paths (they mean nothing to the newsroom). */
export function stderrSummary(stderr: string, hidePaths: string[] = [], lines = 2): string {
  let text = stderr
  for (const hidden of hidePaths) if (hidden) text = text.replaceAll(hidden, 'tệp')
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-lines)
    .join(' | ')
}

export type RunOptions = { timeoutMs: number; signal?: AbortSignal; cwd?: string }

export async function runProgram(executable: string, args: string[], options: RunOptions): Promise<void> {
  const program = path.basename(executable)
  if (options.signal?.aborted) {
    throw new ProgramError(program, 'aborted', `Đã huỷ trước khi chạy ${program}.`, '', options.signal.reason)
  }
  await new Promise<void>((resolve, reject) => {
    const child = spawn(executable, args, {
      cwd: options.cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      shell: false,
    })
    let stderr = Buffer.alloc(0)
    let stopped: ProgramError | undefined
    let settled = false

    const stop = (error: ProgramError) => {
      if (stopped) return
      stopped = error
      child.kill('SIGKILL')
    }
    const onAbort = () =>
      stop(
        new ProgramError(program, 'aborted', `Đã huỷ khi đang chạy ${program}.`, '', options.signal?.reason),
      )
    options.signal?.addEventListener('abort', onAbort, { once: true })
    const timer = setTimeout(
      () =>
        stop(
          new ProgramError(
            program,
            'timeout',
            `${program} chạy quá ${Math.round(options.timeoutMs / 100) / 10} giây và đã bị dừng (timed out).`,
            stderr.toString('utf8'),
          ),
        ),
      options.timeoutMs,
    )
    const finish = (error?: Error) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
      if (error) reject(error)
      else resolve()
    }

    child.stderr.on('data', (chunk: Buffer) => {
      stderr = Buffer.concat([stderr, chunk])
      if (stderr.length > STDERR_TAIL_BYTES) stderr = stderr.subarray(stderr.length - STDERR_TAIL_BYTES)
    })
    child.on('error', (error: NodeJS.ErrnoException) => {
      const missing = error.code === 'ENOENT' || error.code === 'EACCES'
      finish(
        stopped ??
          new ProgramError(
            program,
            missing ? 'missing' : 'failed',
            missing ? `Không chạy được ${program} (${error.code}).` : `${program} lỗi: ${error.message}`,
            '',
            error,
          ),
      )
    })
    child.on('close', (code, signal) => {
      const tail = stderr.toString('utf8')
      if (stopped) finish(stopped)
      else if (code === 0) finish()
      else {
        const how = code !== null ? `mã thoát ${code}` : `tín hiệu ${signal ?? '?'}`
        const said = stderrSummary(tail, [options.cwd ?? ''])
        finish(
          new ProgramError(program, 'failed', `${program} thất bại (${how})${said ? `: ${said}` : ''}`, tail),
        )
      }
    })
  })
}
