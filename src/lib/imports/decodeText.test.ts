import { describe, expect, it } from '@jest/globals'

import { decodeText, encodingChoice } from './decodeText'

const utf8 = (text: string) => new TextEncoder().encode(text)
/** "Thời sự" in Windows-1258: T h ơ(F5) + combining grave(CC) i, space, s ư(FD) + combining dot below(F2). */
const THOI_SU_1258 = [0x54, 0x68, 0xf5, 0xcc, 0x69, 0x20, 0x73, 0xfd, 0xf2]

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(utf8('Thời sự'))).toEqual({ text: 'Thời sự', encoding: 'utf-8' })
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Thời sự')]))).toEqual({
      text: 'Thời sự',
      encoding: 'utf-8-bom',
    })
  })

  it('falls back to Windows-1258 and composes its combining tone marks', () => {
    const { text, encoding } = decodeText(new Uint8Array(THOI_SU_1258))
    expect(encoding).toBe('windows-1258')
    expect(text).toBe('Thời sự')
    expect(text).toHaveLength(7) // precomposed ờ and ự, as typed in UTF-8
  })

  it('refuses UTF-16 with or without a BOM, and bad bytes when UTF-8 is forced', () => {
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x6e, 0x00]))).toThrow(/UTF-16/)
    const noBom = new Uint8Array([...'ngay,gio'].flatMap((ch) => [ch.charCodeAt(0), 0]))
    expect(() => decodeText(noBom)).toThrow(/UTF-16/)
    expect(() => decodeText(new Uint8Array([...utf8('a\nb'), ...THOI_SU_1258]), 'utf-8')).toThrow(
      /^Dòng 2: tệp không phải UTF-8 hợp lệ/,
    )
  })
})

describe('encodingChoice', () => {
  it('takes the three choices and their usual aliases, empty as auto', () => {
    expect(encodingChoice(undefined)).toBe('auto')
    expect(encodingChoice(' ')).toBe('auto')
    expect(encodingChoice('UTF-8')).toBe('utf-8')
    expect(encodingChoice('utf8')).toBe('utf-8')
    expect(encodingChoice('cp1258')).toBe('windows-1258')
    expect(encodingChoice('1258')).toBe('windows-1258')
    expect(encodingChoice('latin1')).toBeUndefined()
  })
})
