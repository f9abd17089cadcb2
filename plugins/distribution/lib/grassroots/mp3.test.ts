import { describe, expect, it } from '@jest/globals'

import { id3v2Length, parseFrameHeader, readMp3Info } from './mp3'

/** MPEG-1 Layer III, 128 kb/s, 44.1 kHz, mono, no padding: 417-byte frames of 1152 samples. */
function frames(count: number, options: { infoTag?: boolean } = {}): Buffer {
  const frame = () => {
    const bytes = Buffer.alloc(417)
    bytes.set([0xff, 0xfb, 0x90, 0xc0])
    return bytes
  }
  const list = Array.from({ length: count }, frame)
  if (options.infoTag) list[0]!.write('Info', 4 + 17, 'latin1')
  return Buffer.concat(list)
}

function id3(payloadBytes: number): Buffer {
  const header = Buffer.from([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0])
  header[8] = (payloadBytes >> 7) & 0x7f
  header[9] = payloadBytes & 0x7f
  return Buffer.concat([header, Buffer.alloc(payloadBytes)])
}

describe('parseFrameHeader', () => {
  it('reads version, layer, rate, channels and length', () => {
    expect(parseFrameHeader(frames(1), 0)).toEqual({
      version: 1,
      layer: 3,
      bitrateKbps: 128,
      sampleRate: 44100,
      channels: 1,
      samples: 1152,
      length: 417,
    })
    // What lame writes for espeak-ng's 22.05 kHz: MPEG-2, 48 kb/s, 576 samples, 72 × 48000 / 22050 bytes.
    expect(parseFrameHeader(Buffer.from([0xff, 0xf3, 0x60, 0xc4]), 0)).toMatchObject({
      version: 2,
      sampleRate: 22050,
      bitrateKbps: 48,
      samples: 576,
      length: 156,
    })
  })

  it('refuses what is not a frame header', () => {
    expect(parseFrameHeader(Buffer.from('ID3\u0004'), 0)).toBeUndefined()
    expect(parseFrameHeader(Buffer.from([0xff, 0xfb, 0xf0, 0x00]), 0)).toBeUndefined() // bitrate index 15
    expect(parseFrameHeader(Buffer.from([0xff, 0xfb, 0x0c, 0x00]), 0)).toBeUndefined() // free format
    expect(parseFrameHeader(Buffer.from([0xff, 0xfb]), 0)).toBeUndefined()
  })
})

describe('readMp3Info', () => {
  it('counts frames into a duration', () => {
    const info = readMp3Info(frames(100))
    expect(info).toMatchObject({ frames: 100, sampleRate: 44100, channels: 1, audioOffset: 0 })
    expect(info!.durationSeconds).toBeCloseTo((100 * 1152) / 44100, 3)
  })

  it('skips ID3v2 tags, the Xing/Info frame, a trailing ID3v1 tag and a cut-off last frame', () => {
    const tag = id3(300)
    expect(id3v2Length(tag)).toBe(310)
    const data = Buffer.concat([tag, frames(11, { infoTag: true }), Buffer.from('TAG'), Buffer.alloc(125)])
    expect(readMp3Info(data)).toMatchObject({ frames: 10, audioOffset: 310 })
    const truncated = frames(10).subarray(0, 417 * 9 + 200)
    expect(readMp3Info(truncated)!.frames).toBe(9)
  })

  it('finds the stream after a little junk but not in arbitrary bytes', () => {
    expect(readMp3Info(Buffer.concat([Buffer.from([0, 0xff, 1, 2]), frames(5)]))).toMatchObject({ frames: 5 })
    expect(readMp3Info(Buffer.from('<html><body>Not found</body></html>'))).toBeUndefined()
    expect(readMp3Info(Buffer.alloc(0))).toBeUndefined()
    // A lone sync pattern whose "next frame" is not there is not proof of MPEG audio.
    const fake = Buffer.alloc(2000, 0x20)
    fake.set([0xff, 0xfb, 0x90, 0xc0], 10)
    expect(readMp3Info(fake)).toBeUndefined()
  })
})
