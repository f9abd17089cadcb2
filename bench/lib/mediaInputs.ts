/**
 * Inputs of the media section, made once and cached in bench/.cache/ (gitignored): a camera-like
 * 24-megapixel JPEG and a video of about BENCH_VIDEO_MB. Written to a temporary name and renamed,
 * so an interrupted run never leaves a truncated input behind for the next one.
 */
import { existsSync } from 'node:fs'
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { runTool } from '../../plugins/media/lib/tools'
import { makeJpeg } from '../../test/helpers/mediaFixtures'

export const CACHE_DIR = fileURLToPath(new URL('../.cache/', import.meta.url))

export const PHOTO = { width: 6000, height: 4000, quality: 92 }

async function cached(
  name: string,
  make: (partial: string) => Promise<void>,
): Promise<{
  file: string
  made: boolean
}> {
  const file = path.join(CACHE_DIR, name)
  if (existsSync(file)) return { file, made: false }
  await mkdir(CACHE_DIR, { recursive: true })
  const partial = path.join(CACHE_DIR, `.partial-${process.pid}-${name}`)
  try {
    await make(partial)
    await rename(partial, file)
  } finally {
    await rm(partial, { force: true })
  }
  return { file, made: true }
}

/** 6000×4000 with sensor-like grain at q92: as slow to decode as a camera's JPEG. */
export function photo() {
  const { width, height, quality } = PHOTO
  return cached(`photo-${width}x${height}-q${quality}.jpg`, async (partial) => {
    await makeJpeg({ path: partial, width, height, quality, noise: true, seed: 24 })
  })
}

/**
 * 1280×720 25 fps test pattern as Motion JPEG (every frame a q2 JPEG, ~1.9 MB/s) with a PCM tone,
 * in Matroska: quick to make, and heavy enough per second that 1 GB is ~9 minutes of footage.
 * `-fs` stops the writer cleanly (trailer included) once the file reaches the size.
 */
export function video(megabytes: number) {
  const bytes = megabytes * 1024 * 1024
  return cached(`video-720p-mjpeg-${megabytes}mb.mkv`, async (partial) => {
    await runTool(
      'ffmpeg',
      [
        ...['-nostdin', '-hide_banner', '-nostats', '-v', 'error', '-y'],
        ...['-f', 'lavfi', '-i', 'testsrc2=s=1280x720:r=25'],
        ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000'],
        // Far longer than needed: -fs ends it. The +2 MB margin keeps the file at or above the size.
        ...['-t', '36000', '-fs', String(bytes + 2 * 1024 * 1024)],
        ...['-c:v', 'mjpeg', '-q:v', '2', '-pix_fmt', 'yuvj420p', '-c:a', 'pcm_s16le'],
        ...['-f', 'matroska', partial],
      ],
      { timeoutMs: 60 * 60_000 },
    )
    const { size } = await stat(partial)
    if (size < bytes) throw new Error(`generated video is ${size} bytes, wanted at least ${bytes}`)
  })
}
