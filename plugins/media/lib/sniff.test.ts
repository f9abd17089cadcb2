import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

import { makeAudio, makePdf, makeTempDir, makeVideo, removeDir } from '../../../test/helpers/mediaFixtures'
import { inspectUpload, safeFilename, UploadRejectedError } from './sniff'
import { runTool } from './tools'

let dir: string
const files: Record<string, string> = {}

async function image(format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'tiff'): Promise<Buffer> {
  return sharp({ create: { width: 16, height: 16, channels: 3, background: '#c0ffee' } })
    .toFormat(format)
    .toBuffer()
}

async function ffmpeg(output: string, args: string[]): Promise<string> {
  await runTool('ffmpeg', ['-nostdin', '-v', 'error', '-y', ...args, output])
  return output
}

beforeAll(async () => {
  dir = await makeTempDir()
  const at = (name: string) => path.join(dir, name)
  const sine = ['-f', 'lavfi', '-i', 'sine=duration=0.3']
  const [wav, mp3, m4a, ogg, opus, isoAudio, mp4, mov, mkv, webm] = await Promise.all([
    makeAudio(at('a.wav'), { seconds: 0.3 }),
    makeAudio(at('a.mp3'), { seconds: 0.3, format: 'mp3' }),
    makeAudio(at('a.m4a'), { seconds: 0.3, format: 'm4a' }),
    makeAudio(at('a.ogg'), { seconds: 0.3, format: 'ogg' }),
    ffmpeg(at('a.opus.ogg'), [...sine, '-c:a', 'libopus', '-f', 'ogg']),
    // Audio only, but in a generic "isom" MP4 as many recorders write it.
    ffmpeg(at('a-iso.mp4'), [...sine, '-c:a', 'aac', '-f', 'mp4']),
    makeVideo(at('v.mp4'), { seconds: 0.2, width: 64, height: 48 }),
    makeVideo(at('v.mov'), { seconds: 0.2, width: 64, height: 48, container: 'mov' }),
    makeVideo(at('v.mkv'), { seconds: 0.2, width: 64, height: 48, container: 'mkv' }),
    ffmpeg(at('v.webm'), [
      '-f',
      'lavfi',
      '-i',
      'testsrc2=s=64x48:d=0.2',
      '-c:v',
      'libvpx',
      '-deadline',
      'realtime',
    ]),
  ])
  Object.assign(files, { wav, mp3, m4a, ogg, opus, isoAudio, mp4, mov, mkv, webm })
  files.pdf = at('doc.pdf')
  await writeFile(files.pdf, await makePdf({ pages: 1 }))
  files.empty = at('empty.jpg')
  await writeFile(files.empty, Buffer.alloc(0))
  files.text = at('text.jpg')
  await writeFile(files.text, 'Đây là một tệp văn bản, không phải ảnh.\n'.repeat(20))
})

afterAll(() => removeDir(dir))

async function rejection(input: Parameters<typeof inspectUpload>[0]): Promise<UploadRejectedError> {
  const error = await inspectUpload(input).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(UploadRejectedError)
  return error as UploadRejectedError
}

