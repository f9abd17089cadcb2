/**
 * Media fixtures made on the fly (sharp, ffmpeg's lavfi sources, pdf-lib), so no binary files live in
 * the repository and every suite can ask for exactly the size, codec or metadata it needs.
 */
import { mkdir, mkdtemp, rm, stat, truncate as truncateFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'

import { runTool } from '../../plugins/media/lib/tools'
import { createPrng } from '../../src/lib/prng'

export async function makeTempDir(prefix = 'media-test-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix))
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
}

/**
 * One temporary folder for a test file (made before its tests, removed after) and named work
 * folders inside it, as the worker gives each job.
 */
export function useWorkDirs(): { root: () => string; workDir: (name: string) => Promise<string> } {
  let dir = ''
  beforeAll(async () => {
    dir = await makeTempDir()
  })
  afterAll(() => removeDir(dir))
  return {
    root: () => dir,
    workDir: async (name) => {
      const folder = path.join(dir, name)
      await mkdir(folder, { recursive: true })
      return folder
    },
  }
}

/** A photo-like picture (gradient sky, shapes at several scales) that differs clearly from seed to seed. */
export function photoSvg(width: number, height: number, seed = 1): string {
  const random = createPrng(seed)
  const colour = () =>
    `hsl(${Math.floor(random() * 360)},${40 + Math.floor(random() * 50)}%,${25 + Math.floor(random() * 50)}%)`
  const shapes: string[] = []
  for (let i = 0; i < 14; i++) {
    const x = random() * width
    const y = random() * height
    const size = (0.05 + random() * 0.3) * Math.min(width, height)
    shapes.push(
      random() < 0.5
        ? `<circle cx="${x}" cy="${y}" r="${size / 2}" fill="${colour()}"/>`
        : `<rect x="${x - size / 2}" y="${y - size / 3}" width="${size}" height="${size / 1.5}" fill="${colour()}" transform="rotate(${Math.floor(random() * 90)} ${x} ${y})"/>`,
    )
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="${random().toFixed(2)}" y2="1">` +
    `<stop offset="0" stop-color="${colour()}"/><stop offset="1" stop-color="${colour()}"/></linearGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#g)"/>${shapes.join('')}</svg>`
  )
}

export type JpegFixtureOptions = {
  path?: string
  width?: number
  height?: number
  seed?: number
  quality?: number
  /** Adds sensor-like grain, so the file is as heavy to decode as a camera's. */
  noise?: boolean
  /** sharp `withExif` blocks (libvips writes EXIF ASCII as transliterated ASCII). */
  exif?: Record<string, Record<string, string>>
  gps?: { latitude: number; longitude: number }
  xmp?: string
  orientation?: number
  /** Raw APP segments (payload without marker and length) inserted right after SOI. */
  segments?: { marker: number; payload: Buffer }[]
}

function dms(value: number): string {
  const abs = Math.abs(value)
  const degrees = Math.floor(abs)
  const minutes = Math.floor((abs - degrees) * 60)
  const seconds = Math.round(((abs - degrees) * 60 - minutes) * 60 * 100)
  return `${degrees}/1 ${minutes}/1 ${seconds}/100`
}

export async function makeJpeg(options: JpegFixtureOptions = {}): Promise<Buffer> {
  const { width = 640, height = 480, seed = 1, quality = 90 } = options
  let image = sharp(Buffer.from(photoSvg(width, height, seed)))
  if (options.noise) {
    const grain = await sharp({
      create: {
        width,
        height,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .png()
      .toBuffer()
    image = sharp(
      await image
        .composite([{ input: grain, blend: 'soft-light' }])
        .png()
        .toBuffer(),
    )
  }
  const exif: Record<string, Record<string, string>> = { ...options.exif }
  if (options.gps) {
    exif.IFD3 = {
      GPSLatitudeRef: options.gps.latitude >= 0 ? 'N' : 'S',
      GPSLatitude: dms(options.gps.latitude),
      GPSLongitudeRef: options.gps.longitude >= 0 ? 'E' : 'W',
      GPSLongitude: dms(options.gps.longitude),
    }
  }
  if (Object.keys(exif).length > 0) image = image.withExif(exif)
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation })
  if (options.xmp) image = image.withXmp(options.xmp)
  let jpeg = await image.jpeg({ quality }).toBuffer()
  for (const segment of [...(options.segments ?? [])].reverse()) {
    jpeg = insertJpegSegment(jpeg, segment.marker, segment.payload)
  }
  if (options.path) await writeFile(options.path, jpeg)
  return jpeg
}

export function insertJpegSegment(jpeg: Buffer, marker: number, payload: Buffer): Buffer {
  const header = Buffer.alloc(4)
  header.writeUInt8(0xff, 0)
  header.writeUInt8(marker, 1)
  header.writeUInt16BE(payload.length + 2, 2)
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)])
}

