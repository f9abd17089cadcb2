import { readdir, stat, unlink } from 'node:fs/promises'
import path from 'node:path'

/**
 * Uploads stream into temporary files. Payload leaves some behind (an upload cut off at the size
 * limit, and in our measurements even some finished ones), and at up to 2 GB each they would fill
 * the disk. A file nobody has written to for `idleMs` is no longer an upload in progress: Payload
 * aborts an upload that stalls for its uploadTimeout (2 minutes here).
 */
export async function sweepUploadTempFiles(dir: string, idleMs: number, now = Date.now()): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    const file = path.join(dir, name)
    try {
      const info = await stat(file)
      if (info.isFile() && now - info.mtimeMs >= idleMs) {
        await unlink(file)
        removed.push(name)
      }
    } catch {
      // Gone already (Payload removed it meanwhile): nothing to do.
    }
  }
  return removed
}

export function startUploadTempSweeper(
  dir: string,
  { everyMs = 60_000, idleMs = 5 * 60_000 } = {},
): () => void {
  const timer = setInterval(() => void sweepUploadTempFiles(dir, idleMs), everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
