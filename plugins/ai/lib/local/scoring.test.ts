import { describe, expect, it } from '@jest/globals'

import { floodStory, investmentStory } from './fixtures'
import { analyseStory, byScore, overlap, similarity, terms, tokens } from './scoring'

describe('tokens and terms', () => {
  it('keeps Vietnamese numbers whole and lower-cases syllables', () => {
    expect(tokens('Thu 31.500 tỷ đồng, tăng 3,5%')).toEqual(['thu', '31.500', 'tỷ', 'đồng', 'tăng', '3,5'])
  })

  it('drops function syllables and pairs content syllables within a clause', () => {
    expect(terms('Tỉnh đã trao quyết định cho các dự án, kinh tế')).toEqual([
      'tỉnh',
      'trao',
      'trao quyết',
      'quyết',
      'quyết định',
      'định',
      'dự',
      'dự án',
      'án',
      'kinh',
      'kinh tế',
      'tế',
    ])
  })

  it('does not pair numbers into phrases', () => {
    expect(terms('12 dự án')).toEqual(['12', 'dự', 'dự án', 'án'])
  })
})

describe('similarity and overlap', () => {
  it('is 1 for the same content and 0 for unrelated content', () => {
    expect(similarity('Mưa lớn gây ngập úng', 'mưa lớn gây ngập úng.')).toBe(1)
    expect(similarity('Mưa lớn gây ngập úng', 'Thí sinh dự thi tuyển sinh')).toBe(0)
  })

  it('overlap sees a restatement in other words', () => {
    const sapo = 'Sáng 5/6, gần 18.000 học sinh tỉnh Khánh Hòa bước vào kỳ thi tuyển sinh lớp 10 THPT.'
    const lead = 'Sáng 5/6, gần 18.000 thí sinh tỉnh Khánh Hòa làm thủ tục dự thi tuyển sinh vào lớp 10 THPT.'
    expect(overlap(sapo, lead)).toBeGreaterThan(0.6)
    expect(overlap(sapo, 'Kết quả thi dự kiến được công bố trước ngày 20/6.')).toBeLessThan(0.3)
  })
})

describe('analyseStory', () => {
  it('is deterministic', () => {
    expect(analyseStory(investmentStory)).toEqual(analyseStory(investmentStory))
  })

  it('splits standfirst and body into scored sentences with their paragraphs', () => {
    const analysis = analyseStory(investmentStory)
    expect(analysis.standfirst).toHaveLength(1)
    expect(analysis.paragraphs).toHaveLength(6)
    expect(analysis.body[0]).toMatchObject({ paragraph: 0, order: 0, indexInParagraph: 0 })
    expect(analysis.body.map((s) => s.order)).toEqual(analysis.body.map((_, i) => i))
  })

  it('ranks the lead and the sentences carrying the story’s recurring terms above the filler', () => {
    const analysis = analyseStory(investmentStory)
    const ranked = [...analysis.body].sort(byScore).map((s) => s.text)
    expect(ranked.slice(0, 2)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Sáng 12\/3, tại TP\. Quảng Ngãi/),
        expect.stringMatching(/^Tại hội nghị, tỉnh đã trao quyết định/),
      ]),
    )
    expect(ranked.at(-1)).toMatch(/^(Hội nghị kết thúc|Ông cũng đề nghị)/)
  })

  it('lists the recurring terms, strongest first', () => {
    const keyTerms = analyseStory(floodStory).keyTerms.map(([term]) => term)
    expect(keyTerms.slice(0, 8)).toEqual(expect.arrayContaining(['ngập úng', 'hưng yên', 'mưa lớn']))
    expect(keyTerms).not.toContain('của')
  })
})
