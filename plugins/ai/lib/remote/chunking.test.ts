import { describe, expect, it } from '@jest/globals'

import {
  CHARS_PER_TOKEN,
  chunkBody,
  estimateMessagesTokens,
  estimateTokens,
  inputTokenBudget,
  joinChunks,
  splitParagraphs,
  splitSentences,
} from './chunking'

const paragraph = (n: number) =>
  `Đoạn ${n}: UBND tỉnh họp bàn kế hoạch năm. Các sở, ngành báo cáo tiến độ giải ngân vốn đầu tư công.`

describe('estimates', () => {
  it('counts tokens with one ratio, rounding up', () => {
    expect(estimateTokens('')).toBe(0)
    expect(estimateTokens('a'.repeat(10))).toBe(Math.ceil(10 / CHARS_PER_TOKEN))
    expect(estimateTokens('a')).toBe(1)
  })

  it('adds a per-message overhead', () => {
    expect(estimateMessagesTokens([{ content: 'abcde' }, { content: '' }])).toBe(4 + 2 + 4)
  })

  it('keeps room for the answer and a margin', () => {
    expect(inputTokenBudget(8000, 1000)).toBe(8000 - 1000 - 400)
    expect(inputTokenBudget(1000, 200)).toBe(1000 - 200 - 64)
  })
})

describe('splitParagraphs / splitSentences', () => {
  it('splits on blank lines and drops empty paragraphs', () => {
    expect(splitParagraphs('Một.\n\nHai\ndòng.\n \n\nBa.')).toEqual(['Một.', 'Hai\ndòng.', 'Ba.'])
  })

  it('splits sentences but not after TP. or PGS.TS.', () => {
    expect(splitSentences('Ông A đến TP. Hồ Chí Minh. PGS.TS. Nguyễn Văn B phát biểu! Hết?')).toEqual([
      'Ông A đến TP. Hồ Chí Minh.',
      'PGS.TS. Nguyễn Văn B phát biểu!',
      'Hết?',
    ])
  })

  it('keeps closing quotes with their sentence', () => {
    expect(splitSentences('Ông nói: “Sẽ làm ngay.” Bà đồng ý.')).toEqual([
      'Ông nói: “Sẽ làm ngay.”',
      'Bà đồng ý.',
    ])
  })
})

describe('chunkBody', () => {
  it('keeps a body that fits as one chunk', () => {
    const body = [1, 2, 3].map(paragraph).join('\n\n')
    expect(chunkBody(body, 1000)).toEqual([{ text: body, continuesParagraph: false }])
  })

  it('packs whole paragraphs in order, every chunk within the limit', () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => paragraph(i + 1))
    const limit = estimateTokens(paragraph(1)) * 4
    const chunks = chunkBody(paragraphs.join('\n\n'), limit)
    expect(chunks.length).toBeGreaterThanOrEqual(15)
    for (const chunk of chunks) {
      expect(estimateTokens(chunk.text)).toBeLessThanOrEqual(limit)
      expect(chunk.continuesParagraph).toBe(false)
    }
    expect(chunks.flatMap((chunk) => splitParagraphs(chunk.text))).toEqual(paragraphs)
  })

  it('splits an oversized paragraph by sentences and marks the continuation', () => {
    const long = Array.from({ length: 10 }, (_, i) => `Câu số ${i + 1} nói về giá lúa tăng.`).join(' ')
    const body = `Mở đầu ngắn.\n\n${long}\n\nKết thúc.`
    const limit = estimateTokens(long) / 3
    const chunks = chunkBody(body, limit)
    expect(chunks.every((chunk) => estimateTokens(chunk.text) <= limit)).toBe(true)
    expect(chunks.some((chunk) => chunk.continuesParagraph)).toBe(true)
    expect(
      joinChunks(
        chunks.map((chunk) => chunk.text),
        chunks,
      ),
    ).toBe(body)
  })

  it('splits a sentence longer than the limit by words', () => {
    const sentence = Array.from({ length: 50 }, (_, i) => `từ${i}`).join(' ')
    const chunks = chunkBody(sentence, 10)
    expect(chunks.length).toBeGreaterThan(1)
    expect(chunks.every((chunk) => estimateTokens(chunk.text) <= 10)).toBe(true)
    expect(
      joinChunks(
        chunks.map((chunk) => chunk.text),
        chunks,
      ),
    ).toBe(sentence)
  })

  it('returns no chunk for an empty body and refuses a zero limit', () => {
    expect(chunkBody(' \n\n ', 100)).toEqual([])
    expect(() => chunkBody('x', 0)).toThrow(RangeError)
  })
})

describe('joinChunks', () => {
  it('joins per-chunk results with paragraph breaks, or a space inside a paragraph', () => {
    const chunks = [
      { text: 'a', continuesParagraph: false },
      { text: 'b', continuesParagraph: true },
      { text: 'c', continuesParagraph: false },
    ]
    expect(joinChunks([' A1 ', 'B1', 'C1\n'], chunks)).toBe('A1 B1\n\nC1')
  })
})
