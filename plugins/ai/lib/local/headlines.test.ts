import { describe, expect, it } from '@jest/globals'

import { searchKey } from '../../../../src/lib/vietnamese'
import { floodStory, investmentStory, schoolStory } from './fixtures'
import { HEADLINE_MAX_CHARS, headlineOptions } from './headlines'
import { analyseStory } from './scoring'
import { charCount } from './textFit'

const options = (story = investmentStory, count?: number) =>
  headlineOptions(story, analyseStory(story), count).map((o) => o.text)

/** Every word of a candidate (the "<Nơi>:" prefix aside) is a whole word of the story. */
function wordsFromStory(headline: string, story: typeof investmentStory): boolean {
  const source = `${story.headline} ${story.standfirst} ${story.body}`
  const words = headline.replace(/^[^:]+:\s/, '').match(/[\p{L}\p{M}\p{N}.,%-]+/gu) ?? []
  return words.every((word) => {
    const bare = word.replace(/[.,]+$/, '')
    const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])`, 'iu').test(source)
  })
}

describe('headlineOptions', () => {
  it('starts with the lead compressed, then the "<Nơi>: ..." form', () => {
    expect(options().slice(0, 3)).toEqual([
      'UBND tỉnh Quảng Ngãi tổ chức Hội nghị xúc tiến đầu tư năm 2025',
      'Quảng Ngãi: Tổ chức Hội nghị xúc tiến đầu tư năm 2025',
      'Quảng Ngãi trao quyết định chủ trương đầu tư cho 12 dự án với tổng vốn đăng ký hơn 25.000 tỷ đồng',
    ])
    expect(options(floodStory).slice(0, 2)).toEqual([
      'Mưa lớn kéo dài làm hơn 1.200 ha lúa mới cấy bị ngập úng',
      'Hưng Yên: Mưa lớn kéo dài làm hơn 1.200 ha lúa mới cấy bị ngập úng',
    ])
  })

  it('gives `count` distinct candidates (5 by default) within 110 characters', () => {
    for (const story of [investmentStory, floodStory, schoolStory]) {
      const five = options(story)
      expect(five).toHaveLength(5)
      expect(new Set(five.map(searchKey)).size).toBe(5)
      expect(options(story, 3)).toEqual(five.slice(0, 3))
      for (const headline of five) {
        expect(charCount(headline)).toBeLessThanOrEqual(HEADLINE_MAX_CHARS)
        expect(headline).not.toMatch(/[\s,.;:–-]$/)
        expect(headline).toMatch(/^\p{Lu}/u)
      }
    }
  })

  it('never cuts inside a word', () => {
    for (const story of [investmentStory, floodStory, schoolStory]) {
      for (const headline of options(story)) expect(wordsFromStory(headline, story)).toBe(true)
    }
  })

  it('does not offer the current headline or the datelines', () => {
    const story = {
      ...investmentStory,
      headline: 'UBND tỉnh Quảng Ngãi tổ chức Hội nghị xúc tiến đầu tư năm 2025',
    }
    const offered = options(story)
    expect(offered).not.toContain(story.headline)
    expect(offered.some((h) => /^(Sáng|Chiều|Tại|Theo)\s/.test(h))).toBe(false)
  })

  it('keeps the count between 1 and 10', () => {
    expect(options(investmentStory, 0)).toHaveLength(1)
    expect(options(investmentStory, Number.NaN)).toHaveLength(5)
  })

  it('is deterministic and empty without text', () => {
    expect(options()).toEqual(options())
    const empty = { locale: 'vi', headline: '', standfirst: '', body: '' }
    expect(headlineOptions(empty, analyseStory(empty))).toEqual([])
  })
})
