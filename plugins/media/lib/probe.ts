import { stat } from 'node:fs/promises'

import type { TechnicalMetadata } from '../types'
import { CorruptMediaError, runTool, stderrSummary, ToolFailedError } from './tools'

export { CorruptMediaError } from './tools'

export type ProbeOptions = { signal?: AbortSignal; timeoutMs?: number }

export type ProbeResult = {
  technical: TechnicalMetadata
  hasVideo: boolean
  hasAudio: boolean
  /** ffprobe's index of the first real video stream (not cover art), for `-map 0:<index>`. */
  videoStreamIndex?: number
  audioStreamIndex?: number
}

type FfprobeStream = {
  index: number
  codec_type?: string
  codec_name?: string
  width?: number
  height?: number
  sample_rate?: string
  channels?: number
  bit_rate?: string
  duration?: string
  avg_frame_rate?: string
  r_frame_rate?: string
  disposition?: { attached_pic?: number }
  tags?: { rotate?: string }
  side_data_list?: { rotation?: number }[]
}

type FfprobeOutput = {
  streams?: FfprobeStream[]
  format?: { format_name?: string; duration?: string; bit_rate?: string; size?: string }
}

const DEFAULT_TIMEOUT_MS = 60_000

export async function probeMedia(file: string, options: ProbeOptions = {}): Promise<ProbeResult> {
  let stdout: string
  try {
    ;({ stdout } = await runTool(
      'ffprobe',
      ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file],
      { signal: options.signal, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS },
    ))
  } catch (error) {
    if (error instanceof ToolFailedError && error.name === 'ToolFailedError') {
      throw new CorruptMediaError(
        `Tệp âm thanh/video bị hỏng hoặc không đầy đủ (có thể tải lên bị gián đoạn), không đọc được: ${stderrSummary(error.stderrTail, 2, file) || 'không rõ lý do'}`,
        { cause: error },
      )
    }
    throw error
  }

  let parsed: FfprobeOutput
  try {
    parsed = JSON.parse(stdout) as FfprobeOutput
  } catch (error) {
    throw new CorruptMediaError('Không đọc được thông tin kỹ thuật của tệp (ffprobe trả về dữ liệu lạ).', {
      cause: error,
    })
  }
  const result = describe(parsed)
  if (!result.hasAudio && !result.hasVideo) {
    throw new CorruptMediaError('Tệp không chứa luồng âm thanh hay hình ảnh nào dùng được.')
  }
  await rejectTruncated(file, parsed)
  return result
}

function describe(output: FfprobeOutput): ProbeResult {
  const streams = output.streams ?? []
  // Cover art in MP3/M4A/MP4 shows up as a one-frame "video" stream; it is not a video.
  const video = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic)
  const audio = streams.find((s) => s.codec_type === 'audio')
  const format = output.format ?? {}
  const technical: TechnicalMetadata = {}

  const duration = positive(format.duration) ?? positive(video?.duration) ?? positive(audio?.duration)
  if (duration !== undefined) technical.durationSeconds = round(duration, 3)
  if (video) {
    const rotation = Math.abs(video.side_data_list?.find((d) => d.rotation !== undefined)?.rotation ?? 0)
    const quarterTurn = rotation % 180 === 90 || Math.abs(Number(video.tags?.rotate ?? 0)) % 180 === 90
    // Players show rotated phone footage upright, so report the dimensions as seen.
    technical.width = quarterTurn ? video.height : video.width
    technical.height = quarterTurn ? video.width : video.height
    technical.videoCodec = video.codec_name
    const frameRate = rate(video.avg_frame_rate) ?? rate(video.r_frame_rate)
    if (frameRate !== undefined) technical.frameRate = round(frameRate, 3)
  }
  if (audio) {
    technical.audioCodec = audio.codec_name
    const sampleRate = positive(audio.sample_rate)
    if (sampleRate !== undefined) technical.sampleRate = sampleRate
    if (audio.channels) technical.channels = audio.channels
  }
  const bitRate = positive(format.bit_rate)
  if (bitRate !== undefined) technical.bitRate = Math.round(bitRate)
  if (format.format_name) technical.format = format.format_name

  return {
    technical,
    hasVideo: Boolean(video),
    hasAudio: Boolean(audio),
    videoStreamIndex: video?.index,
    audioStreamIndex: audio?.index,
  }
}

/**
 * An MP4 whose index (moov) sits at the front still probes fine when its tail is missing, with the
 * full duration. The index's own sample sizes give the streams' bit rates, so a file much smaller
 * than they add up to has lost its end.
 */
async function rejectTruncated(file: string, output: FfprobeOutput): Promise<void> {
  const formatName = output.format?.format_name ?? ''
  if (!formatName.includes('mp4') && !formatName.includes('mov')) return
  const formatDuration = positive(output.format?.duration)
  // Each stream over its own duration: a short stream must not inflate the total.
  const expectedBytes = (output.streams ?? [])
    .filter((s) => !s.disposition?.attached_pic)
    .reduce((sum, s) => {
      const duration = positive(s.duration) ?? formatDuration ?? 0
      return sum + ((positive(s.bit_rate) ?? 0) * duration) / 8
    }, 0)
  if (!expectedBytes) return
  const { size } = await stat(file)
  if (size < expectedBytes * 0.9) {
    throw new CorruptMediaError(
      `Tệp video/âm thanh bị cắt cụt: chỉ có ${size} byte trong khi nội dung cần khoảng ${Math.round(expectedBytes)} byte. Hãy tải lên lại tệp đầy đủ.`,
    )
  }
}

function positive(value: string | number | undefined): number | undefined {
  const number = typeof value === 'number' ? value : Number(value)
  return value !== undefined && Number.isFinite(number) && number > 0 ? number : undefined
}

function rate(value: string | undefined): number | undefined {
  if (!value) return undefined
  const [numerator, denominator] = value.split('/').map(Number)
  if (!numerator || !denominator) return undefined
  return positive(numerator / denominator)
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}
