/**
 * Reads an MP3 file's frame headers: proof that the bytes really are MPEG audio (the provincial system
 * plays whatever it gets on public loudspeakers) and the duration, without running ffprobe.
 */

export type Mp3Info = {
  /** Audio frames (the Xing/Info header frame is not audio and is not counted). */
  frames: number
  sampleRate: number
  /** 1, 2 or 2.5 (MPEG-2.5). */
  mpegVersion: 1 | 2 | 2.5
  layer: 1 | 2 | 3
  channels: 1 | 2
  durationSeconds: number
  /** Where the first audio frame starts (after an ID3v2 tag, if any). */
  audioOffset: number
}

type FrameHeader = {
  version: 1 | 2 | 2.5
  layer: 1 | 2 | 3
  bitrateKbps: number
  sampleRate: number
  channels: 1 | 2
  samples: number
  length: number
}

const BITRATES_KBPS: Record<string, number[]> = {
  'v1-l1': [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  'v1-l2': [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  'v1-l3': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  'v2-l1': [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  'v2-l23': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
}

const SAMPLE_RATES: Record<string, number[]> = {
  '1': [44100, 48000, 32000],
  '2': [22050, 24000, 16000],
  '2.5': [11025, 12000, 8000],
}

/** How far past the ID3 tag we look for the first frame: encoders and editors leave a little junk. */
const MAX_LEADING_JUNK = 64 * 1024

export function parseFrameHeader(data: Uint8Array, offset: number): FrameHeader | undefined {
  if (offset + 4 > data.length) return undefined
  const [b0, b1, b2, b3] = [data[offset]!, data[offset + 1]!, data[offset + 2]!, data[offset + 3]!]
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return undefined
  const versionBits = (b1 >> 3) & 3
  const layerBits = (b1 >> 1) & 3
  if (versionBits === 1 || layerBits === 0) return undefined
  const version = versionBits === 3 ? 1 : versionBits === 2 ? 2 : 2.5
  const layer = (4 - layerBits) as 1 | 2 | 3
  const bitrateIndex = b2 >> 4
  const sampleRateIndex = (b2 >> 2) & 3
  // Index 0 is "free format" (no fixed frame length) and 15 is forbidden: neither can be walked.
  if (bitrateIndex === 0 || bitrateIndex === 15 || sampleRateIndex === 3) return undefined
  const table = version === 1 ? `v1-l${layer}` : layer === 1 ? 'v2-l1' : 'v2-l23'
  const bitrateKbps = BITRATES_KBPS[table]![bitrateIndex]!
  const sampleRate = SAMPLE_RATES[String(version)]![sampleRateIndex]!
  const padding = (b2 >> 1) & 1
  const channels = b3 >> 6 === 3 ? 1 : 2
  const samples = layer === 1 ? 384 : layer === 2 || version === 1 ? 1152 : 576
  const length =
    layer === 1
      ? (Math.floor((12 * bitrateKbps * 1000) / sampleRate) + padding) * 4
      : Math.floor(((samples / 8) * bitrateKbps * 1000) / sampleRate) + padding
  return { version, layer, bitrateKbps, sampleRate, channels, samples, length }
}

/** Bytes taken by ID3v2 tags at the start (several may follow each other). */
export function id3v2Length(data: Uint8Array): number {
  let offset = 0
  while (
    offset + 10 <= data.length &&
    data[offset] === 0x49 &&
    data[offset + 1] === 0x44 &&
    data[offset + 2] === 0x33
  ) {
    const size =
      ((data[offset + 6]! & 0x7f) << 21) |
      ((data[offset + 7]! & 0x7f) << 14) |
      ((data[offset + 8]! & 0x7f) << 7) |
      (data[offset + 9]! & 0x7f)
    const footer = data[offset + 5]! & 0x10 ? 10 : 0
    offset += 10 + size + footer
  }
  return offset
}

/** A frame counts as the start of the stream only if the next frame follows where it says (or the file ends). */
function isStreamStart(data: Uint8Array, offset: number): FrameHeader | undefined {
  const header = parseFrameHeader(data, offset)
  if (!header) return undefined
  const next = offset + header.length
  if (next === data.length) return header
  const following = parseFrameHeader(data, next)
  return following && following.sampleRate === header.sampleRate && following.layer === header.layer
    ? header
    : undefined
}

function hasInfoTag(data: Uint8Array, offset: number, header: FrameHeader): boolean {
  if (header.layer !== 3) return false
  const sideInfo = header.version === 1 ? (header.channels === 1 ? 17 : 32) : header.channels === 1 ? 9 : 17
  const at = offset + 4 + sideInfo
  const tag = String.fromCharCode(...data.subarray(at, at + 4))
  return tag === 'Xing' || tag === 'Info'
}

/** The stream's facts, or undefined when the bytes are not MPEG audio. */
export function readMp3Info(data: Uint8Array): Mp3Info | undefined {
  const tagEnd = id3v2Length(data)
  let start = -1
  let first: FrameHeader | undefined
  const searchEnd = Math.min(data.length - 4, tagEnd + MAX_LEADING_JUNK)
  for (let offset = tagEnd; offset <= searchEnd; offset++) {
    first = isStreamStart(data, offset)
    if (first) {
      start = offset
      break
    }
  }
  if (!first || start < 0) return undefined

  let offset = start
  let frames = 0
  let samples = 0
  if (hasInfoTag(data, start, first)) offset += first.length
  // Walks until the bytes stop being frames: an ID3v1 "TAG" or APE tag at the end, or a truncated frame.
  while (offset < data.length) {
    const header = parseFrameHeader(data, offset)
    if (!header || header.sampleRate !== first.sampleRate || offset + header.length > data.length) break
    frames++
    samples += header.samples
    offset += header.length
  }
  if (frames === 0) return undefined
  return {
    frames,
    sampleRate: first.sampleRate,
    mpegVersion: first.version,
    layer: first.layer,
    channels: first.channels,
    durationSeconds: Math.round((samples / first.sampleRate) * 1000) / 1000,
    audioOffset: start,
  }
}