describe('inspectUpload', () => {
  it.each([
    ['jpeg', 'Ảnh bìa.JPG', 'image/jpg', 'image/jpeg', 'jpg'],
    ['png', 'so-do.png', 'image/png', 'image/png', 'png'],
    ['webp', 'a.webp', 'image/webp', 'image/webp', 'webp'],
    ['avif', 'a.avif', '', 'image/avif', 'avif'],
    ['gif', 'a.gif', 'application/octet-stream', 'image/gif', 'gif'],
    ['tiff', 'scan.tif', 'image/tiff', 'image/tiff', 'tif'],
  ] as const)(
    'accepts %s images (as %s, declared %s)',
    async (format, filename, declared, mimeType, extension) => {
      const data = await image(format)
      await expect(inspectUpload({ data, filename, declaredMimeType: declared })).resolves.toEqual({
        kind: 'image',
        mimeType,
        extension,
      })
    },
  )

  it.each([
    ['wav', 'phong-van.wav', 'audio/x-wav', 'audio/wav', 'wav'],
    ['wav', 'phong-van.wav', 'audio/vnd.wave', 'audio/wav', 'wav'],
    ['mp3', 'ban-tin.mp3', 'audio/mp3', 'audio/mpeg', 'mp3'],
    ['m4a', 'ghi-am.m4a', 'audio/x-m4a', 'audio/mp4', 'm4a'],
    ['m4a', 'ghi-am.mp4', 'audio/mp4', 'audio/mp4', 'm4a'],
    ['isoAudio', 'ghi-am.m4a', 'audio/mp4', 'audio/mp4', 'm4a'],
    ['ogg', 'nhac.ogg', 'audio/ogg', 'audio/ogg', 'ogg'],
    ['opus', 'voice.ogg', 'audio/ogg', 'audio/ogg', 'ogg'],
    ['opus', 'voice.opus', 'audio/opus', 'audio/ogg', 'ogg'],
  ])('accepts %s audio named %s declared %s', async (key, filename, declared, mimeType, extension) => {
    await expect(inspectUpload({ path: files[key], filename, declaredMimeType: declared })).resolves.toEqual({
      kind: 'audio',
      mimeType,
      extension,
    })
  })

  it.each([
    ['mp4', 'clip.mp4', 'video/mp4', 'video/mp4', 'mp4'],
    ['mov', 'IMG_0001.MOV', 'video/quicktime', 'video/quicktime', 'mov'],
    ['mov', 'exported.mp4', 'video/mp4', 'video/quicktime', 'mov'],
    ['mkv', 'tu-lieu.mkv', 'video/x-matroska', 'video/x-matroska', 'mkv'],
    ['webm', 'screen.webm', 'video/webm', 'video/webm', 'webm'],
    ['isoAudio', 'recording.mp4', 'video/mp4', 'video/mp4', 'mp4'],
  ])('accepts %s video named %s declared %s', async (key, filename, declared, mimeType, extension) => {
    await expect(inspectUpload({ path: files[key], filename, declaredMimeType: declared })).resolves.toEqual({
      kind: 'video',
      mimeType,
      extension,
    })
  })

  it('accepts PDFs and names without a usable extension', async () => {
    const expected = { kind: 'document', mimeType: 'application/pdf', extension: 'pdf' }
    await expect(
      inspectUpload({ path: files.pdf, filename: 'Tờ trình.pdf', declaredMimeType: 'application/pdf' }),
    ).resolves.toEqual(expected)
    await expect(
      inspectUpload({ path: files.pdf, filename: 'Báo cáo Q3.2025', declaredMimeType: '' }),
    ).resolves.toEqual(expected)
    await expect(
      inspectUpload({ data: await image('jpeg'), filename: 'anh.jpg_large', declaredMimeType: 'image/jpeg' }),
    ).resolves.toMatchObject({ kind: 'image' })
  })

  it('rejects empty uploads with 400', async () => {
    for (const input of [{ path: files.empty }, { data: Buffer.alloc(0) }]) {
      const error = await rejection({ ...input, filename: 'anh.jpg', declaredMimeType: 'image/jpeg' })
      expect(error).toMatchObject({ status: 400, code: 'empty' })
      expect(error.message).toMatch(/rỗng \(0 byte\)/)
    }
    await expect(rejection({ filename: 'x.jpg' })).resolves.toMatchObject({ status: 400, code: 'missing' })
  })

  it('rejects content that does not match its extension', async () => {
    const png = await rejection({
      data: await image('png'),
      filename: 'bai-hat.mp3',
      declaredMimeType: 'audio/mpeg',
    })
    expect(png).toMatchObject({ status: 415, code: 'extension-mismatch' })
    expect(png.message).toMatch(/là ảnh PNG, không khớp với phần mở rộng \.mp3/)

    const text = await rejection({ path: files.text, filename: 'anh.jpg', declaredMimeType: 'image/jpeg' })
    expect(text).toMatchObject({ status: 415, code: 'extension-mismatch' })
    expect(text.message).toMatch(/không phải ảnh JPEG như phần mở rộng \.jpg/)

    const pdfAsMp4 = await rejection({ path: files.pdf, filename: 'clip.mp4', declaredMimeType: 'video/mp4' })
    expect(pdfAsMp4.code).toBe('extension-mismatch')
  })

  it('rejects a declared type that disagrees with the content', async () => {
    const error = await rejection({
      data: await image('png'),
      filename: 'so-do.png',
      declaredMimeType: 'audio/mpeg',
    })
    expect(error).toMatchObject({ status: 415, code: 'mime-mismatch' })
    expect(error.message).toMatch(/Kiểu tệp khai báo \(audio\/mpeg\) không khớp/)
    await expect(
      rejection({ path: files.wav, filename: 'a.wav', declaredMimeType: 'video/mp4; codecs="avc1"' }),
    ).resolves.toMatchObject({ code: 'mime-mismatch' })
  })

  it('rejects undetectable and unsupported formats', async () => {
    const unknown = await rejection({
      path: files.text,
      filename: 'ghi-chu.txt',
      declaredMimeType: 'text/plain',
    })
    expect(unknown).toMatchObject({ status: 415, code: 'unknown-type' })
    expect(unknown.message).toMatch(/Không nhận ra định dạng/)

    const zip = Buffer.from('504b0304140000000800000000000000000000000000000000000000', 'hex')
    const unsupported = await rejection({
      data: zip,
      filename: 'tai-lieu.zip',
      declaredMimeType: 'application/zip',
    })
    expect(unsupported).toMatchObject({ status: 415, code: 'unsupported-type' })
    expect(unsupported.message).toMatch(/không được hỗ trợ/)
  })

  it('rejects kinds the caller does not allow', async () => {
    const error = await rejection({
      path: files.pdf,
      filename: 'doc.pdf',
      declaredMimeType: 'application/pdf',
      allowedKinds: ['image', 'video'],
    })
    expect(error).toMatchObject({ status: 415, code: 'kind-not-allowed' })
    expect(error.message).toMatch(/chỉ nhận ảnh, video/)
  })
})

