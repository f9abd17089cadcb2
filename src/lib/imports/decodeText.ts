/**
 * Decoding an uploaded text file (schedules, revenue and audience CSVs): UTF-8 (with or without
 * BOM) or Windows-1258, the code page older Vietnamese Excel and playout systems still write.
 * UTF-16 is refused with a way out.
 */

export const ENCODING_CHOICES = ['auto', 'utf-8', 'windows-1258'] as const
export type EncodingChoice = (typeof ENCODING_CHOICES)[number]
export type DetectedEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1258'

export class TextEncodingError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TextEncodingError'
  }
}

const ENCODING_ALIASES: Readonly<Record<string, EncodingChoice>> = {
  utf8: 'utf-8',
  cp1258: 'windows-1258',
  '1258': 'windows-1258',
}

/** The `encoding` an importer was given ("" is auto; utf8, cp1258 and 1258 are aliases), if known. */
export function encodingChoice(value: string | undefined): EncodingChoice | undefined {
  const key = (value ?? '').trim().toLowerCase()
  if (key === '') return 'auto'
  return (ENCODING_CHOICES as readonly string[]).includes(key)
    ? (key as EncodingChoice)
    : ENCODING_ALIASES[key]
}

const SAVE_AS = 'Hãy lưu lại dưới dạng "CSV UTF-8 (phân cách bằng dấu phẩy)" rồi tải lên lại.'

function looksUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true
  // Without a BOM, text in UTF-16 has a zero byte beside nearly every ASCII character.
  const sample = bytes.subarray(0, 512)
  let zeros = 0
  for (const byte of sample) if (byte === 0) zeros++
  return sample.length >= 4 && zeros * 4 >= sample.length
}

const hasBom = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/** The line of the first byte that is not UTF-8, for the error message. */
function firstBadLine(bytes: Uint8Array): number {
  const lossy = new TextDecoder('utf-8').decode(bytes)
  return lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD'))).split('\n').length
}

/**
 * Windows-1258 writes most tone marks as combining characters after the base letter ("ờ" is
 * ơ 0xF5 + combining grave 0xCC); NFC turns them into the precomposed letters everything else
 * in the newsroom uses, so "Thời sự" from either encoding compares equal.
 */
function windows1258(bytes: Uint8Array): string {
  return new TextDecoder('windows-1258').decode(bytes).normalize('NFC')
}

/**
 * Bytes → text. `auto`: a BOM means UTF-8; bytes that are valid UTF-8 are UTF-8; anything else is
 * read as Windows-1258. A forced encoding is taken as given (after the UTF-16 check).
 */
export function decodeText(
  bytes: Uint8Array,
  choice: EncodingChoice = 'auto',
): { text: string; encoding: DetectedEncoding } {
  if (looksUtf16(bytes)) throw new TextEncodingError(`Tệp đang ở bảng mã UTF-16 (Unicode). ${SAVE_AS}`)
  if (hasBom(bytes)) {
    if (choice === 'windows-1258')
      throw new TextEncodingError('Tệp có dấu BOM của UTF-8 nhưng bảng mã được chọn là Windows-1258.')
    const text = strictUtf8(bytes.subarray(3))
    if (text === undefined)
      throw new TextEncodingError(
        `Dòng ${firstBadLine(bytes)}: tệp có dấu BOM UTF-8 nhưng chứa byte không phải UTF-8. ${SAVE_AS}`,
      )
    return { text: text.normalize('NFC'), encoding: 'utf-8-bom' }
  }
  if (choice === 'windows-1258') return { text: windows1258(bytes), encoding: 'windows-1258' }
  const text = strictUtf8(bytes)
  if (text !== undefined) return { text: text.normalize('NFC'), encoding: 'utf-8' }
  if (choice === 'utf-8')
    throw new TextEncodingError(`Dòng ${firstBadLine(bytes)}: tệp không phải UTF-8 hợp lệ. ${SAVE_AS}`)
  return { text: windows1258(bytes), encoding: 'windows-1258' }
}
