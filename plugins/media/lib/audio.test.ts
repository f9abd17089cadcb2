import path from 'node:path'

import { ffprobeJson, makeAudio, makeVideo, useWorkDirs } from '../../../test/helpers/mediaFixtures'
import { DEFAULT_WAVEFORM_BUCKETS, parseLoudnorm, PeakAccumulator, processAudio } from './audio'
import { CorruptMediaError } from './tools'

const { root, workDir } = useWorkDirs()

describe('processAudio', () => {
  it.each(['wav', 'mp3', 'm4a', 'ogg'] as const)(
    'makes a loudness-normalised 128 kb/s MP3 from %s',
    async (format) => {
      const input = await makeAudio(path.join(root(), `in.${format}`), { format, seconds: 2, channels: 2 })
      const result = await processAudio(input, await workDir(format))

      expect(result.technical.durationSeconds).toBeCloseTo(2, 0)
      expect(result.renditions).toHaveLength(1)
      const [mp3] = result.renditions
      expect(mp3).toMatchObject({ name: 'mp3', mimeType: 'audio/mpeg', extension: 'mp3' })
      expect(mp3!.filesize).toBeGreaterThan(15_000)
      expect(Math.abs(mp3!.durationSeconds! - 2)).toBeLessThan(0.15)

      const probe = await ffprobeJson(mp3!.path)
      const stream = probe.streams[0]!
      expect(stream.codec_name).toBe('mp3')
      expect(stream.sample_rate).toBe('44100')
      expect(stream.channels).toBe(2)
      expect(Number(stream.bit_rate)).toBe(128_000)

      expect(result.loudnessLUFS).toBeGreaterThan(-18)
      expect(result.loudnessLUFS).toBeLessThan(-14)
      expect(result.technical.loudnessLUFS).toBe(result.loudnessLUFS)
      // The fixture is a sine at half scale: about -9 LUFS before normalisation.
      expect(result.sourceLoudnessLUFS).toBeGreaterThan(-12)

      expect(result.waveform).toHaveLength(DEFAULT_WAVEFORM_BUCKETS)
      for (const peak of result.waveform) {
        expect(peak).toBeGreaterThanOrEqual(0)
        expect(peak).toBeLessThanOrEqual(1)
        expect(Math.round(peak * 1000) / 1000).toBe(peak)
      }
      expect(Math.max(...result.waveform)).toBeGreaterThan(0.1)
    },
  )

  it('keeps mono mono, folds surround down to stereo and honours the bucket count', async () => {
    const mono = await makeAudio(path.join(root(), 'mono.wav'), { channels: 1, seconds: 1 })
    const monoResult = await processAudio(mono, await workDir('mono'), { waveformBuckets: 50 })
    expect((await ffprobeJson(monoResult.renditions[0]!.path)).streams[0]).toMatchObject({ channels: 1 })
    expect(monoResult.waveform).toHaveLength(50)

    const surround = await makeAudio(path.join(root(), 'surround.wav'), { channels: 6, seconds: 1 })
    const surroundResult = await processAudio(surround, await workDir('surround'))
    expect(surroundResult.technical.channels).toBe(6)
    expect((await ffprobeJson(surroundResult.renditions[0]!.path)).streams[0]).toMatchObject({ channels: 2 })
  })

  it('draws a waveform that follows the signal', async () => {
    const input = await makeAudio(path.join(root(), 'shape.wav'), { seconds: 4, loudThenQuiet: true })
    const { waveform } = await processAudio(input, await workDir('shape'), { waveformBuckets: 100 })
    const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
    // Leave out the buckets around the step, where loudnorm's gain is still adjusting.
    const loud = average(waveform.slice(5, 45))
    const quiet = average(waveform.slice(55, 95))
    expect(loud).toBeGreaterThan(0.1)
    expect(loud / quiet).toBeGreaterThan(5)
  })

  it('refuses a file without sound', async () => {
    const silent = await makeVideo(path.join(root(), 'silent.mp4'), { audio: false })
    await expect(processAudio(silent, await workDir('silent'))).rejects.toBeInstanceOf(CorruptMediaError)
  })
})

function samples(values: number[]): Buffer {
  const buffer = Buffer.alloc(values.length * 2)
  values.forEach((value, i) => buffer.writeInt16LE(value, i * 2))
  return buffer
}

describe('PeakAccumulator', () => {
  it('returns exactly N buckets even for fewer samples than buckets', () => {
    const peaks = new PeakAccumulator(10)
    peaks.push(samples([16384, -32768, 0]))
    const result = peaks.finish()
    expect(result).toHaveLength(10)
    expect(result).toContain(1)
    expect(result).toContain(0.5)
  })

  it('gives zeros for silence and for no samples at all', () => {
    expect(new PeakAccumulator(4).finish()).toEqual([0, 0, 0, 0])
    const silent = new PeakAccumulator(4)
    silent.push(Buffer.alloc(1000))
    expect(silent.finish()).toEqual([0, 0, 0, 0])
  })

  it('joins samples split across chunks at an odd byte', () => {
    const whole = samples([100, -20000, 3000, 32767])
    const peaks = new PeakAccumulator(4)
    peaks.push(whole.subarray(0, 3))
    peaks.push(whole.subarray(3, 5))
    peaks.push(whole.subarray(5))
    expect(peaks.finish()).toEqual([0.003, 0.61, 0.092, 1])
  })

  it('stays exact in bounded memory for a long stream of unknown duration', () => {
    const peaks = new PeakAccumulator(8)
    // 8 equal sections, each with one distinctive peak; far more samples than the block array holds.
    const section = 10_000
    for (let s = 0; s < 8; s++) {
      const values = new Array<number>(section).fill(100)
      values[section / 2] = (s + 1) * 4000
      peaks.push(samples(values))
    }
    expect(peaks.finish()).toEqual([0.122, 0.244, 0.366, 0.488, 0.61, 0.732, 0.854, 0.977])
  })
})

describe('parseLoudnorm', () => {
  it('reads the last JSON report and ignores -inf', () => {
    const stderr =
      'size=1kB\n[Parsed_loudnorm_1 @ 0x1] \n{\n\t"input_i" : "-23.10",\n\t"output_i" : "-16.02"\n}\n'
    expect(parseLoudnorm(stderr)).toEqual({ input: -23.1, output: -16.02 })
    expect(parseLoudnorm('{ "input_i" : "-inf", "output_i" : "-inf" }')).toEqual({})
    expect(parseLoudnorm('nothing here')).toEqual({})
  })
})
