import { describe, expect, it } from '@jest/globals'

import { seedTaggingContext } from '../../../../src/seed/taggingContext'
import type { StoryText, TaggingContext } from '../../types'
import { tagStory } from './index'

const STORY: StoryText = {
  headline: 'Xã Khoái Châu đưa dịch vụ công trực tuyến về tận thôn',
  standfirst: 'Sau sắp xếp đơn vị hành chính, xã Khoái Châu lập tổ công nghệ số cộng đồng ở từng thôn.',
  body: [
    'Sáng 12/10, tại Trung tâm Phục vụ hành chính công xã Khoái Châu, ông Nguyễn Văn Thành, Chủ tịch UBND xã, cho biết 80% hồ sơ đã được nộp trực tuyến.',
    'Bà Lê Thị Hồng, người dân thôn Đông Kết, lần đầu dùng tài khoản định danh điện tử để làm thủ tục chứng thực.',
  ].join('\n\n'),
  locale: 'vi',
}

describe('tagStory', () => {
  it('returns topics, places, people and organisations, in that order', () => {
    const tags = tagStory(STORY, seedTaggingContext())
    expect(tags.map((t) => [t.kind, t.label])).toEqual([
      ['topic', 'Chuyển đổi số'],
      ['topic', 'Sắp xếp đơn vị hành chính'],
      ['place', 'Xã Khoái Châu, Hưng Yên'],
      ['place', 'Hưng Yên'],
      ['person', 'Nguyễn Văn Thành'],
      ['person', 'Lê Thị Hồng'],
      ['organisation', 'Trung tâm Phục vụ'],
    ])
    for (const tag of tags) {
      expect(tag.confidence).toBeGreaterThanOrEqual(0.35)
      expect(tag.confidence).toBeLessThanOrEqual(1)
      expect(tag.evidence).toBeTruthy()
    }
  })

  it('is pure: the same story and context give the same tags', () => {
    const context = seedTaggingContext()
    expect(tagStory(STORY, context)).toEqual(tagStory(STORY, context))
  })

  it('builds its indexes once per context object', () => {
    const context: TaggingContext = seedTaggingContext()
    const story: StoryText = {
      headline: 'Đua ghe truyền thống',
      standfirst: '',
      body: 'Hội đua ghe ngo.',
      locale: 'vi',
    }
    expect(tagStory(story, context)).toEqual([])
    // A context is read once; later edits need a new context object.
    context.topics.push({ id: 'ghe', name: 'Đua ghe', slug: 'ghe', keywords: ['đua ghe', 'ghe ngo'] })
    expect(tagStory(story, context)).toEqual([])
    expect(tagStory(story, { ...context }).map((t) => t.label)).toEqual(['Đua ghe'])
  })

  it('returns nothing for an empty story', () => {
    expect(tagStory({ headline: '', standfirst: '', body: '', locale: 'vi' }, seedTaggingContext())).toEqual(
      [],
    )
  })

  it('works without a home province: bare commune names are then not places', () => {
    const context = { ...seedTaggingContext(), homeProvinceId: null }
    const story: StoryText = {
      headline: '',
      standfirst: '',
      body: 'Nông dân Khoái Châu trồng chuối.',
      locale: 'vi',
    }
    expect(tagStory(story, context).filter((t) => t.kind === 'place')).toEqual([])
    const prefixed = { ...story, body: 'Nông dân xã Khoái Châu trồng chuối.' }
    expect(
      tagStory(prefixed, context)
        .filter((t) => t.kind === 'place')
        .map((t) => t.label),
    ).toEqual(['Xã Khoái Châu, Hưng Yên', 'Hưng Yên'])
  })
})
