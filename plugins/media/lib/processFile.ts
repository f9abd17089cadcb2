import type { MediaKind, ProcessedMedia } from '../types'
import { processAudio } from './audio'
import { processImage } from './image'
import { processPdf } from './pdf'
import { probeMedia } from './probe'
import { throwIfAborted } from './tools'
import { processVideo } from './video'

export type ProcessFileOptions = {
  kind: MediaKind
  /** An empty folder the renditions are written to; the caller uploads and removes it. */
  workDir: string
  focalX?: number
  focalY?: number
  signal?: AbortSignal
  /** Encoder threads for video (default 2). */
  threads?: number
  /** Pixel limit for images (decompression bombs). */
  maxPixels?: number
  /** Limit for the main external tool run (transcode, render). */
  timeoutMs?: number
}

/** Makes the renditions and reads the technical facts of one original, by kind. */
export async function processFile(inputPath: string, options: ProcessFileOptions): Promise<ProcessedMedia> {
  const { kind, workDir, signal, timeoutMs } = options
  throwIfAborted(signal)
  switch (kind) {
    case 'image': {
      const result = await processImage(inputPath, workDir, {
        focalX: options.focalX,
        focalY: options.focalY,
        maxPixels: options.maxPixels,
        signal,
      })
      return { kind, ...result }
    }
    case 'audio': {
      const { technical, renditions, waveform } = await processAudio(inputPath, workDir, {
        signal,
        timeoutMs,
      })
      return { kind, technical, renditions, waveform }
    }
    case 'video': {
      // An audio-only recording saved as .mp4 passes the upload check as a video; treat it as what it is.
      const probe = await probeMedia(inputPath, { signal })
      if (!probe.hasVideo && probe.hasAudio) {
        const { technical, renditions, waveform } = await processAudio(inputPath, workDir, {
          signal,
          timeoutMs,
        })
        return { kind: 'audio', technical, renditions, waveform }
      }
      const { technical, renditions } = await processVideo(inputPath, workDir, {
        signal,
        timeoutMs,
        threads: options.threads,
      })
      return { kind, technical, renditions }
    }
    case 'document': {
      const { technical, renditions } = await processPdf(inputPath, workDir, { signal, timeoutMs })
      return { kind, technical, renditions }
    }
    default: {
      const unknown: never = kind
      throw new Error(`Không xử lý được loại media "${String(unknown)}".`)
    }
  }
}
