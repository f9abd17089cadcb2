import { describe, expect, it } from '@jest/globals'

import { floodStory, investmentStory } from './fixtures'
import { peopleIn, quotesIn } from './quotes'

describe('peopleIn', () => {
  it('keeps the title from the first mention under full and given name', () => {
    const people = peopleIn(floodStory.body)
    expect(people.get('Bình')).toEqual({
      honorific: 'ông',
      name: 'Trần Văn Bình',
      role: 'Phó Chủ tịch UBND tỉnh',
    })
    expect(people.get('Trần Văn Bình')?.role).toBe('Phó Chủ tịch UBND tỉnh')
  })
})

describe('quotesIn', () => {
  it('finds a quote with its speaker named before it', () => {
    const sentence = investmentStory.body.split('\n\n')[2].split(' Ông cũng')[0]
    expect(quotesIn(sentence, peopleIn(investmentStory.body))).toEqual([
      {
        text: 'Tỉnh cam kết đồng hành cùng nhà đầu tư, giải quyết nhanh các thủ tục hành chính và bảo đảm mặt bằng sạch cho các dự án trọng điểm.',
        speaker: 'Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Quảng Ngãi',
      },
    ])
  })

  it('resolves a speaker named after the quote by the given name', () => {
    const sentence =
      '“Phải tiêu úng cho diện tích lúa trong 48 giờ tới, nếu để ngập lâu hơn cây lúa sẽ chết”, ông Bình nhấn mạnh.'
    expect(quotesIn(sentence, peopleIn(floodStory.body))).toEqual([
      {
        text: 'Phải tiêu úng cho diện tích lúa trong 48 giờ tới, nếu để ngập lâu hơn cây lúa sẽ chết',
        speaker: 'Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh',
      },
    ])
  })

  it('ignores short quoted names and reports an unknown speaker as null', () => {
    expect(quotesIn('Hội nghị có chủ đề “Điểm đến mới”.', new Map())).toEqual([])
    expect(quotesIn('Người dân nói: “Chúng tôi rất mừng vì nước đã rút nhanh”.', new Map())).toEqual([
      { text: 'Chúng tôi rất mừng vì nước đã rút nhanh', speaker: null },
    ])
  })
})
