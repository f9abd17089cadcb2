import {
  countPrintCharacters,
  countSyllables,
  estimateReadSeconds,
  formatDuration,
  lexicalToPlainText,
} from './textMeasure'

const paragraph = (text: string) => ({
  type: 'paragraph',
  children: [{ type: 'text', text }],
})

describe('lexicalToPlainText', () => {
  it('joins paragraphs with newlines', () => {
    const value = { root: { type: 'root', children: [paragraph('Câu một.'), paragraph('Câu hai.')] } }
    expect(lexicalToPlainText(value)).toBe('Câu một.\nCâu hai.')
  })

  it('accepts plain strings and empty values', () => {
    expect(lexicalToPlainText('văn bản')).toBe('văn bản')
    expect(lexicalToPlainText(null)).toBe('')
    expect(lexicalToPlainText({})).toBe('')
  })
})

describe('countPrintCharacters', () => {
  it('counts composed and decomposed Vietnamese the same', () => {
    expect(countPrintCharacters('Nguyễn')).toBe(6)
    expect(countPrintCharacters('Nguyễn'.normalize('NFD'))).toBe(6)
  })

  it('collapses whitespace runs', () => {
    expect(countPrintCharacters('  a \n\n b  ')).toBe(3)
    expect(countPrintCharacters('')).toBe(0)
  })
})

describe('read time', () => {
  it('counts syllables as space-separated words', () => {
    expect(countSyllables('Tỉnh Hưng Yên có 104 xã, phường.')).toBe(7)
  })

  it('estimates seconds at 220 syllables a minute by default', () => {
    const text = Array.from({ length: 220 }, () => 'tin').join(' ')
    expect(estimateReadSeconds(text)).toBe(60)
    expect(estimateReadSeconds(text, 110)).toBe(120)
    expect(() => estimateReadSeconds(text, 0)).toThrow(RangeError)
  })

  it('formats durations as m:ss', () => {
    expect(formatDuration(65)).toBe('1:05')
    expect(formatDuration(0)).toBe('0:00')
  })
})
