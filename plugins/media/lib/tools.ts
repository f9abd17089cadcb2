import { spawn } from 'node:child_process'
import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import path from 'node:path'

import type { RenditionFile } from '../types'

export type ToolName = 'ffmpeg' | 'ffprobe' | 'pdfinfo' | 'pdftoppm'

const ENV_OVERRIDES: Record<ToolName, string> = {
  ffmpeg: 'FFMPEG_PATH',
  ffprobe: 'FFPROBE_PATH',
  pdfinfo: 'PDFINFO_PATH',
  pdftoppm: 'PDFTOPPM_PATH',
}

const DEBIAN_PACKAGES: Record<ToolName, string> = {
  ffmpeg: 'ffmpeg',
  ffprobe: 'ffmpeg',
  pdfinfo: 'poppler-utils',
  pdftoppm: 'poppler-utils',
}

const DEFAULT_STDERR_TAIL = 4096
/** Tools whose stdout we collect print JSON or a few lines; anything bigger is a misuse or an attack. */
const MAX_COLLECTED_STDOUT = 16 * 1024 * 1024

export class MissingToolError extends Error {
  readonly tool: ToolName
  readonly debianPackage: string

  constructor(tool: ToolName, detail?: string) {
    const pkg = DEBIAN_PACKAGES[tool]
    super(
      `Máy chủ chưa cài công cụ "${tool}" nên không xử lý được tệp media. ` +
        `Hãy cài gói Debian "${pkg}" (apt-get install ${pkg}) hoặc đặt biến môi trường ${ENV_OVERRIDES[tool]} ` +
        `trỏ tới tệp chạy.${detail ? ` (${detail})` : ''}`,
    )
    this.name = 'MissingToolError'
    this.tool = tool
    this.debianPackage = pkg
  }
}

export class ToolFailedError extends Error {
  readonly tool: ToolName
  readonly exitCode: number | null
  readonly exitSignal: NodeJS.Signals | null
  /** The end of the tool's stderr: where ffmpeg and poppler say what went wrong. */
  readonly stderrTail: string

  constructor(
    tool: ToolName,
    exitCode: number | null,
    exitSignal: NodeJS.Signals | null,
    stderrTail: string,
  ) {
    const how = exitCode !== null ? `mã thoát ${exitCode}` : `bị dừng bởi tín hiệu ${exitSignal ?? '?'}`
    const last = stderrSummary(stderrTail, 3)
    super(`Công cụ "${tool}" thất bại (${how})${last ? `: ${last}` : ''}`)
    this.name = 'ToolFailedError'
    this.tool = tool
    this.exitCode = exitCode
    this.exitSignal = exitSignal
    this.stderrTail = stderrTail
  }
}

export class ToolTimeoutError extends ToolFailedError {
  readonly timeoutMs: number

  constructor(tool: ToolName, timeoutMs: number, stderrTail: string) {
    super(tool, null, 'SIGKILL', stderrTail)
    this.name = 'ToolTimeoutError'
    this.message = `Công cụ "${tool}" chạy quá ${Math.round(timeoutMs / 1000)} giây và đã bị dừng.`
    this.timeoutMs = timeoutMs
  }
}

/** Named like the platform's own abort errors so callers can test `error.name === 'AbortError'`. */
export class MediaAbortedError extends Error {
  constructor(cause?: unknown) {
    super('Việc xử lý media đã bị hủy.', { cause })
    this.name = 'AbortError'
  }
}

/** The file itself is unusable: retrying will not help, the user must upload another one. */
export class CorruptMediaError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'CorruptMediaError'
  }
}

/** The file is too big to process safely (pixel count, duration): also final for this upload. */
export class MediaTooLargeError extends CorruptMediaError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'MediaTooLargeError'
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new MediaAbortedError(signal.reason)
}

const lookups = new Map<ToolName, Promise<string | undefined>>()

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

async function lookUp(tool: ToolName): Promise<string | undefined> {
  const override = process.env[ENV_OVERRIDES[tool]]
  if (override) return (await isExecutable(override)) ? override : undefined
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue
    const candidate = path.join(dir, tool)
    if (await isExecutable(candidate)) return candidate
  }
  return undefined
}

/** Absolute path of the tool; rejects with MissingToolError. The answer is cached per process. */
export async function findTool(tool: ToolName): Promise<string> {
  let lookup = lookups.get(tool)
  if (!lookup) {
    lookup = lookUp(tool)
    lookups.set(tool, lookup)
  }
  const found = await lookup
  if (!found) {
    // A failed lookup is not cached: an operator may install the package without restarting the worker.
    lookups.delete(tool)
    throw new MissingToolError(tool)
  }
  return found
}

export async function isToolAvailable(tool: ToolName): Promise<boolean> {
  try {
    await findTool(tool)
    return true
  } catch {
    return false
  }
}

/** Forgets cached lookups (after PATH or the *_PATH variables changed). */
export function resetToolCache(): void {
  lookups.clear()
}

