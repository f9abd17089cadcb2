import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'

/**
 * Removes what was left behind in a scratch folder: entries (files or folders) nobody has
 * written to for `idleMs`. Uploads stream into temporary files that Payload does not always
 * remove (an upload cut off at the size limit, and in our measurements even some finished
 * ones), and a worker killed mid-transcode leaves its work folder; at up to 2 GB each they
 * would fill the disk. `prefix` keeps the sweep to our own entries in a shared folder like /tmp.
 */
export async function sweepIdleEntries(
  dir: string,
  idleMs: number,
  { prefix = '', now = Date.now() }: { prefix?: string; now?: number } = {},
): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    if (!name.startsWith(prefix)) continue
    const entry = path.join(dir, name)
    try {
      const info = await stat(entry)
      if (now - info.mtimeMs < idleMs) continue
      await rm(entry, { recursive: true, force: true })
      removed.push(name)
    } catch {
      // Gone already (removed by its owner meanwhile): nothing to do.
    }
  }
  return removed
}

/** Uploads in progress write all the time; Payload aborts one that stalls for its uploadTimeout (2 min here). */
export function startUploadTempSweeper(
  dir: string,
  { everyMs = 60_000, idleMs = 5 * 60_000 } = {},
): () => void {
  const timer = setInterval(() => void sweepIdleEntries(dir, idleMs), everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
