import { describe, expect, it } from '@jest/globals'

import { seedTaggingContext } from '../../../../src/seed/taggingContext'
import { tagStory } from './index'

const context = seedTaggingContext()

function organisations(body: string): string[] {
  return tagStory({ headline: '', standfirst: '', body, locale: 'vi' }, context)
    .filter((t) => t.kind === 'organisation')
    .map((t) => t.label)
}

describe('organisations', () => {
  it('follows names written with only the first syllable of each word capitalised', () => {
    expect(organisations('Sở Giáo dục và Đào tạo tỉnh Hưng Yên công bố chỉ tiêu tuyển sinh.')).toEqual([
      'Sở Giáo dục và Đào tạo tỉnh Hưng Yên',
    ])
    expect(organisations('Sở Y tế tổ chức tập huấn.')).toEqual(['Sở Y tế'])
    expect(organisations('Trung tâm Phục vụ hành chính công xã Khoái Châu đông người.')).toEqual([
      'Trung tâm Phục vụ',
    ])
    expect(organisations('Sở Văn hóa, Thể thao và Du lịch phối hợp tổ chức lễ hội.')).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
    ])
  })

  it('stops before a person, a title or a second organisation', () => {
    expect(organisations('Chủ tịch UBND tỉnh Hưng Yên Trần Quốc Văn phát biểu.')).toEqual([
      'UBND tỉnh Hưng Yên',
    ])
    expect(organisations('Đoàn làm việc với Sở Y tế Hà Nội và Công ty CP Nhựa Tiền Phong.')).toEqual([
      'Sở Y tế Hà Nội',
      'Công ty CP Nhựa Tiền Phong',
    ])
    expect(organisations('Công ty Hòa Phát cho biết sẽ mở rộng nhà máy.')).toEqual(['Công ty Hòa Phát'])
  })

  it('needs a school type after "Trường" and a name after the head word', () => {
    expect(organisations('Trường THPT Nguyễn Trãi khai giảng.')).toEqual(['Trường THPT Nguyễn Trãi'])
    expect(
      organisations('Trường Sa là huyện đảo. Báo cáo của UBND tỉnh đã được thông qua. Bộ đội giúp dân.'),
    ).toEqual([])
  })

  it('tags each organisation once, the surest first', () => {
    const labels = organisations(
      'Hội Nông dân tỉnh phối hợp với Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam. Hội Nông dân tỉnh cho biết thêm.',
    )
    expect(labels).toEqual(['Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam', 'Hội Nông dân'])
  })
})
