import exifr from 'exifr'
import sharp from 'sharp'

import type { EmbeddedImageMetadata } from '../types'

export type ImageMetadataOptions = {
  /**
   * Cameras record local time without a zone; this offset is assumed when the file does not say
   * (default +07:00: the newsroom's photographers shoot in Vietnam).
   */
  assumedUtcOffset?: string
}

type Segment = Record<string, unknown>
type Parsed = {
  ifd0?: Segment
  exif?: Segment
  gps?: Segment
  iptc?: Segment
  dc?: Segment
  photoshop?: Segment
  xmp?: Segment
}

const IFD0_TEXT_TAGS = {
  ImageDescription: 0x010e,
  Make: 0x010f,
  Model: 0x0110,
  Artist: 0x013b,
  Copyright: 0x8298,
}

/** Caption, credit, creator, … from EXIF, IPTC and XMP; an image without readable metadata gives `{ hasGps: false }`. */
export async function readImageMetadata(
  input: string | Buffer,
  options: ImageMetadataOptions = {},
): Promise<EmbeddedImageMetadata> {
  let parsed: Parsed | undefined
  try {
    parsed = (await exifr.parse(input, {
      tiff: true,
      ifd0: {},
      exif: true,
      gps: true,
      iptc: true,
      xmp: true,
      icc: false,
      jfif: false,
      ihdr: false,
      interop: false,
      ifd1: false,
      makerNote: false,
      userComment: false,
      mergeOutput: false,
      reviveValues: false,
      translateValues: false,
    })) as Parsed | undefined
  } catch {
    // Formats exifr cannot read (GIF, some WebP) simply carry no metadata we can use.
    parsed = undefined
  }
  if (!parsed) return { hasGps: false }

  const ifd0 = await repairIfd0(input, parsed.ifd0 ?? {})
  const { exif = {}, gps = {}, iptc = {}, dc = {}, photoshop = {} } = parsed
  const result: EmbeddedImageMetadata = {
    hasGps: hasValue(gps.GPSLatitude) || hasValue(gps.GPSLongitude) || hasValue(exif.GPSLatitude),
  }
  const set = <K extends keyof EmbeddedImageMetadata>(
    key: K,
    value: EmbeddedImageMetadata[K] | undefined,
  ) => {
    if (value !== undefined) result[key] = value
  }
  set('caption', first(iptc.Caption, xmpText(dc.description), ifd0.ImageDescription, ucs2(ifd0.XPComment)))
  set('headline', first(iptc.Headline, photoshop.Headline, xmpText(dc.title), ucs2(ifd0.XPTitle)))
  set('credit', first(iptc.Credit, photoshop.Credit))
  set('creator', first(iptc.Byline, xmpText(dc.creator), ifd0.Artist, ucs2(ifd0.XPAuthor)))
  set('copyright', first(iptc.CopyrightNotice, xmpText(dc.rights), ifd0.Copyright))
  set('camera', camera(text(ifd0.Make), text(ifd0.Model)))
  set('dateTaken', dateTaken(exif, iptc, photoshop, options.assumedUtcOffset ?? '+07:00'))
  const keywords = list(iptc.Keywords) ?? list(dc.subject) ?? list(ucs2(ifd0.XPKeywords)?.split(/[;,]/))
  set('keywords', keywords)
  return result
}

/**
 * IPTC strings arrive decoded as Latin-1 and EXIF strings as UTF-8, whatever the file used. Agency
 * software writes UTF-8 IPTC (CodedCharacterSet ESC % G), so Latin-1 text that is valid UTF-8 is
 * re-read as UTF-8; genuine Latin-1 ("Café") is not valid UTF-8 and stays as it is.
 */
export function decodeText(value: string): string {
  let result = value.replace(/\0+$/g, '')
  const latin1Only = Array.from(result).every((character) => character.charCodeAt(0) <= 0xff)
  if (latin1Only && /[\u0080-\u00ff]/.test(result)) {
    try {
      result = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(result, 'latin1'))
    } catch {
      // Not UTF-8: it was Latin-1 all along.
    }
  }
  return result.normalize('NFC').trim()
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value)
  if (typeof value !== 'string') return undefined
  const decoded = decodeText(value)
  return decoded || undefined
}

function first(...values: unknown[]): string | undefined {
  for (const value of values) {
    const candidate = Array.isArray(value) ? text(value.join(', ')) : text(value)
    if (candidate) return candidate
  }
  return undefined
}

/** XMP language alternatives come back as `{ lang, value }` (or a list of them), sequences as arrays. */
function xmpText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string' || typeof value === 'number') return text(value)
  if (Array.isArray(value)) {
    const alternatives = value.filter(
      (item): item is { lang?: string; value?: unknown } => typeof item === 'object',
    )
    if (alternatives.length > 0 && alternatives.length === value.length) {
      const preferred = alternatives.find((a) => a.lang === 'x-default') ?? alternatives[0]
      return xmpText(preferred?.value)
    }
    return text(
      value
        .map((item) => xmpText(item))
        .filter(Boolean)
        .join(', '),
    )
  }
  if (typeof value === 'object' && 'value' in value) return xmpText((value as { value: unknown }).value)
  return undefined
}

