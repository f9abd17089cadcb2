import { describe, expect, it } from '@jest/globals'

import type { StoryText } from '../../types'
import { floodStory, investmentStory } from './fixtures'
import { printCutOptions } from './printCut'
import { analyseStory } from './scoring'
import { splitParagraphs, splitSentences } from './sentences'
import { charCount } from './textFit'

const cut = (story: StoryText, maxChars: number) => printCutOptions(story.body, analyseStory(story), maxChars)

const sentencesOf = (text: string) =>
  splitParagraphs(text).flatMap((p) => splitSentences(p).map((s) => s.text))

/** True when `kept` is `all` with some items removed, order unchanged. */
function isSubsequence(kept: string[], all: string[]): boolean {
  let i = 0
  for (const item of all) if (item === kept[i]) i++
  return i === kept.length
}

describe('printCutOptions', () => {
  it('returns a body that already fits unchanged, with a note', () => {
    const [option] = cut(floodStory, 5000)
    expect(option.text).toBe(floodStory.body)
    expect(option.note).toBe(`Bài đã vừa khuôn (${charCount(floodStory.body)}/5000 ký tự), không cần cắt.`)
  })

  it('cuts whole sentences to fit, keeping the lead paragraph and the order', () => {
    for (const story of [investmentStory, floodStory]) {
      const options = cut(story, 900)
      expect(options.length).toBeGreaterThanOrEqual(1)
      const original = sentencesOf(story.body)
      const leadParagraph = splitParagraphs(story.body)[0]
      for (const option of options) {
        expect(charCount(option.text)).toBeLessThanOrEqual(900)
        const kept = sentencesOf(option.text)
        expect(isSubsequence(kept, original)).toBe(true)
        expect(option.text.startsWith(splitSentences(leadParagraph)[0].text)).toBe(true)
      }
      expect(splitParagraphs(options[0].text)[0]).toBe(leadParagraph)
      expect(options[0].note).toMatch(
        new RegExp(`^Đã cắt từ ${charCount(story.body)} xuống \\d+/900 ký tự, bỏ \\d+ câu\\.`),
      )
    }
  })

  it('drops weak sentences near the end before strong ones near the top', () => {
    const [option] = cut(investmentStory, 1200)
    expect(option.text).toContain('Tại hội nghị, tỉnh đã trao quyết định chủ trương đầu tư cho 12 dự án')
    expect(option.text).not.toContain('Ông cũng đề nghị các sở, ngành rút ngắn')
  })

  it('offers a plain cut from the end as a second option', () => {
    const [, fromEnd] = cut(investmentStory, 900)
    const original = sentencesOf(investmentStory.body)
    const kept = sentencesOf(fromEnd.text)
    expect(kept).toEqual(original.slice(0, kept.length))
    expect(fromEnd.note).toMatch(/Cắt từ cuối bài lên\.$/)
  })

  it('cuts inside the lead sentence only when it alone is too long', () => {
    const [option] = cut(floodStory, 120)
    expect(charCount(option.text)).toBeLessThanOrEqual(120)
    expect(option.text.endsWith('…')).toBe(true)
    expect(floodStory.body.startsWith(option.text.slice(0, -1))).toBe(true)
  })
})