export type RunToolOptions = {
  signal?: AbortSignal
  timeoutMs?: number
  /** Receives stdout as it arrives; stdout is then not collected. */
  onStdout?: (chunk: Buffer) => void
  /** How much of stderr's end to keep (default 4 KB). */
  stderrTailBytes?: number
  cwd?: string
}

export type RunToolResult = {
  /** Collected stdout (empty when onStdout was given). */
  stdout: string
  stderrTail: string
}

/** Runs a tool without a shell. Rejects with MissingToolError, ToolFailedError, ToolTimeoutError or an AbortError. */
export async function runTool(
  tool: ToolName,
  args: string[],
  options: RunToolOptions = {},
): Promise<RunToolResult> {
  const { signal, timeoutMs, onStdout, cwd } = options
  const tailBytes = options.stderrTailBytes ?? DEFAULT_STDERR_TAIL
  throwIfAborted(signal)
  const executable = await findTool(tool)
  throwIfAborted(signal)

  return new Promise<RunToolResult>((resolve, reject) => {
    const child = spawn(executable, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], shell: false })
    const stdoutChunks: Buffer[] = []
    let stdoutBytes = 0
    let stderrTail = Buffer.alloc(0)
    let failure: Error | undefined
    let settled = false

    const stop = (error: Error) => {
      if (failure) return
      failure = error
      child.kill('SIGKILL')
    }
    const onAbort = () => stop(new MediaAbortedError(signal?.reason))
    signal?.addEventListener('abort', onAbort, { once: true })
    const timer =
      timeoutMs && timeoutMs > 0
        ? setTimeout(
            () => stop(new ToolTimeoutError(tool, timeoutMs, stderrTail.toString('utf8'))),
            timeoutMs,
          )
        : undefined

    const finish = (error: Error | undefined) => {
      if (settled) return
      settled = true
      if (timer) clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      if (error) reject(error)
      else
        resolve({
          stdout: Buffer.concat(stdoutChunks).toString('utf8'),
          stderrTail: stderrTail.toString('utf8'),
        })
    }

    child.stdout.on('data', (chunk: Buffer) => {
      if (failure) return
      if (onStdout) {
        try {
          onStdout(chunk)
        } catch (error) {
          stop(error instanceof Error ? error : new Error(String(error)))
        }
        return
      }
      stdoutBytes += chunk.length
      if (stdoutBytes > MAX_COLLECTED_STDOUT) {
        stop(new Error(`Đầu ra của "${tool}" quá lớn (hơn ${MAX_COLLECTED_STDOUT} byte).`))
        return
      }
      stdoutChunks.push(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderrTail = Buffer.concat([stderrTail, chunk])
      if (stderrTail.length > tailBytes) stderrTail = stderrTail.subarray(stderrTail.length - tailBytes)
    })
    child.on('error', (error: NodeJS.ErrnoException) => {
      // The binary can vanish between lookup and spawn (package removed, cache stale).
      if (error.code === 'ENOENT' || error.code === 'EACCES') {
        lookups.delete(tool)
        finish(new MissingToolError(tool, error.code))
      } else finish(failure ?? error)
    })
    child.on('close', (code, exitSignal) => {
      if (failure) finish(failure)
      else if (code === 0) finish(undefined)
      else finish(new ToolFailedError(tool, code, exitSignal, stderrTail.toString('utf8')))
    })
  })
}

/** The last lines of a tool's stderr, readable by a person: no "[mp3 @ 0x55…]" prefixes, no server paths. */
export function stderrSummary(stderr: string, count = 2, hidePath?: string): string {
  const text = hidePath ? stderr.replaceAll(hidePath, 'tệp') : stderr
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\[[^\]]*@ 0x[0-9a-f]+\]\s*/, '').trim())
    .filter(Boolean)
    .slice(-count)
    .join(' | ')
}

/**
 * A tool that exits with an error on a file that probed fine is almost always choking on the
 * content, which no retry will fix; running out of disk or memory is the exception.
 */
export function asContentError(error: unknown, message: string, hidePath?: string): unknown {
  if (!(error instanceof ToolFailedError) || error.name !== 'ToolFailedError' || error.exitCode === null)
    return error
  if (/no space left|cannot allocate memory|out of memory/i.test(error.stderrTail)) return error
  // ffmpeg's exit code when a signal interrupted it (a Ctrl-C or a stop sent to the worker's whole
  // process group reaches ffmpeg too): the file is not to blame, so the job is retried.
  if (error.exitCode === 255 || /exiting normally, received signal/i.test(error.stderrTail)) return error
  const reason = stderrSummary(error.stderrTail, 2, hidePath) || 'không rõ lý do'
  return new CorruptMediaError(`${message}: ${reason}`, { cause: error })
}

/** A rendition's description once the processor has written it (its size read from disk). */
export async function renditionFile(
  name: string,
  file: string,
  mimeType: string,
  extension: string,
  facts: Pick<RenditionFile, 'width' | 'height' | 'durationSeconds'> = {},
): Promise<RenditionFile> {
  const { size } = await stat(file)
  return { name, path: file, mimeType, extension, filesize: size, ...facts }
}
