/**
 * Child process of the media section: a Node process that loads the worker's video code and runs
 * processVideo (the function the worker's processMedia job calls for a video, through
 * processFile) on one file, so the parent can watch its memory from outside: idle after the
 * imports, then while ffmpeg transcodes. Started by media.ts with fork (tsx loader inherited);
 * talks to it over IPC only.
 *
 * Not the whole worker: no Payload, no Redis, no storage upload. What the job adds around
 * processVideo streams files (local storage) and updates one document, so the transcode is where
 * the job's memory goes, and the figures are named media.worker.* for the process running it.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { processVideo } from '../../plugins/media/lib/video'

export type TranscodeMessage =
  | { type: 'idle' }
  | { type: 'done'; seconds: number; hwmKb?: number; renditions: string[]; durationSeconds?: number }
  | { type: 'error'; message: string }

const send = (message: TranscodeMessage) => process.send?.(message)

/** Resets VmHWM to the current RSS (Linux ≥ 4.0), so the peak read afterwards is the transcode's alone. */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5')
    return true
  } catch {
    return false
  }
}

function peakKb(): number | undefined {
  const match = /^VmHWM:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))
  return match ? Number(match[1]) : undefined
}

async function transcode(input: string) {
  const workDir = await mkdtemp(path.join(tmpdir(), 'bench-media-video-'))
  try {
    const threads = process.env.FFMPEG_THREADS ? Number(process.env.FFMPEG_THREADS) : undefined
    const reset = resetPeak()
    const started = performance.now()
    const result = await processVideo(input, workDir, { threads })
    const seconds = (performance.now() - started) / 1000
    send({
      type: 'done',
      seconds,
      hwmKb: reset ? peakKb() : undefined,
      renditions: result.renditions.map((r) => `${r.name} ${r.width}×${r.height} ${r.filesize} B`),
      durationSeconds: result.technical.durationSeconds,
    })
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}

process.on('message', (message: { type?: string; input?: string }) => {
  if (message?.type === 'go' && message.input) {
    transcode(message.input)
      .catch((error: Error) => send({ type: 'error', message: error.stack ?? error.message }))
      .finally(() => process.disconnect())
  }
})

// Let the imports settle (lazy module evaluation, JIT) before the parent starts measuring "idle".
setTimeout(() => send({ type: 'idle' }), 500)
