import { access, rm } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

import type { RenditionFile, TechnicalMetadata } from '../types'
import { probeMedia } from './probe'
import { asContentError, CorruptMediaError, renditionFile, runTool } from './tools'

export type VideoOptions = {
  signal?: AbortSignal
  /** x264 threads (default 2), so one transcode leaves cores for the rest of the worker. */
  threads?: number
  timeoutMs?: number
}

export type ProcessedVideo = {
  technical: TechnicalMetadata
  renditions: RenditionFile[]
}

export const MAX_VIDEO_WIDTH = 1280
export const MAX_VIDEO_HEIGHT = 720
const DEFAULT_TIMEOUT_MS = 2 * 60 * 60_000
const POSTER_TIMEOUT_MS = 2 * 60_000

export async function processVideo(
  input: string,
  workDir: string,
  options: VideoOptions = {},
): Promise<ProcessedVideo> {
  const { signal } = options
  const threads = Math.max(1, Math.floor(options.threads ?? 2))
  const probe = await probeMedia(input, { signal })
  if (!probe.hasVideo || probe.videoStreamIndex === undefined) {
    throw new CorruptMediaError('Tệp không có hình ảnh chuyển động (luồng video) nào để xử lý.')
  }

  const mp4Path = path.join(workDir, 'video.mp4')
  // Fit inside 1280×720 without enlarging; H.264 in 4:2:0 needs even dimensions.
  const scale =
    `scale=w='min(${MAX_VIDEO_WIDTH},iw)':h='min(${MAX_VIDEO_HEIGHT},ih)'` +
    ':force_original_aspect_ratio=decrease:force_divisible_by=2,format=yuv420p'
  const audioArgs =
    probe.audioStreamIndex !== undefined
      ? [
          ...['-map', `0:${probe.audioStreamIndex}`, '-c:a', 'aac', '-b:a', '128k'],
          ...['-ac', String(Math.min(probe.technical.channels ?? 2, 2))],
        ]
      : []
  await runTool(
    'ffmpeg',
    [
      ...['-nostdin', '-hide_banner', '-nostats', '-v', 'error', '-y', '-i', input],
      ...['-map', `0:${probe.videoStreamIndex}`, '-vf', scale],
      ...['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-threads', String(threads)],
      ...audioArgs,
      ...['-map_metadata', '-1', '-movflags', '+faststart', '-f', 'mp4', mp4Path],
    ],
    { signal, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS },
  ).catch((error: unknown) => {
    throw asContentError(error, 'Không chuyển mã được video, tệp có thể bị hỏng', input)
  })
  const rendered = await probeMedia(mp4Path, { signal })
  const mp4 = await renditionFile('mp4', mp4Path, 'video/mp4', 'mp4', {
    width: rendered.technical.width,
    height: rendered.technical.height,
    durationSeconds: rendered.technical.durationSeconds,
  })

  // Taken from the rendition: already upright, at most 1280 wide and much cheaper to decode than a
  // 4K HEVC original.
  const posterPath = path.join(workDir, 'poster.jpg')
  const duration = rendered.technical.durationSeconds ?? probe.technical.durationSeconds ?? 0
  const at = Math.min(1, duration / 2)
  await rm(posterPath, { force: true })
  // A seek past the last decodable frame makes ffmpeg succeed without writing anything: retry at 0.
  for (const seek of at > 0 ? [at, 0] : [0]) {
    await runTool(
      'ffmpeg',
      [
        ...['-nostdin', '-hide_banner', '-nostats', '-v', 'error', '-y'],
        ...['-ss', seek.toFixed(3), '-i', mp4Path],
        ...['-map', '0:v:0', '-frames:v', '1', '-vf', `scale='min(${MAX_VIDEO_WIDTH},iw)':-2`, '-q:v', '3'],
        ...['-update', '1', '-f', 'image2', '-c:v', 'mjpeg', posterPath],
      ],
      { signal, timeoutMs: POSTER_TIMEOUT_MS },
    ).catch((error: unknown) => {
      throw asContentError(error, 'Không trích được ảnh đại diện từ video')
    })
    if (await exists(posterPath)) break
  }
  if (!(await exists(posterPath)))
    throw new CorruptMediaError('Không trích được khung hình nào từ video để làm ảnh đại diện.')
  const posterSize = await sharp(posterPath).metadata()
  const poster = await renditionFile('poster', posterPath, 'image/jpeg', 'jpg', {
    width: posterSize.width,
    height: posterSize.height,
  })

  return { technical: probe.technical, renditions: [mp4, poster] }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file)
    return true
  } catch {
    return false
  }
}
