import { writeFile } from 'node:fs/promises'
import path from 'node:path'

import { makeAudio, makeJpeg, makePdf, makeVideo, useWorkDirs } from '../../../test/helpers/mediaFixtures'
import { processFile } from './processFile'
import { runTool } from './tools'

const { root, workDir } = useWorkDirs()

describe('processFile', () => {
  it('processes an image with its focal point', async () => {
    const input = path.join(root(), 'photo.jpg')
    await makeJpeg({ path: input, width: 1000, height: 700, gps: { latitude: 16.05, longitude: 108.2 } })
    const result = await processFile(input, {
      kind: 'image',
      workDir: await workDir('image'),
      focalX: 10,
      focalY: 90,
    })
    expect(result.kind).toBe('image')
    expect(result.technical).toMatchObject({ width: 1000, height: 700 })
    expect(result.renditions).toHaveLength(8)
    expect(result.phash).toMatch(/^[0-9a-f]{16}$/)
    expect(result.embedded).toMatchObject({ hasGps: true })
    expect(result.waveform).toBeUndefined()
  })

  it('processes audio with waveform and loudness', async () => {
    const input = await makeAudio(path.join(root(), 'voice.ogg'), { format: 'ogg', seconds: 1 })
    const result = await processFile(input, { kind: 'audio', workDir: await workDir('audio') })
    expect(result.kind).toBe('audio')
    expect(result.renditions.map((r) => r.name)).toEqual(['mp3'])
    expect(result.waveform).toHaveLength(800)
    expect(result.technical.loudnessLUFS).toBeLessThan(-10)
    expect(result.phash).toBeUndefined()
  })

  it('processes video with the given thread count', async () => {
    const input = await makeVideo(path.join(root(), 'clip.mov'), { container: 'mov', seconds: 1 })
    const result = await processFile(input, { kind: 'video', workDir: await workDir('video'), threads: 1 })
    expect(result.kind).toBe('video')
    expect(result.renditions.map((r) => r.name)).toEqual(['mp4', 'poster'])
    expect(result.technical).toMatchObject({ videoCodec: 'h264', width: 320, height: 240 })
  })

  it('treats a sound-only MP4 uploaded as video as audio', async () => {
    const input = path.join(root(), 'recording.mp4')
    await runTool('ffmpeg', [
      '-nostdin',
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      'sine=duration=1',
      '-c:a',
      'aac',
      input,
    ])
    const result = await processFile(input, { kind: 'video', workDir: await workDir('sound-only') })
    expect(result.kind).toBe('audio')
    expect(result.renditions.map((r) => r.name)).toEqual(['mp3'])
    expect(result.waveform).toHaveLength(800)
  })

  it('processes PDF documents', async () => {
    const input = path.join(root(), 'doc.pdf')
    await writeFile(input, await makePdf({ pages: 2 }))
    const result = await processFile(input, { kind: 'document', workDir: await workDir('pdf') })
    expect(result).toMatchObject({ kind: 'document', technical: { pageCount: 2 } })
    expect(result.renditions.map((r) => r.name)).toEqual(['preview', 'thumbnail'])
  })

  it('honours an aborted signal', async () => {
    const input = await makeAudio(path.join(root(), 'long.wav'), { seconds: 1 })
    const controller = new AbortController()
    controller.abort()
    await expect(
      processFile(input, { kind: 'audio', workDir: await workDir('aborted'), signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' })
  })
})