export type IptcFixture = {
  caption?: string
  headline?: string
  credit?: string
  byline?: string
  copyright?: string
  keywords?: string[]
  /** YYYYMMDD */
  dateCreated?: string
  /** HHMMSS±HHMM */
  timeCreated?: string
  /** latin1 writes legacy single-byte IPTC without the UTF-8 marker. */
  encoding?: 'utf8' | 'latin1'
}

/** An APP13 "Photoshop 3.0" payload holding one IPTC-IIM resource (8BIM 0x0404). */
export function iptcApp13(fields: IptcFixture): Buffer {
  const encoding = fields.encoding ?? 'utf8'
  const records: Buffer[] = []
  const dataSet = (record: number, tag: number, value: Buffer) => {
    const head = Buffer.from([0x1c, record, tag, 0, 0])
    head.writeUInt16BE(value.length, 3)
    records.push(head, value)
  }
  // ESC % G: the value IPTC uses to say "the strings that follow are UTF-8".
  if (encoding === 'utf8') dataSet(1, 90, Buffer.from([0x1b, 0x25, 0x47]))
  const text = (value: string) => Buffer.from(value, encoding)
  dataSet(2, 0, Buffer.from([0, 4]))
  if (fields.headline) dataSet(2, 105, text(fields.headline))
  if (fields.caption) dataSet(2, 120, text(fields.caption))
  if (fields.credit) dataSet(2, 110, text(fields.credit))
  if (fields.byline) dataSet(2, 80, text(fields.byline))
  if (fields.copyright) dataSet(2, 116, text(fields.copyright))
  if (fields.dateCreated) dataSet(2, 55, text(fields.dateCreated))
  if (fields.timeCreated) dataSet(2, 60, text(fields.timeCreated))
  for (const keyword of fields.keywords ?? []) dataSet(2, 25, text(keyword))
  let iptc = Buffer.concat(records)
  if (iptc.length % 2) iptc = Buffer.concat([iptc, Buffer.alloc(1)])
  const resourceHead = Buffer.alloc(12)
  resourceHead.write('8BIM', 0, 'latin1')
  resourceHead.writeUInt16BE(0x0404, 4)
  // Empty Pascal name padded to even length, then the 32-bit data size.
  resourceHead.writeUInt16BE(0, 6)
  resourceHead.writeUInt32BE(iptc.length, 8)
  return Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resourceHead, iptc])
}

/** An APP1 EXIF payload with ASCII IFD0 tags written byte for byte (sharp would transliterate them). */
export function exifApp1(tags: { [tag: number]: Buffer }): Buffer {
  const entries = Object.entries(tags)
    .map(([tag, value]) => [Number(tag), Buffer.concat([value, Buffer.alloc(1)])] as const)
    .sort((a, b) => a[0] - b[0])
  const ifdSize = 2 + entries.length * 12 + 4
  const tiffHead = Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0])
  const ifd = Buffer.alloc(ifdSize)
  ifd.writeUInt16LE(entries.length, 0)
  const values: Buffer[] = []
  let valueOffset = 8 + ifdSize
  entries.forEach(([tag, value], index) => {
    const at = 2 + index * 12
    ifd.writeUInt16LE(tag, at)
    ifd.writeUInt16LE(2, at + 2)
    ifd.writeUInt32LE(value.length, at + 4)
    if (value.length <= 4) value.copy(ifd, at + 8)
    else {
      ifd.writeUInt32LE(valueOffset, at + 8)
      const padded = value.length % 2 ? Buffer.concat([value, Buffer.alloc(1)]) : value
      values.push(padded)
      valueOffset += padded.length
    }
  })
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiffHead, ifd, ...values])
}

