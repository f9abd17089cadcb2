import { describe, expect, it } from '@jest/globals'

import { seedTaggingContext } from '../../../../src/seed/taggingContext'
import { tagStory } from './index'
import { PERSON_CONFIDENCE } from './people'

const context = seedTaggingContext()

function people(body: string): Array<[string, number]> {
  return tagStory({ headline: '', standfirst: '', body, locale: 'vi' }, context)
    .filter((t) => t.kind === 'person')
    .map((t) => [t.label, t.confidence])
}

describe('people', () => {
  it('takes full names after a form of address, a role or a title', () => {
    expect(people('Bà Trần Thị Mai, một tiểu thương ở chợ Gạo, cho biết giá nhãn tăng.')).toEqual([
      ['Trần Thị Mai', PERSON_CONFIDENCE.address],
    ])
    expect(people('Theo bác sĩ Phạm Minh Tuấn, trẻ cần được tiêm đủ mũi.')).toEqual([
      ['Phạm Minh Tuấn', PERSON_CONFIDENCE.role],
    ])
    expect(people('Giám đốc Đỗ Quang Huy khẳng định dự án đúng tiến độ.')).toEqual([
      ['Đỗ Quang Huy', PERSON_CONFIDENCE.title],
    ])
    expect(people('PGS.TS. Vũ Đức Lợi trình bày tham luận.')).toEqual([
      ['Vũ Đức Lợi', PERSON_CONFIDENCE.address],
    ])
  })

  it('finds a holder named after the body the title leads, and before a title', () => {
    expect(
      people(
        'Dự hội nghị có Chủ tịch UBND tỉnh Hưng Yên Trần Quốc Văn và ông Nguyễn Hữu Nghĩa, Bí thư Tỉnh ủy.',
      ),
    ).toEqual([
      ['Nguyễn Hữu Nghĩa', PERSON_CONFIDENCE.address],
      ['Trần Quốc Văn', PERSON_CONFIDENCE.titleBefore],
    ])
    expect(people('Lê Minh Hoàng, Phó Giám đốc Sở Y tế, cho biết thêm.')).toEqual([
      ['Lê Minh Hoàng', PERSON_CONFIDENCE.titleAfter],
    ])
  })

  it('takes a name with Văn or Thị in the middle without a cue, less surely', () => {
    expect(people('Gia đình Nguyễn Văn Hùng có 3 ha nhãn.')).toEqual([
      ['Nguyễn Văn Hùng', PERSON_CONFIDENCE.middleName],
    ])
  })

  it('does not take streets, schools or communes named after people', () => {
    expect(
      people('Nhà văn hóa trên đường Trần Phú, gần Trường THPT Nguyễn Trãi, thuộc xã Nguyễn Văn Linh.'),
    ).toEqual([])
    expect(people('Xã Phạm Ngũ Lão và xã Hoàng Hoa Thám ký kết giao ước thi đua.')).toEqual([])
  })

  it('tags a person once, surer when named again', () => {
    const found = people('Anh Lương Văn Tâm trồng 2 ha bưởi. Theo anh Lương Văn Tâm, giá bưởi năm nay cao.')
    expect(found).toHaveLength(1)
    expect(found[0]![1]).toBeGreaterThan(PERSON_CONFIDENCE.address)
  })

  it('ignores single given names and family names alone', () => {
    expect(people('Ông Hùng cho biết. Nhà họ Nguyễn có truyền thống hiếu học.')).toEqual([])
  })
})
