import { spawn } from 'node:child_process'
import { constants } from 'node:fs'
import { access } from 'node:fs/promises'
import path from 'node:path'

import { MediaAbortedError, stderrSummary } from '../../media/lib/tools'

/**
 * Runs poppler's `pdftotext`, which the media plugin's runner does not know. Same contract:
 * no shell, a time limit, the signal honoured, a cap on what is collected, and the tool's
 * own message when it fails. PDFTOTEXT_PATH overrides the lookup on PATH.
 */

const MAX_STDOUT = 32 * 1024 * 1024
const DEFAULT_TIMEOUT_MS = 2 * 60_000

/** `timeout` may pass on a retry; the others (no tool, a page poppler cannot read) will not. */
export type PdftotextFailure = 'missing' | 'failed' | 'tooLarge' | 'timeout'

export class PdftotextError extends Error {
  readonly stderrTail: string
  readonly kind: PdftotextFailure
  constructor(message: string, stderrTail: string, kind: PdftotextFailure) {
    super(message)
    this.name = 'PdftotextError'
    this.stderrTail = stderrTail
    this.kind = kind
  }

  get permanent(): boolean {
    return this.kind !== 'timeout'
  }
}

async function executable(): Promise<string> {
  const candidates = process.env.PDFTOTEXT_PATH
    ? [process.env.PDFTOTEXT_PATH]
    : (process.env.PATH ?? '')
        .split(path.delimiter)
        .filter(Boolean)
        .map((dir) => path.join(dir, 'pdftotext'))
  for (const candidate of candidates) {
    try {
      await access(candidate, constants.X_OK)
      return candidate
    } catch {
      // next candidate
    }
  }
  throw new PdftotextError(
    'Máy chủ chưa cài công cụ "pdftotext" nên không đọc được chữ trên trang PDF. Hãy cài gói Debian ' +
      '"poppler-utils" (apt-get install poppler-utils) hoặc đặt PDFTOTEXT_PATH trỏ tới tệp chạy.',
    '',
    'missing',
  )
}

export type PdftotextOptions = { signal?: AbortSignal; timeoutMs?: number }

/** `pdftotext -bbox-layout` of one page (1-based) to stdout: the XHTML bbox.ts reads. */
export async function pdftotextBbox(input: string, page: number, options: PdftotextOptions = {}) {
  const { signal } = options
  if (signal?.aborted) throw new MediaAbortedError(signal.reason)
  const file = await executable()
  const args = ['-bbox-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), input, '-']
  return new Promise<string>((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: false })
    const chunks: Buffer[] = []
    let bytes = 0
    let stderr = ''
    let failure: Error | undefined
    const stop = (error: Error) => {
      failure ??= error
      child.kill('SIGKILL')
    }
    const onAbort = () => stop(new MediaAbortedError(signal?.reason))
    signal?.addEventListener('abort', onAbort, { once: true })
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    const timer = setTimeout(
      () =>
        stop(
          new PdftotextError(`pdftotext chạy quá ${Math.round(timeoutMs / 1000)} giây.`, stderr, 'timeout'),
        ),
      timeoutMs,
    )
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length
      if (bytes > MAX_STDOUT)
        stop(new PdftotextError('Văn bản trích từ trang PDF quá lớn.', stderr, 'tooLarge'))
      else chunks.push(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4096)
    })
    child.on('error', (error) => stop(error))
    child.on('close', (code) => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      if (failure) reject(failure)
      else if (code === 0) resolve(Buffer.concat(chunks).toString('utf8'))
      else {
        const reason = stderrSummary(stderr, 2, input) || `mã thoát ${code}`
        reject(new PdftotextError(`Không trích được chữ của trang ${page}: ${reason}`, stderr, 'failed'))
      }
    })
  })
}
