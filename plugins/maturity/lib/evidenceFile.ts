import { open } from 'node:fs/promises'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import sharp from 'sharp'

/**
 * What an evidence file really is, from its bytes: the kinds a self-assessment is backed by
 * (decisions and plans as PDF or office documents, screenshots as images), each checked for the
 * structure a truncated or forged file lacks. The name and declared type must agree with it.
 */
type Family = {
  label: string
  mimeType: string
  extensions: string[]
  declared: string[]
  check: 'pdf' | 'image' | 'zip'
}

const OOXML = 'application/vnd.openxmlformats-officedocument'
const ODF = 'application/vnd.oasis.opendocument'

export const EVIDENCE_FAMILIES: readonly Family[] = [
  {
    label: 'PDF',
    mimeType: 'application/pdf',
    extensions: ['pdf'],
    declared: ['application/x-pdf'],
    check: 'pdf',
  },
  {
    label: 'ảnh JPEG',
    mimeType: 'image/jpeg',
    extensions: ['jpg', 'jpeg', 'jpe', 'jfif'],
    declared: ['image/jpg', 'image/pjpeg'],
    check: 'image',
  },
  { label: 'ảnh PNG', mimeType: 'image/png', extensions: ['png'], declared: ['image/x-png'], check: 'image' },
  { label: 'ảnh WebP', mimeType: 'image/webp', extensions: ['webp'], declared: [], check: 'image' },
  {
    label: 'văn bản Word (DOCX)',
    mimeType: `${OOXML}.wordprocessingml.document`,
    extensions: ['docx'],
    declared: [],
    check: 'zip',
  },
  {
    label: 'bảng tính Excel (XLSX)',
    mimeType: `${OOXML}.spreadsheetml.sheet`,
    extensions: ['xlsx'],
    declared: [],
    check: 'zip',
  },
  { label: 'văn bản ODT', mimeType: `${ODF}.text`, extensions: ['odt'], declared: [], check: 'zip' },
  { label: 'bảng tính ODS', mimeType: `${ODF}.spreadsheet`, extensions: ['ods'], declared: [], check: 'zip' },
]

/** For the upload collection's `mimeTypes` (Payload checks the detected type against it too). */
export const EVIDENCE_MIME_TYPES = EVIDENCE_FAMILIES.map((family) => family.mimeType)

export const ACCEPTED_KINDS = 'PDF, ảnh (JPEG, PNG, WebP), DOCX, XLSX, ODT hoặc ODS'

/** Declared types that only mean "the browser did not know". */
const UNINFORMATIVE = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown'])
/** Office files are zips: some systems declare them as such. */
const ZIP_DECLARED = new Set(['application/zip', 'application/x-zip-compressed'])

export class EvidenceRejected extends Error {
  readonly status: 400 | 413
  constructor(status: 400 | 413, message: string) {
    super(message)
    this.name = 'EvidenceRejected'
    this.status = status
  }
}

export type EvidenceInput = {
  path?: string
  data?: Buffer
  size: number
  filename: string
  declaredMimeType?: string
  maxBytes: number
}

