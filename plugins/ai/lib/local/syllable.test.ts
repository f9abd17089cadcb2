import { describe, expect, it } from '@jest/globals'

import {
  breaksStopToneRule,
  hasVietnameseMarks,
  looksVietnamese,
  markVariants,
  matchCase,
  parseSyllable,
  placeTone,
  tonePlacementOf,
} from './syllable'

describe('parseSyllable', () => {
  it('splits onset, nucleus and coda, with "gi" and "qu" as onsets', () => {
    expect(parseSyllable('trường')).toEqual({ onset: 'tr', nucleus: 'ươ', coda: 'ng', tone: '\u0300' })
    expect(parseSyllable('giá')).toMatchObject({ onset: 'gi', nucleus: 'a', coda: '' })
    expect(parseSyllable('gìn')).toMatchObject({ onset: 'g', nucleus: 'i', coda: 'n' })
    expect(parseSyllable('Quốc')).toMatchObject({ onset: 'qu', nucleus: 'ô', coda: 'c' })
  })

  it('rejects letter shapes Vietnamese does not have', () => {
    for (const word of ['online', 'Pleiku', 'Krông', 'Đắk', 'logistics', 'web'])
      expect(looksVietnamese(word)).toBe(false)
    for (const word of ['nghiêng', 'khuỷu', 'ngoài', 'Kon', 'thuở']) expect(looksVietnamese(word)).toBe(true)
  })
})

describe('placeTone', () => {
  it('puts the mark on the first vowel of open oa/oe/uy in the classic style, on the second in the modern', () => {
    expect(placeTone('hoà', 'classic')).toBe('hòa')
    expect(placeTone('Thuỷ', 'classic')).toBe('Thủy')
    expect(placeTone('khỏe', 'modern')).toBe('khoẻ')
  })

  it('leaves syllables where both styles agree untouched', () => {
    for (const word of ['Hoàng', 'quý', 'người', 'ngoài', 'thuở', 'khuyến', 'giữa', 'mùa']) {
      expect(placeTone(word, 'classic')).toBe(word)
      expect(placeTone(word, 'modern')).toBe(word)
      expect(tonePlacementOf(word)).toBeNull()
    }
  })

  it('tells which style a syllable is written in', () => {
    expect(tonePlacementOf('hoá')).toBe('modern')
    expect(tonePlacementOf('hóa')).toBe('classic')
  })
})

describe('breaksStopToneRule', () => {
  it('flags -p/-t/-c/-ch endings without sắc or nặng', () => {
    expect(breaksStopToneRule('nghiêp')).toBe(true)
    expect(breaksStopToneRule('hoàt')).toBe(true)
    expect(breaksStopToneRule('nghiệp')).toBe(false)
    expect(breaksStopToneRule('trường')).toBe(false)
  })
})

describe('markVariants', () => {
  it('finds the intended syllable one mark away', () => {
    expect(markVariants('truờng').map((v) => v.word)).toContain('trường')
    expect(markVariants('nghiêp').map((v) => v.word)).toContain('nghiệp')
    expect(markVariants('nghiep').map((v) => v.word)).toContain('nghiệp')
  })

  it('orders by cost and keeps the case', () => {
    const variants = markVariants('Viêt')
    expect(variants.find((v) => v.word === 'Việt')?.cost).toBe(1)
    expect(variants.every((v, i) => i === 0 || variants[i - 1].cost <= v.cost)).toBe(true)
    expect(variants.map((v) => v.word)).not.toContain('Viêt')
  })
})

describe('helpers', () => {
  it('matchCase copies capitalisation', () => {
    expect(matchCase('trường', 'Truờng')).toBe('Trường')
    expect(matchCase('trường', 'TRUỜNG')).toBe('TRƯỜNG')
    expect(matchCase('trường', 'truờng')).toBe('trường')
  })

  it('hasVietnameseMarks sees tone and vowel marks', () => {
    expect(hasVietnameseMarks('đường')).toBe(true)
    expect(hasVietnameseMarks('online')).toBe(false)
  })
})
