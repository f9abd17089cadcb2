import { stat } from 'node:fs/promises'
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'

import type { MediaKind } from '../types'

export type UploadRejection =
  | 'missing'
  | 'empty'
  | 'unknown-type'
  | 'unsupported-type'
  | 'extension-mismatch'
  | 'mime-mismatch'
  | 'kind-not-allowed'

export class UploadRejectedError extends Error {
  readonly status: 400 | 415
  readonly code: UploadRejection

  constructor(code: UploadRejection, message: string) {
    super(message)
    this.name = 'UploadRejectedError'
    this.code = code
    this.status = code === 'missing' || code === 'empty' ? 400 : 415
  }
}

export type InspectedUpload = { kind: MediaKind; mimeType: string; extension: string }

export type InspectUploadInput = {
  path?: string
  data?: Buffer
  filename: string
  declaredMimeType?: string
  /** Kinds this upload may be (default: all four). */
  allowedKinds?: MediaKind[]
}

type Family = {
  kind: MediaKind
  label: string
  mimeType: string
  /** What file-type reports for it. */
  detected: string[]
  extensions: string[]
  /** What browsers and OSes send for it. */
  declared: string[]
  /** Families whose names and declared types may stand in for this one (same container). */
  group?: 'iso' | 'matroska'
}

const FAMILIES: Family[] = [
  {
    kind: 'image',
    label: 'ảnh JPEG',
    mimeType: 'image/jpeg',
    detected: ['image/jpeg'],
    extensions: ['jpg', 'jpeg', 'jpe', 'jfif'],
    declared: ['image/jpeg', 'image/jpg', 'image/pjpeg'],
  },
  {
    kind: 'image',
    label: 'ảnh PNG',
    mimeType: 'image/png',
    detected: ['image/png', 'image/apng'],
    extensions: ['png', 'apng'],
    declared: ['image/png', 'image/apng', 'image/x-png'],
  },
  {
    kind: 'image',
    label: 'ảnh WebP',
    mimeType: 'image/webp',
    detected: ['image/webp'],
    extensions: ['webp'],
    declared: ['image/webp'],
  },
  {
    kind: 'image',
    label: 'ảnh AVIF',
    mimeType: 'image/avif',
    detected: ['image/avif'],
    extensions: ['avif'],
    declared: ['image/avif', 'image/avif-sequence'],
  },
  {
    kind: 'image',
    label: 'ảnh TIFF',
    mimeType: 'image/tiff',
    detected: ['image/tiff'],
    extensions: ['tif', 'tiff'],
    declared: ['image/tiff', 'image/tif', 'image/x-tiff'],
  },
  {
    kind: 'image',
    label: 'ảnh GIF',
    mimeType: 'image/gif',
    detected: ['image/gif'],
    extensions: ['gif'],
    declared: ['image/gif'],
  },
  {
    kind: 'audio',
    label: 'âm thanh MP3',
    mimeType: 'audio/mpeg',
    detected: ['audio/mpeg'],
    extensions: ['mp3'],
    declared: [
      'audio/mpeg',
      'audio/mp3',
      'audio/mpeg3',
      'audio/x-mp3',
      'audio/x-mpeg',
      'audio/x-mpeg-3',
      'audio/mpg',
    ],
  },
  {
    kind: 'audio',
    label: 'âm thanh WAV',
    mimeType: 'audio/wav',
    detected: ['audio/wav', 'audio/x-wav', 'audio/vnd.wave', 'audio/wave'],
    extensions: ['wav', 'wave'],
    declared: ['audio/wav', 'audio/x-wav', 'audio/vnd.wave', 'audio/wave', 'audio/x-pn-wav'],
  },
  {
    kind: 'audio',
    label: 'âm thanh Ogg',
    mimeType: 'audio/ogg',
    detected: ['audio/ogg', 'audio/opus'],
    extensions: ['ogg', 'oga', 'opus'],
    declared: ['audio/ogg', 'audio/opus', 'audio/vorbis', 'audio/x-ogg', 'application/ogg'],
  },
  {
    kind: 'audio',
    label: 'âm thanh M4A',
    mimeType: 'audio/mp4',
    detected: ['audio/x-m4a', 'audio/mp4', 'audio/m4a'],
    extensions: ['m4a', 'm4b'],
    declared: ['audio/mp4', 'audio/x-m4a', 'audio/m4a', 'audio/aac', 'audio/x-aac'],
    group: 'iso',
  },
  {
    kind: 'video',
    label: 'video MP4',
    mimeType: 'video/mp4',
    detected: ['video/mp4', 'video/x-m4v'],
    extensions: ['mp4', 'm4v'],
    declared: ['video/mp4', 'video/x-m4v', 'application/mp4'],
    group: 'iso',
  },
  {
    kind: 'video',
    label: 'video MOV',
    mimeType: 'video/quicktime',
    detected: ['video/quicktime'],
    extensions: ['mov', 'qt'],
    declared: ['video/quicktime'],
    group: 'iso',
  },
  {
    kind: 'video',
    label: 'video MKV',
    mimeType: 'video/x-matroska',
    detected: ['video/matroska', 'video/x-matroska'],
    extensions: ['mkv'],
    declared: ['video/x-matroska', 'video/matroska'],
    group: 'matroska',
  },
  {
    kind: 'video',
    label: 'video WebM',
    mimeType: 'video/webm',
    detected: ['video/webm'],
    extensions: ['webm'],
    declared: ['video/webm', 'audio/webm'],
    group: 'matroska',
  },
  {
    kind: 'document',
    label: 'tài liệu PDF',
    mimeType: 'application/pdf',
    detected: ['application/pdf'],
    extensions: ['pdf'],
    declared: ['application/pdf', 'application/x-pdf'],
  },
]

