import { describe, expect, it } from '@jest/globals'

import type { StoryText } from '../../types'
import { floodStory, investmentStory, schoolStory } from './fixtures'
import { analyseStory } from './scoring'
import { seoDescriptionOptions, socialSummaryOptions, standfirstOptions } from './summaries'
import { charCount } from './textFit'

const stories = [investmentStory, floodStory, schoolStory]

/** True when `text` is whole sentences of the story, in the story's order. */
function wholeSentencesInOrder(text: string, story: StoryText): boolean {
  const analysis = analyseStory(story)
  const sentences = [...analysis.standfirst, ...analysis.body].map((s) => s.text)
  let rest = text
  let from = 0
  while (rest) {
    const index = sentences.findIndex((s, i) => i >= from && rest.startsWith(s))
    if (index < 0) return false
    rest = rest.slice(sentences[index].length).trimStart()
    from = index + 1
  }
  return true
}

describe('standfirstOptions', () => {
  it('offers 1–3 options of the lead and the strongest sentence, whole, within the limit', () => {
    for (const story of stories) {
      const options = standfirstOptions(analyseStory(story))
      expect(options.length).toBeGreaterThanOrEqual(1)
      expect(options.length).toBeLessThanOrEqual(3)
      for (const option of options) {
        expect(charCount(option.text)).toBeLessThanOrEqual(300)
        expect(wholeSentencesInOrder(option.text, story)).toBe(true)
      }
    }
    expect(standfirstOptions(analyseStory(investmentStory))[0].text).toBe(
      'Sáng 12/3, tại TP. Quảng Ngãi, UBND tỉnh Quảng Ngãi tổ chức Hội nghị xúc tiến đầu tư năm 2025 với chủ đề “Quảng Ngãi – Điểm đến của nhà đầu tư”. Tại hội nghị, tỉnh đã trao quyết định chủ trương đầu tư cho 12 dự án với tổng vốn đăng ký hơn 25.000 tỷ đồng.',
    )
  })

  it('respects a smaller maxChars', () => {
    const options = standfirstOptions(analyseStory(floodStory), 200)
    expect(options.length).toBeGreaterThan(0)
    for (const option of options) expect(charCount(option.text)).toBeLessThanOrEqual(200)
  })
})

describe('socialSummaryOptions', () => {
  it('keeps whole sentences in their order within 300 characters by default', () => {
    for (const story of stories) {
      const options = socialSummaryOptions(analyseStory(story))
      expect(options.length).toBeGreaterThan(0)
      for (const option of options) {
        expect(charCount(option.text)).toBeLessThanOrEqual(300)
        expect(wholeSentencesInOrder(option.text, story)).toBe(true)
      }
    }
  })

  it('does not repeat the lead that the sapo already says', () => {
    const [first] = socialSummaryOptions(analyseStory(schoolStory))
    expect(first.text.match(/gần 18\.000/g)).toHaveLength(1)
  })

  it('follows params.maxChars', () => {
    for (const option of socialSummaryOptions(analyseStory(investmentStory), 180)) {
      expect(charCount(option.text)).toBeLessThanOrEqual(180)
    }
  })
})

describe('seoDescriptionOptions', () => {
  it('fits 160 characters, with the lead without its dateline among the options', () => {
    const options = seoDescriptionOptions(analyseStory(schoolStory))
    for (const option of options) expect(charCount(option.text)).toBeLessThanOrEqual(160)
    expect(options.map((o) => o.text)).toContain(
      'Gần 18.000 thí sinh tỉnh Khánh Hòa làm thủ tục dự thi tuyển sinh vào lớp 10 THPT năm học 2025-2026 tại 42 điểm thi.',
    )
  })

  it('cuts a sentence at a word and ends with "…" when none fits', () => {
    const story: StoryText = {
      locale: 'vi',
      headline: 'Đường ven biển',
      standfirst: '',
      body: 'Sáng 12/3, tỉnh Quảng Ngãi khởi công tuyến đường ven biển dài 21 km nối Khu kinh tế Dung Quất với thành phố Quảng Ngãi, tổng mức đầu tư hơn 1.500 tỷ đồng từ nguồn vốn ngân sách trung ương và địa phương giai đoạn 2025-2030.',
    }
    const options = seoDescriptionOptions(analyseStory(story))
    expect(options.map((o) => o.text)).toEqual([
      'Tỉnh Quảng Ngãi khởi công tuyến đường ven biển dài 21 km nối Khu kinh tế Dung Quất với thành phố Quảng Ngãi, tổng mức đầu tư hơn 1.500 tỷ đồng từ nguồn vốn…',
    ])
    expect(charCount(options[0].text)).toBeLessThanOrEqual(160)
  })
})