describe('safeFilename', () => {
  it('keeps Vietnamese, composes NFD and tidies spaces', () => {
    expect(safeFilename('Ảnh   lễ hội  Đền Hùng.jpg')).toBe('Ảnh lễ hội Đền Hùng.jpg')
    expect(safeFilename('Hà Nội.png'.normalize('NFD'))).toBe('Hà Nội.png')
  })

  it('strips folders, traversal, control and bidi characters', () => {
    expect(safeFilename('../../etc/passwd')).toBe('passwd')
    expect(safeFilename('C:\\Users\\bao\\Desktop\\ảnh.jpg')).toBe('ảnh.jpg')
    expect(safeFilename('a..b\u0000\u0007.jpg')).toBe('a.b.jpg')
    expect(safeFilename('invoice\u202Egpj.exe')).toBe('invoicegpj.exe')
    expect(safeFilename('..')).toBe('tep-tai-len')
    expect(safeFilename('')).toBe('tep-tai-len')
    expect(safeFilename('.jpg')).toBe('tep-tai-len.jpg')
    expect(safeFilename('   ')).toBe('tep-tai-len')
    expect(safeFilename('.htaccess')).toBe('tep-tai-len.htaccess')
    expect(safeFilename('Phỏng vấn: ông A?.mp3')).toBe('Phỏng vấn ông A.mp3')
  })

  it('limits the length to 120 characters and keeps the extension', () => {
    const long = safeFilename(`${'Bản tin thời sự tối '.repeat(20)}.mp4`)
    // Cut at 120, then the space left dangling at the cut is dropped.
    expect(Array.from(long).length).toBeLessThanOrEqual(120)
    expect(Array.from(long).length).toBeGreaterThan(115)
    expect(long.endsWith('.mp4')).toBe(true)
    expect(safeFilename('x'.repeat(300))).toHaveLength(120)
  })
})