/**
 * Every MIME type an upload may be declared with or detected as: the media collection's
 * `mimeTypes`, which Payload checks against both.
 */
export const ACCEPTED_MIME_TYPES = [...new Set(FAMILIES.flatMap((f) => [...f.declared, ...f.detected]))]

const KIND_LABELS: Record<MediaKind, string> = {
  image: 'ảnh',
  audio: 'âm thanh',
  video: 'video',
  document: 'tài liệu PDF',
}

/** Declared types that only mean "the browser did not know". */
const UNINFORMATIVE = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown'])

function baseMime(value: string | undefined): string {
  return (value ?? '').split(';')[0]!.trim().toLowerCase()
}

/** Lower-case extension, or undefined when the name has none worth trusting ("Q3.2025", "a.jpg_large"). */
function extensionOf(filename: string): string | undefined {
  const match = filename.trim().match(/\.([^./\\]+)$/)
  const ext = match?.[1]?.toLowerCase()
  return ext && /^[a-z0-9]{1,5}$/.test(ext) && !/^\d+$/.test(ext) ? ext : undefined
}

function siblings(family: Family): Family[] {
  return family.group ? FAMILIES.filter((f) => f.group === family.group) : [family]
}

/** Decides what an upload really is from its first bytes, and refuses it if its name or declared type lie. */
export async function inspectUpload(input: InspectUploadInput): Promise<InspectedUpload> {
  const { filename } = input
  const size = input.data ? input.data.length : input.path ? (await stat(input.path)).size : undefined
  if (size === undefined) throw new UploadRejectedError('missing', 'Không có tệp nào được gửi lên.')
  if (size === 0) throw new UploadRejectedError('empty', `Tệp "${filename}" rỗng (0 byte). Hãy chọn lại tệp.`)

  // file-type reads only the few header bytes each format needs, never the whole upload.
  const detected = input.data ? await fileTypeFromBuffer(input.data) : await fileTypeFromFile(input.path!)
  const ext = extensionOf(filename)
  const byExtension = ext ? FAMILIES.find((f) => f.extensions.includes(ext)) : undefined
  const detectedMime = baseMime(detected?.mime)
  const found = FAMILIES.find((f) => f.detected.includes(detectedMime))

  if (!detected) {
    throw new UploadRejectedError(
      byExtension ? 'extension-mismatch' : 'unknown-type',
      byExtension
        ? `Nội dung tệp "${filename}" không phải ${byExtension.label} như phần mở rộng .${ext} cho biết (không nhận ra định dạng thật của tệp).`
        : `Không nhận ra định dạng của tệp "${filename}". Chỉ nhận ảnh, âm thanh, video và tài liệu PDF.`,
    )
  }
  if (!found) {
    throw new UploadRejectedError(
      byExtension ? 'extension-mismatch' : 'unsupported-type',
      byExtension
        ? `Nội dung tệp "${filename}" là định dạng ${detected.ext.toUpperCase()} (${detectedMime}), không phải ${byExtension.label} như phần mở rộng .${ext} cho biết.`
        : `Định dạng ${detected.ext.toUpperCase()} (${detectedMime}) của tệp "${filename}" không được hỗ trợ.`,
    )
  }

  // MP4, M4A and MOV are one container (as are MKV and WebM): the name, then the declared type,
  // says which of them the uploader meant, e.g. an audio-only recording saved as .mp4.
  const group = siblings(found)
  const declared = baseMime(input.declaredMimeType)
  let family = found
  if (ext && !found.extensions.includes(ext)) {
    const named = group.find((f) => f.extensions.includes(ext))
    if (!named) {
      throw new UploadRejectedError(
        'extension-mismatch',
        `Nội dung tệp "${filename}" là ${found.label}, không khớp với phần mở rộng .${ext}${byExtension ? ` (của ${byExtension.label})` : ''}.`,
      )
    }
    // Only the generic brands are ambiguous; "M4A " or "qt  " say exactly what the file is.
    if (found.mimeType === 'video/mp4' || found.group === 'matroska') family = named
  } else if (!ext && found.mimeType === 'video/mp4' && declared.startsWith('audio/')) {
    family = group.find((f) => f.kind === 'audio') ?? found
  }

  if (!UNINFORMATIVE.has(declared) && !group.some((f) => f.declared.includes(declared))) {
    throw new UploadRejectedError(
      'mime-mismatch',
      `Kiểu tệp khai báo (${declared}) không khớp với nội dung thật của "${filename}" (${found.label}).`,
    )
  }

  const allowed = input.allowedKinds
  if (allowed && !allowed.includes(family.kind)) {
    throw new UploadRejectedError(
      'kind-not-allowed',
      `Ở đây chỉ nhận ${allowed.map((k) => KIND_LABELS[k]).join(', ')}; tệp "${filename}" là ${family.label}.`,
    )
  }
  return { kind: family.kind, mimeType: family.mimeType, extension: family.extensions[0]! }
}

