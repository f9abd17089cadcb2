import { describe, expect, it } from '@jest/globals'

import { floodStory, investmentStory, schoolStory } from './fixtures'
import { findStyleIssues } from './styleRules'

const found = (text: string) =>
  findStyleIssues(text).map(({ offset, length, word, suggestions }) => ({
    at: text.slice(offset, offset + length),
    word,
    suggestions,
  }))

describe('findStyleIssues', () => {
  it('finds nothing in clean copy', () => {
    for (const story of [investmentStory, floodStory, schoolStory]) {
      expect(findStyleIssues(`${story.headline}\n\n${story.standfirst}\n\n${story.body}`)).toEqual([])
    }
  })

  it('flags doubled spaces and spaces before punctuation', () => {
    expect(found('Tỉnh  họp , sau đó về .')).toEqual([
      { at: '  ', word: '  ', suggestions: [' '] },
      { at: ' ,', word: ' ,', suggestions: [','] },
      { at: ' .', word: ' .', suggestions: ['.'] },
    ])
  })

  it('flags a missing space after punctuation, but not in numbers, abbreviations or links', () => {
    expect(found('Tỉnh họp,sau đó về.Sáng nay mưa')).toEqual([
      { at: ',sau', word: ',sau', suggestions: [', sau'] },
      { at: '.Sáng', word: '.Sáng', suggestions: ['. Sáng'] },
    ])
    expect(
      found('Tăng 3,5%, đạt 1.200 tỷ đồng tại TP.HCM, Tp.Huế, xem https://baoquangngai.vn/a,b và lúc 14:30.'),
    ).toEqual([])
  })

  it('flags a doubled function word but not Vietnamese reduplication', () => {
    expect(found('Đề xuất của của nhà đầu tư và và người dân')).toEqual([
      { at: 'của của', word: 'của của', suggestions: ['của'] },
      { at: 'và và', word: 'và và', suggestions: ['và'] },
    ])
    expect(found('Người người, nhà nhà thi đua; từ từ tiến lên.')).toEqual([])
  })

  it('asks for the agency tone placement', () => {
    expect(found('Hoà bình, thuỷ lợi, sức khoẻ, tuỳ ý ở Khánh Hoà')).toEqual([
      { at: 'Hoà', word: 'Hoà', suggestions: ['Hòa'] },
      { at: 'thuỷ', word: 'thuỷ', suggestions: ['thủy'] },
      { at: 'khoẻ', word: 'khoẻ', suggestions: ['khỏe'] },
      { at: 'tuỳ', word: 'tuỳ', suggestions: ['tùy'] },
      { at: 'Hoà', word: 'Hoà', suggestions: ['Hòa'] },
    ])
    expect(found('Hòa bình, thủy lợi, sức khỏe, Hoàng, thuở, quý')).toEqual([])
  })

  it('flags chat shorthand between words only', () => {
    expect(found('Tỉnh ko đồng ý vs đề xuất, dc chưa? Tôi k biết.')).toEqual([
      { at: 'ko', word: 'ko', suggestions: ['không'] },
      { at: 'vs', word: 'vs', suggestions: ['với', 'và'] },
      { at: 'dc', word: 'dc', suggestions: ['được'] },
      { at: 'k', word: 'k', suggestions: ['không'] },
    ])
    expect(found('Lương 15 k mỗi giờ, điểm K trên bản đồ, trận VS.')).toEqual([])
  })

  it('asks for one i/y spelling when a story mixes them', () => {
    expect(found('Kỹ thuật mới giúp kỹ sư nâng cao kĩ năng.')).toEqual([
      { at: 'kĩ', word: 'kĩ', suggestions: ['kỹ'] },
    ])
    expect(found('Chúng tôi nêu lí do và lí thuyết, chưa khớp lý luận.')).toEqual([
      { at: 'lý', word: 'lý', suggestions: ['lí'] },
    ])
    // Capitals may be names ("Lý Thường Kiệt", "Mỹ"): they do not count.
    expect(found('Ông Lý Văn Sáu sang Mỹ học kĩ thuật.')).toEqual([])
    expect(found('Bác sĩ và kỹ sư.')).toEqual([])
  })
})
