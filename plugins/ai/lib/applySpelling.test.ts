import { describe, expect, it } from '@jest/globals'

import { lexicalToPlainText } from '../../../src/lib/textMeasure'
import { applySpelling } from './applySpelling'
import { plainTextToLexical, toStoryText } from './storyText'

const story = {
  headline: 'Nông dân Khoái Châu thu hoạch nhãn',
  standfirst: 'Giá nhãn năm nay tăng so vói năm trước.',
  body: plainTextToLexical(
    'Mùa nhãn bắt đầu từ đầu tháng bảy.\n\nThương lái đến tận vườn thu mua nhãn lòng.',
  ),
}

/** Offset of a word in the text the spelling checker sees. */
function offsetOf(word: string): number {
  const text = toStoryText(story, 'vi')
  return `${text.headline}\n\n${text.standfirst}\n\n${text.body}`.indexOf(word)
}

describe('applySpelling', () => {
  it('fixes words in the standfirst and inside the rich-text body', () => {
    const result = applySpelling(story, [
      { offset: offsetOf('vói'), length: 3, word: 'vói', replacement: 'với' },
      { offset: offsetOf('lòng'), length: 4, word: 'lòng', replacement: 'lồng' },
    ])
    expect(result.standfirst).toBe('Giá nhãn năm nay tăng so với năm trước.')
    expect(lexicalToPlainText(result.body)).toBe(
      'Mùa nhãn bắt đầu từ đầu tháng bảy.\nThương lái đến tận vườn thu mua nhãn lồng.',
    )
    expect(result.applied).toHaveLength(2)
    expect(result.skipped).toEqual([])
    // The story passed in is left as it was.
    expect(lexicalToPlainText(story.body)).toContain('nhãn lòng')
  })

  it('skips a fix whose word is no longer where the checker saw it', () => {
    const result = applySpelling(story, [
      { offset: offsetOf('Khoái'), length: 5, word: 'Khoai', replacement: 'X' },
    ])
    expect(result.headline).toBe(story.headline)
    expect(result.skipped).toHaveLength(1)
  })
})
