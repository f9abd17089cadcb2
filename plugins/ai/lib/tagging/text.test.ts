import { describe, expect, it } from '@jest/globals'

import { isUnmarkedText, normaliseText, readDoc, tokenize, toneKey } from './text'

describe('toneKey', () => {
  it('ignores where the tone mark sits and the case', () => {
    expect(toneKey('Hoà')).toBe(toneKey('hòa'))
    expect(toneKey('Thuỵ')).toBe(toneKey('Thụy'))
    expect(toneKey('KHÁNH')).toBe(toneKey('khánh'))
  })

  it('keeps vowel marks and đ apart', () => {
    expect(toneKey('Nam')).not.toBe(toneKey('Năm'))
    expect(toneKey('Đông')).not.toBe(toneKey('Dông'))
    expect(toneKey('báo')).not.toBe(toneKey('bão'))
  })
})

describe('normaliseText', () => {
  it('composes decomposed text and turns the eth some converters type into đ', () => {
    expect(normaliseText('Ðông Hưng ðường'.normalize('NFD'))).toBe('Đông Hưng đường')
  })
})

describe('tokenize', () => {
  it('keeps offsets, folded forms and the separator before each token', () => {
    const tokens = tokenize(['Xã Đông Hưng, tỉnh Hưng Yên'])
    expect(tokens.map((t) => [t.text, t.folded, t.start, t.sep])).toEqual([
      ['Xã', 'xa', 0, '\n'],
      ['Đông', 'dong', 3, ' '],
      ['Hưng', 'hung', 8, ' '],
      ['tỉnh', 'tinh', 14, ', '],
      ['Hưng', 'hung', 19, ' '],
      ['Yên', 'yen', 24, ' '],
    ])
    expect(tokens.map((t) => t.clauseStart)).toEqual([true, false, false, true, false, false])
  })

  it('does not end a sentence at the dot of TP. or PGS.TS.', () => {
    const tokens = tokenize(['Về TP. Hải Phòng. PGS.TS. Lê Văn A nói'])
    const byText = (text: string) => tokens.find((t) => t.text === text)!
    expect(byText('Hải').sentenceStart).toBe(false)
    expect(byText('Hải').joined).toBe(true)
    expect(byText('PGS').sentenceStart).toBe(true)
    expect(byText('TS').sentenceStart).toBe(false)
    expect(byText('Lê').sentenceStart).toBe(false)
  })

  it('starts every segment as a sentence and numbers the segments', () => {
    const tokens = tokenize(['Tiêu đề', 'Sa pô', 'Đoạn một'])
    expect(tokens.filter((t) => t.sentenceStart).map((t) => [t.text, t.segment])).toEqual([
      ['Tiêu', 0],
      ['Sa', 1],
      ['Đoạn', 2],
    ])
  })

  it('marks capitals, abbreviations and diacritics', () => {
    const [ubnd, xa, hcm] = tokenize(['UBND xã HCM'])
    expect([ubnd!.cap, ubnd!.upper, ubnd!.marked]).toEqual([true, true, false])
    expect([xa!.cap, xa!.upper, xa!.marked]).toEqual([false, false, true])
    expect(hcm!.upper).toBe(true)
  })
})

describe('isUnmarkedText', () => {
  it('tells Vietnamese with diacritics from plain text', () => {
    expect(isUnmarkedText(tokenize(['Xã Khoái Châu tổ chức lễ hội nhãn lồng']))).toBe(false)
    expect(isUnmarkedText(tokenize(['xa Khoai Chau to chuc le hoi nhan long']))).toBe(true)
    expect(isUnmarkedText(tokenize(['The People’s Committee of Hưng Yên met on Monday']))).toBe(true)
  })
})

describe('readDoc', () => {
  it('splits the body into paragraphs after the headline and standfirst', () => {
    const doc = readDoc({ headline: 'Tin', standfirst: 'Sa pô', body: 'Một.\n\nHai.\n \nBa.' })
    expect(doc.segments).toEqual(['Tin', 'Sa pô', 'Một.', 'Hai.', 'Ba.'])
  })
})
