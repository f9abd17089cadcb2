import { copyFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import {
  makeAudio,
  makeJpeg,
  makeTempDir,
  makeVideo,
  removeDir,
  truncate,
} from '../../../test/helpers/mediaFixtures'
import { CorruptMediaError, probeMedia } from './probe'
import { runTool } from './tools'

let dir: string
let mp4: string

beforeAll(async () => {
  dir = await makeTempDir()
  mp4 = await makeVideo(path.join(dir, 'clip.mp4'), { seconds: 2, width: 320, height: 240, audio: true })
})

afterAll(() => removeDir(dir))

describe('probeMedia', () => {
  it('reads the technical facts of a video with sound', async () => {
    const { technical, hasVideo, hasAudio } = await probeMedia(mp4)
    expect(hasVideo).toBe(true)
    expect(hasAudio).toBe(true)
    expect(technical.durationSeconds).toBeCloseTo(2, 1)
    expect(technical).toMatchObject({
      width: 320,
      height: 240,
      videoCodec: 'h264',
      audioCodec: 'aac',
      sampleRate: 44100,
      channels: 1,
      frameRate: 25,
    })
    expect(technical.format).toMatch(/mp4/)
    expect(technical.bitRate).toBeGreaterThan(10_000)
  })

  it('handles MOV and MKV without sound', async () => {
    for (const container of ['mov', 'mkv'] as const) {
      const file = await makeVideo(path.join(dir, `silent.${container}`), { container, audio: false })
      const result = await probeMedia(file)
      expect(result.hasVideo).toBe(true)
      expect(result.hasAudio).toBe(false)
      expect(result.technical.audioCodec).toBeUndefined()
      expect(result.technical.format).toMatch(container === 'mov' ? /mov/ : /matroska/)
    }
  })

  it('does not count MP3 cover art as video', async () => {
    const audio = await makeAudio(path.join(dir, 'plain.mp3'), { format: 'mp3', seconds: 1 })
    const cover = path.join(dir, 'cover.jpg')
    await makeJpeg({ path: cover, width: 200, height: 200 })
    const withCover = path.join(dir, 'cover.mp3')
    await runTool('ffmpeg', [
      ...['-nostdin', '-v', 'error', '-y', '-i', audio, '-i', cover, '-map', '0', '-map', '1', '-c', 'copy'],
      ...['-id3v2_version', '3', '-disposition:v', 'attached_pic', withCover],
    ])
    const result = await probeMedia(withCover)
    expect(result.hasAudio).toBe(true)
    expect(result.hasVideo).toBe(false)
    expect(result.technical.width).toBeUndefined()
    expect(result.technical.audioCodec).toBe('mp3')
  })

  it('rejects an MP4 cut off at 30% (index at the end) with a clear Vietnamese error', async () => {
    const cut = path.join(dir, 'cut.mp4')
    await copyFile(mp4, cut)
    await truncate(cut, 0.3)
    const error = await probeMedia(cut).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CorruptMediaError)
    expect((error as Error).message).toMatch(/bị hỏng hoặc không đầy đủ/)
    // The server's temporary path is not shown to the user.
    expect((error as Error).message).not.toContain(dir)
  })

  it('rejects a cut-off MP4 whose index comes first (it would otherwise probe fine)', async () => {
    const cut = await makeVideo(path.join(dir, 'cut-faststart.mp4'), { seconds: 2, faststart: true })
    await expect(probeMedia(cut)).resolves.toMatchObject({ hasVideo: true })
    await truncate(cut, 0.3)
    await expect(probeMedia(cut)).rejects.toThrow(/bị cắt cụt/)
  })

  it('rejects files that are not media at all', async () => {
    const junk = path.join(dir, 'junk.mp4')
    await writeFile(junk, Buffer.alloc(4096, 0x5a))
    await expect(probeMedia(junk)).rejects.toBeInstanceOf(CorruptMediaError)
  })
})
