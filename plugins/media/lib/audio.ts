import path from 'node:path'

import type { RenditionFile, TechnicalMetadata } from '../types'
import { probeMedia } from './probe'
import { asContentError, CorruptMediaError, renditionFile, runTool } from './tools'

export type AudioOptions = {
  signal?: AbortSignal
  timeoutMs?: number
  /** How many waveform peaks to return (default 800). */
  waveformBuckets?: number
}

export type ProcessedAudio = {
  technical: TechnicalMetadata
  renditions: RenditionFile[]
  /** Peak absolute amplitude per bucket, 0…1 of full scale, of the normalised MP3. */
  waveform: number[]
  /** Integrated loudness of the MP3 as loudnorm measured it. */
  loudnessLUFS?: number
  sourceLoudnessLUFS?: number
}

export const DEFAULT_WAVEFORM_BUCKETS = 800
const WAVEFORM_SAMPLE_RATE = 8000
const DEFAULT_TIMEOUT_MS = 30 * 60_000
/** Enough room for loudnorm's JSON report and the summary lines ffmpeg prints around it. */
const STDERR_TAIL_BYTES = 16 * 1024

export async function processAudio(
  input: string,
  workDir: string,
  options: AudioOptions = {},
): Promise<ProcessedAudio> {
  const { signal } = options
  const buckets = options.waveformBuckets ?? DEFAULT_WAVEFORM_BUCKETS
  const probe = await probeMedia(input, { signal })
  if (!probe.hasAudio || probe.audioStreamIndex === undefined) {
    throw new CorruptMediaError('Tệp không có luồng âm thanh nào để xử lý.')
  }
  const channels = Math.min(probe.technical.channels ?? 2, 2)
  const layout = channels === 1 ? 'mono' : 'stereo'
  const toMono = channels === 1 ? '' : 'pan=mono|c0=0.5*c0+0.5*c1,'
  // Downmix first so loudnorm measures what listeners will hear; the waveform is taken from the
  // same normalised signal in the same pass, so the file is decoded only once.
  const filter =
    `[0:${probe.audioStreamIndex}]aformat=channel_layouts=${layout},` +
    'loudnorm=I=-16:TP=-1.5:LRA=11:print_format=json,aresample=44100,asplit=2[out][wave];' +
    `[wave]${toMono}aresample=${WAVEFORM_SAMPLE_RATE},aformat=sample_fmts=s16:channel_layouts=mono[peaks]`
  const output = path.join(workDir, 'audio.mp3')
  const peaks = new PeakAccumulator(buckets, probe.technical.durationSeconds)

  const { stderrTail } = await runTool(
    'ffmpeg',
    [
      ...['-nostdin', '-hide_banner', '-nostats', '-y', '-i', input, '-filter_complex', filter],
      ...['-map', '[out]', '-c:a', 'libmp3lame', '-b:a', '128k', '-ar', '44100', '-ac', String(channels)],
      ...['-map_metadata', '-1', '-f', 'mp3', output],
      ...['-map', '[peaks]', '-c:a', 'pcm_s16le', '-f', 's16le', 'pipe:1'],
    ],
    {
      signal,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      stderrTailBytes: STDERR_TAIL_BYTES,
      onStdout: (chunk) => peaks.push(chunk),
    },
  ).catch((error: unknown) => {
    throw asContentError(error, 'Không chuyển được âm thanh sang MP3, tệp có thể bị hỏng', input)
  })

  const loudness = parseLoudnorm(stderrTail)
  const rendered = await probeMedia(output, { signal })
  const mp3 = await renditionFile('mp3', output, 'audio/mpeg', 'mp3', {
    durationSeconds: rendered.technical.durationSeconds,
  })
  return {
    technical: { ...probe.technical, loudnessLUFS: loudness.output },
    renditions: [mp3],
    waveform: peaks.finish(),
    loudnessLUFS: loudness.output,
    sourceLoudnessLUFS: loudness.input,
  }
}

/** Reads loudnorm's `print_format=json` report, the last JSON object ffmpeg wrote to stderr. */
export function parseLoudnorm(stderr: string): { input?: number; output?: number } {
  const end = stderr.lastIndexOf('}')
  const start = stderr.lastIndexOf('{', end)
  if (start < 0 || end < 0) return {}
  try {
    const report = JSON.parse(stderr.slice(start, end + 1)) as Record<string, string>
    return { input: finite(report.input_i), output: finite(report.output_i) }
  } catch {
    return {}
  }
}

function finite(value: string | undefined): number | undefined {
  const number = Number(value)
  return value !== undefined && Number.isFinite(number) ? number : undefined
}

/**
 * Peaks of a stream of mono s16le samples, reduced to exactly `buckets` values in bounded memory:
 * samples are first folded into blocks; when the block array fills up, neighbouring blocks merge and
 * each block covers twice the samples. A three-hour podcast thus never holds more than a few
 * thousand numbers, whatever its (possibly unknown) duration.
 */
export class PeakAccumulator {
  private readonly buckets: number
  private readonly blocks: Uint16Array
  private count = 0
  private samplesPerBlock: number
  private inBlock = 0
  private current = 0
  private leftover: number | undefined

  constructor(buckets: number, durationSeconds?: number, sampleRate = WAVEFORM_SAMPLE_RATE) {
    if (!Number.isInteger(buckets) || buckets < 1) throw new RangeError('buckets must be a positive integer')
    this.buckets = buckets
    this.blocks = new Uint16Array(buckets * 16)
    const expectedSamples = durationSeconds ? durationSeconds * sampleRate : 0
    this.samplesPerBlock = Math.max(1, Math.floor(expectedSamples / (buckets * 8)))
  }

  push(chunk: Buffer): void {
    let offset = 0
    if (this.leftover !== undefined && chunk.length > 0) {
      this.addSample((chunk[0]! << 8) | this.leftover)
      this.leftover = undefined
      offset = 1
    }
    const end = offset + ((chunk.length - offset) & ~1)
    for (let i = offset; i < end; i += 2) this.addSample(chunk.readUInt16LE(i))
    if (end < chunk.length) this.leftover = chunk[end]
  }

  /** Peak absolute amplitudes 0…1 (3 decimals), exactly `buckets` of them. */
  finish(): number[] {
    if (this.inBlock > 0) this.closeBlock()
    const result = new Array<number>(this.buckets)
    const blocks = this.count
    for (let i = 0; i < this.buckets; i++) {
      if (blocks === 0) {
        result[i] = 0
        continue
      }
      const start = Math.min(Math.floor((i * blocks) / this.buckets), blocks - 1)
      const end = Math.max(start + 1, Math.floor(((i + 1) * blocks) / this.buckets))
      let peak = 0
      for (let b = start; b < end; b++) peak = Math.max(peak, this.blocks[b]!)
      result[i] = Math.min(1, Math.round((peak / 32768) * 1000) / 1000)
    }
    return result
  }

  private addSample(unsigned: number): void {
    const sample = unsigned >= 0x8000 ? 0x10000 - unsigned : unsigned
    if (sample > this.current) this.current = sample
    if (++this.inBlock >= this.samplesPerBlock) this.closeBlock()
  }

  private closeBlock(): void {
    if (this.count === this.blocks.length) {
      const half = this.count / 2
      for (let i = 0; i < half; i++) {
        this.blocks[i] = Math.max(this.blocks[2 * i]!, this.blocks[2 * i + 1]!)
      }
      this.count = half
      this.samplesPerBlock *= 2
    }
    this.blocks[this.count++] = this.current
    this.current = 0
    this.inBlock = 0
  }
}