export type InspectedEvidence = { mimeType: string; label: string }

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`

const extensionOf = (filename: string) =>
  filename
    .trim()
    .match(/\.([a-z0-9]{1,5})$/i)?.[1]
    ?.toLowerCase()

/** `length` bytes at `position` (negative: from the end), without reading the whole file. */
async function readBytes(input: EvidenceInput, position: number, length: number): Promise<Buffer> {
  const start = Math.max(0, position < 0 ? input.size + position : position)
  const count = Math.max(0, Math.min(length, input.size - start))
  if (input.data) return input.data.subarray(start, start + count)
  const handle = await open(input.path!, 'r')
  try {
    const buffer = Buffer.alloc(count)
    const { bytesRead } = await handle.read(buffer, 0, count, start)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** A PDF ends with its cross-reference pointer and `%%EOF`; a cut-off download does not. */
async function pdfIsWhole(input: EvidenceInput): Promise<boolean> {
  const tail = (await readBytes(input, -2048, 2048)).toString('latin1')
  return tail.includes('%%EOF') && tail.includes('startxref')
}

/** A zip's central directory is at its end: its end record must be there and point at real entries. */
async function zipIsWhole(input: EvidenceInput): Promise<boolean> {
  const tail = await readBytes(input, -(65_535 + 22), 65_535 + 22)
  const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0 || end + 22 > tail.length) return false
  const entries = tail.readUInt16LE(end + 10)
  const directorySize = tail.readUInt32LE(end + 12)
  const directoryOffset = tail.readUInt32LE(end + 16)
  if (entries === 0 || directoryOffset + directorySize > input.size) return false
  const first = await readBytes(input, directoryOffset, 4)
  return first.equals(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
}

async function imageIsWhole(input: EvidenceInput): Promise<boolean> {
  try {
    // Decoding every pixel is what finds a truncated image; the pixel cap keeps a bomb out.
    await sharp(input.data ?? input.path, { limitInputPixels: 100_000_000, failOn: 'truncated' }).stats()
    return true
  } catch {
    return false
  }
}

const CHECKS = { pdf: pdfIsWhole, zip: zipIsWhole, image: imageIsWhole }

export async function inspectEvidence(input: EvidenceInput): Promise<InspectedEvidence> {
  const { filename } = input
  if (input.size === 0) throw new EvidenceRejected(400, `Tệp "${filename}" rỗng (0 byte).`)
  if (input.size > input.maxBytes)
    throw new EvidenceRejected(
      413,
      `Tệp "${filename}" có ${megabytes(input.size)}, vượt giới hạn ${megabytes(input.maxBytes)} của một minh chứng.`,
    )
  let detected: { mime: string; ext: string } | undefined
  try {
    detected = input.data ? await fileTypeFromBuffer(input.data) : await fileTypeFromFile(input.path!)
  } catch {
    detected = undefined
  }
  const ext = extensionOf(filename)
  const named = ext ? EVIDENCE_FAMILIES.find((family) => family.extensions.includes(ext)) : undefined
  const family = detected ? EVIDENCE_FAMILIES.find((f) => f.mimeType === detected.mime) : undefined
  if (!detected)
    throw new EvidenceRejected(
      400,
      named
        ? `Nội dung tệp "${filename}" không phải ${named.label} như phần mở rộng .${ext} cho biết (không nhận ra định dạng thật của tệp).`
        : `Không nhận ra định dạng của tệp "${filename}". Minh chứng phải là ${ACCEPTED_KINDS}.`,
    )
  if (!family)
    throw new EvidenceRejected(
      400,
      `Tệp "${filename}" là định dạng ${detected.ext.toUpperCase()} (${detected.mime}), không nhận làm minh chứng. Minh chứng phải là ${ACCEPTED_KINDS}.`,
    )
  if (ext && !family.extensions.includes(ext))
    throw new EvidenceRejected(
      400,
      `Nội dung tệp "${filename}" là ${family.label}, không khớp với phần mở rộng .${ext}${named ? ` (của ${named.label})` : ''}.`,
    )
  const declared = (input.declaredMimeType ?? '').split(';')[0]!.trim().toLowerCase()
  const declaredFits =
    UNINFORMATIVE.has(declared) ||
    declared === family.mimeType ||
    family.declared.includes(declared) ||
    (family.check === 'zip' && ZIP_DECLARED.has(declared))
  if (!declaredFits)
    throw new EvidenceRejected(
      400,
      `Kiểu tệp khai báo (${declared}) không khớp với nội dung thật của "${filename}" (${family.label}).`,
    )
  if (!(await CHECKS[family.check](input)))
    throw new EvidenceRejected(
      400,
      `Tệp "${filename}" (${family.label}) bị hỏng hoặc không trọn vẹn, không mở được. Hãy xuất lại tệp rồi tải lên.`,
    )
  return { mimeType: family.mimeType, label: family.label }
}
