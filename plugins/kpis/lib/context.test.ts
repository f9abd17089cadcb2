import { describe, expect, it } from '@jest/globals'

import { kindWords } from './context'

describe('publication kinds in sentences', () => {
  it('are Vietnamese words, not the stored codes', () => {
    expect(kindWords('website')).toBe('báo điện tử / website')
    expect(kindWords('social')).toBe('mạng xã hội / Zalo')
    expect(kindWords('tv')).toBe('kênh truyền hình')
    expect(kindWords('podcast')).toBe('podcast')
  })
})
