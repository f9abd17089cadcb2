import { open } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

import { ffprobeJson, makeAudio, makeVideo, useWorkDirs } from '../../../test/helpers/mediaFixtures'
import { CorruptMediaError } from './tools'
import { processVideo } from './video'

const { root, workDir } = useWorkDirs()

/** Whether the MP4 index (moov) comes before the media data, so playback can start while downloading. */
async function moovFirst(file: string): Promise<boolean> {
  const handle = await open(file)
  try {
    const head = Buffer.alloc(64 * 1024)
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    const text = head.subarray(0, bytesRead).toString('latin1')
    const moov = text.indexOf('moov')
    const mdat = text.indexOf('mdat')
    return moov >= 0 && (mdat < 0 || moov < mdat)
  } finally {
    await handle.close()
  }
}

describe('processVideo', () => {
  it('scales a 1080p MP4 down to 720p H.264/AAC with faststart and a poster', async () => {
    const input = await makeVideo(path.join(root(), 'hd.mp4'), { seconds: 1, width: 1920, height: 1080 })
    const result = await processVideo(input, await workDir('hd'), { threads: 2 })

    expect(result.technical).toMatchObject({
      width: 1920,
      height: 1080,
      videoCodec: 'h264',
      audioCodec: 'aac',
    })
    expect(result.renditions.map((r) => r.name)).toEqual(['mp4', 'poster'])
    const [mp4, poster] = result.renditions
    expect(mp4).toMatchObject({ mimeType: 'video/mp4', extension: 'mp4', width: 1280, height: 720 })
    expect(Math.abs(mp4!.durationSeconds! - 1)).toBeLessThan(0.1)

    const probe = await ffprobeJson(mp4!.path)
    const video = probe.streams.find((s) => s.codec_type === 'video')!
    const audio = probe.streams.find((s) => s.codec_type === 'audio')!
    expect(video).toMatchObject({ codec_name: 'h264', pix_fmt: 'yuv420p', width: 1280, height: 720 })
    expect(audio.codec_name).toBe('aac')
    expect(await moovFirst(mp4!.path)).toBe(true)

    expect(poster).toMatchObject({ mimeType: 'image/jpeg', extension: 'jpg', width: 1280, height: 720 })
    const posterMeta = await sharp(poster!.path).metadata()
    expect(posterMeta.format).toBe('jpeg')
    expect(posterMeta.width).toBe(1280)
  })

  it('handles a portrait MOV without sound: no audio stream, even dimensions, aspect kept', async () => {
    const input = await makeVideo(path.join(root(), 'portrait.mov'), {
      container: 'mov',
      width: 720,
      height: 1280,
      audio: false,
    })
    const result = await processVideo(input, await workDir('portrait'))
    const probe = await ffprobeJson(result.renditions[0]!.path)
    expect(probe.streams.map((s) => s.codec_type)).toEqual(['video'])
    const { width, height } = probe.streams[0]!
    expect(height).toBeLessThanOrEqual(720)
    expect(width! % 2).toBe(0)
    expect(height! % 2).toBe(0)
    expect(width! / height!).toBeCloseTo(720 / 1280, 2)
    expect(result.renditions[1]!.width).toBe(width)
  })

  it('keeps a small MKV at its own size (never enlarges)', async () => {
    const input = await makeVideo(path.join(root(), 'small.mkv'), {
      container: 'mkv',
      width: 320,
      height: 240,
    })
    const result = await processVideo(input, await workDir('small'))
    expect(result.technical.format).toMatch(/matroska/)
    expect(result.renditions[0]).toMatchObject({ width: 320, height: 240 })
    const probe = await ffprobeJson(result.renditions[0]!.path)
    expect(probe.format.format_name).toMatch(/mp4/)
    expect(probe.streams.map((s) => s.codec_name).sort()).toEqual(['aac', 'h264'])
  })

  it('takes the poster at half the duration for very short clips', async () => {
    const input = await makeVideo(path.join(root(), 'blink.mp4'), { seconds: 0.4, width: 160, height: 120 })
    const result = await processVideo(input, await workDir('blink'))
    expect(result.renditions[1]).toMatchObject({ name: 'poster', width: 160, height: 120 })
  })

  it('refuses an audio file', async () => {
    const input = await makeAudio(path.join(root(), 'voice.m4a'), { format: 'm4a', seconds: 1 })
    await expect(processVideo(input, await workDir('voice'))).rejects.toBeInstanceOf(CorruptMediaError)
  })
})