const MAX_FILENAME_LENGTH = 120
const FALLBACK_NAME = 'tep-tai-len'

/**
 * A file name safe to store and to show: NFC (macOS sends NFD Vietnamese), no folders, no `..`,
 * no control or bidirectional-override characters (which can disguise "gpj.exe" as "exe.jpg"),
 * single spaces, at most 120 characters with the extension kept. Never empty.
 */
export function safeFilename(name: string): string {
  let clean = (name ?? '').normalize('NFC')
  clean = clean.split(/[/\\]/).pop() ?? ''
  clean = clean
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff]/g, '')
    .replace(/[<>:"|?*]/g, '')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.\s]+$/, '')

  // ".jpg" is a name-less JPEG, not a hidden file called "jpg".
  const dot = clean.lastIndexOf('.')
  const hasExtension = dot >= 0 && /^[^\s.]{1,10}$/.test(clean.slice(dot + 1))
  let base = (hasExtension ? clean.slice(0, dot) : clean).replace(/^[.\s]+/, '').trim()
  const extension = hasExtension ? clean.slice(dot) : ''
  if (!base) base = FALLBACK_NAME
  const room = MAX_FILENAME_LENGTH - Array.from(extension).length
  const characters = Array.from(base)
  if (characters.length > room) base = characters.slice(0, room).join('').trim()
  return `${base}${extension}`
}