export type AudioFixtureOptions = {
  seconds?: number
  format?: 'wav' | 'mp3' | 'm4a' | 'ogg'
  channels?: 1 | 2 | 6
  frequency?: number
  /** Full scale for the first half, a tenth of it afterwards: gives a waveform with a visible shape. */
  loudThenQuiet?: boolean
}

const AUDIO_CODECS = { wav: 'pcm_s16le', mp3: 'libmp3lame', m4a: 'aac', ogg: 'libvorbis' } as const

export async function makeAudio(file: string, options: AudioFixtureOptions = {}): Promise<string> {
  const { seconds = 2, format = 'wav', channels = 2, frequency = 440 } = options
  const half = seconds / 2
  const expression = options.loudThenQuiet
    ? `0.9*sin(2*PI*${frequency}*t)*lt(t\\,${half})+0.09*sin(2*PI*${frequency}*t)*gte(t\\,${half})`
    : `0.5*sin(2*PI*${frequency}*t)`
  await runTool('ffmpeg', [
    ...['-nostdin', '-hide_banner', '-v', 'error', '-y'],
    ...['-f', 'lavfi', '-i', `aevalsrc=${expression}:s=44100:d=${seconds}`],
    ...['-ac', String(channels), '-c:a', AUDIO_CODECS[format], file],
  ])
  return file
}

export type VideoFixtureOptions = {
  seconds?: number
  width?: number
  height?: number
  container?: 'mp4' | 'mov' | 'mkv'
  audio?: boolean
  /** Puts the index (moov) first, as phones and web exports usually do. */
  faststart?: boolean
}

export async function makeVideo(file: string, options: VideoFixtureOptions = {}): Promise<string> {
  const { seconds = 1, width = 320, height = 240, audio = true } = options
  const inputs = ['-f', 'lavfi', '-i', `testsrc2=s=${width}x${height}:r=25:d=${seconds}`]
  if (audio) inputs.push('-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=44100:duration=${seconds}`)
  await runTool('ffmpeg', [
    ...['-nostdin', '-hide_banner', '-v', 'error', '-y', ...inputs],
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'],
    ...(audio ? ['-c:a', 'aac', '-b:a', '64k'] : []),
    ...(options.faststart ? ['-movflags', '+faststart'] : []),
    file,
  ])
  return file
}

export type PdfFixtureOptions = {
  pages?: number
  title?: string
  text?: string
  /** Page size in points (A4 portrait by default). */
  width?: number
  height?: number
}

export async function makePdf(options: PdfFixtureOptions = {}): Promise<Buffer> {
  const { pages = 1, width = 595, height = 842 } = options
  const doc = await PDFDocument.create()
  if (options.title) doc.setTitle(options.title)
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([width, height])
    page.drawText(options.text ?? `Trang ${i + 1}`, { x: 50, y: height - 80, size: 28, font })
    page.drawRectangle({ x: 50, y: 100, width: width - 100, height: height / 3, borderWidth: 4 })
  }
  return Buffer.from(await doc.save({ addDefaultPage: false }))
}

/** A PDF that asks for a password to open: the Standard handler's /U check fails for the empty password. */
export function makeEncryptedPdf(): Buffer {
  const hex = (bytes: number) => '<' + 'ab'.repeat(bytes) + '>'
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Filter /Standard /V 1 /R 2 /O ${hex(32)} /U ${hex(32)} /P -4 >>`,
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(body.length)
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] >>\n`
  body += `startxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** Keeps only the first `fraction` of the file, in place, as an interrupted upload would. Returns the new size. */
export async function truncate(file: string, fraction: number): Promise<number> {
  const { size } = await stat(file)
  const kept = Math.floor(size * fraction)
  await truncateFile(file, kept)
  return kept
}

/** ffprobe's view of a file, for asserting what an encoder really wrote. */
export async function ffprobeJson(file: string): Promise<{
  format: { duration?: string; format_name?: string }
  streams: {
    codec_type: string
    codec_name: string
    width?: number
    height?: number
    pix_fmt?: string
    sample_rate?: string
    channels?: number
    bit_rate?: string
  }[]
}> {
  const { stdout } = await runTool('ffprobe', [
    ...['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file],
  ])
  return JSON.parse(stdout)
}