function list(value: unknown): string[] | undefined {
  const items = (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .map((item) => xmpText(item))
    .filter((item): item is string => Boolean(item))
  const unique = [...new Set(items)]
  return unique.length > 0 ? unique : undefined
}

/** Windows Explorer's XP* tags are UCS-2 byte arrays. */
function ucs2(value: unknown): string | undefined {
  if (typeof value === 'string') return text(value)
  if (!(value instanceof Uint8Array) && !Array.isArray(value)) return undefined
  const bytes = Buffer.from(value as ArrayLike<number>)
  return text(bytes.toString('utf16le').replace(/\0+$/, ''))
}

function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && value !== ''
}

function camera(make: string | undefined, model: string | undefined): string | undefined {
  // "NIKON CORPORATION" + "NIKON Z 6" reads better as the model alone.
  const brand = make?.split(/\s+/)[0]?.toLowerCase()
  if (make && model) return brand && model.toLowerCase().startsWith(brand) ? model : `${make} ${model}`
  return make ?? model
}

function dateTaken(
  exif: Segment,
  iptc: Segment,
  photoshop: Segment,
  assumedOffset: string,
): string | undefined {
  const exifDate = text(exif.DateTimeOriginal) ?? text(exif.CreateDate)
  const exifMatch = exifDate?.match(/^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/)
  if (exifMatch && exifMatch[1] !== '0000') {
    const [, y, mo, d, h, mi, s] = exifMatch
    const offset = text(exif.OffsetTimeOriginal) ?? text(exif.OffsetTime)
    return `${y}-${mo}-${d}T${h}:${mi}:${s}${/^[+-]\d{2}:\d{2}$/.test(offset ?? '') ? offset : assumedOffset}`
  }
  const iptcDate = text(iptc.DateCreated)?.match(/^(\d{4})-?(\d{2})-?(\d{2})/)
  if (iptcDate) {
    const date = `${iptcDate[1]}-${iptcDate[2]}-${iptcDate[3]}`
    const time = text(iptc.TimeCreated)?.match(/^(\d{2}):?(\d{2}):?(\d{2})(?:([+-]\d{2}):?(\d{2}))?/)
    if (!time) return date
    const offset = time[4] ? `${time[4]}:${time[5]}` : assumedOffset
    return `${date}T${time[1]}:${time[2]}:${time[3]}${offset}`
  }
  const xmpDate = text(photoshop.DateCreated)
  return xmpDate && /^\d{4}-\d{2}-\d{2}/.test(xmpDate) ? xmpDate : undefined
}

/**
 * exifr decodes EXIF ASCII as UTF-8, turning Latin-1 bytes ("©" = 0xA9) into U+FFFD. For those few
 * tags, read the raw bytes again and decode them as Windows-1252 when they are not UTF-8.
 */
async function repairIfd0(input: string | Buffer, ifd0: Segment): Promise<Segment> {
  const broken = Object.keys(IFD0_TEXT_TAGS).filter((key) => String(ifd0[key] ?? '').includes('\ufffd'))
  if (broken.length === 0) return ifd0
  let exif: Buffer | undefined
  try {
    ;({ exif } = await sharp(input).metadata())
  } catch {
    return ifd0
  }
  if (!exif) return ifd0
  const repaired = { ...ifd0 }
  for (const key of broken) {
    const bytes = rawIfd0Ascii(exif, IFD0_TEXT_TAGS[key as keyof typeof IFD0_TEXT_TAGS])
    if (!bytes) continue
    try {
      repaired[key] = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      repaired[key] = new TextDecoder('windows-1252').decode(bytes)
    }
  }
  return repaired
}

/** The bytes of one IFD0 tag from an EXIF block ("Exif\0\0" + TIFF), without the trailing NULs. */
export function rawIfd0Ascii(exif: Buffer, tag: number): Buffer | undefined {
  const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif
  if (tiff.length < 8) return undefined
  const little = tiff.toString('latin1', 0, 2) === 'II'
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at))
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at))
  const ifd = u32(4)
  if (ifd + 2 > tiff.length) return undefined
  const entries = u16(ifd)
  for (let i = 0; i < entries; i++) {
    const at = ifd + 2 + i * 12
    if (at + 12 > tiff.length) return undefined
    if (u16(at) !== tag) continue
    const count = u32(at + 4)
    const start = count <= 4 ? at + 8 : u32(at + 8)
    if (start + count > tiff.length) return undefined
    let end = start + count
    while (end > start && tiff[end - 1] === 0) end--
    return tiff.subarray(start, end)
  }
  return undefined
}
