import { describe, expect, it } from '@jest/globals'

import { seedTaggingContext } from '../../../../src/seed/taggingContext'
import type { TagOption } from '../../types'
import { tagStory } from './index'
import { PLACE_CONFIDENCE } from './places'

const context = seedTaggingContext()

function places(body: string, headline = ''): TagOption[] {
  return tagStory({ headline, standfirst: '', body, locale: 'vi' }, context).filter((t) => t.kind === 'place')
}
const labels = (body: string) => places(body).map((t) => t.label)
const byLabel = (tags: TagOption[], label: string) => tags.find((t) => t.label === label)

describe('places with a level word', () => {
  it('tags "xã Lê Lợi" as the commune, with its code and its province', () => {
    const tags = places('Sáng 5/9, UBND xã Lê Lợi tổ chức lễ khai giảng năm học mới cho hơn 1.200 học sinh.')
    expect(tags).toEqual([
      {
        kind: 'place',
        label: 'Xã Lê Lợi, Hưng Yên',
        ref: '13120',
        code: '13120',
        confidence: PLACE_CONFIDENCE.prefixed,
        evidence: 'xã Lê Lợi',
      },
      { kind: 'place', label: 'Hưng Yên', ref: '33', code: '33', confidence: 0.95, evidence: 'xã Lê Lợi' },
    ])
  })

  it('does not take streets, schools or people named Lê Lợi for the commune', () => {
    expect(labels('Các hộ kinh doanh trên đường Lê Lợi và phố Lê Lợi đã treo cờ.')).toEqual([])
    expect(labels('Thầy cô Trường THPT Lê Lợi đón học sinh lớp 10.')).toEqual([])
    expect(labels('Ông Lê Lợi, 62 tuổi, cho biết gia đình trồng nhãn đã 20 năm.')).toEqual([])
    expect(labels('Anh Nguyễn Văn Giang là kỹ sư cầu đường.')).toEqual([])
  })

  it('follows the prefix through a list: "các xã Tiền Hải, Đông Tiền Hải và Nam Tiền Hải"', () => {
    const tags = places('Mưa lớn gây ngập úng tại các xã Tiền Hải, Đông Tiền Hải và Nam Tiền Hải.')
    expect(tags.map((t) => [t.label, t.confidence])).toEqual([
      ['Xã Tiền Hải, Hưng Yên', 0.95],
      ['Hưng Yên', 0.95],
      ['Xã Đông Tiền Hải, Hưng Yên', 0.9],
      ['Xã Nam Tiền Hải, Hưng Yên', 0.9],
    ])
  })

  it('reads a former district as the commune that carries its name, less surely than "xã"', () => {
    const [commune] = places('Huyện Vũ Thư (cũ) từng là vùng trồng dâu nuôi tằm lớn của tỉnh.')
    expect(commune).toMatchObject({
      label: 'Xã Vũ Thư, Hưng Yên',
      confidence: PLACE_CONFIDENCE.formerDistrict,
    })
    expect(commune!.evidence).toBe('Huyện Vũ Thư (cũ)')
  })

  it('drops a commune placed in another province and keeps that province', () => {
    expect(labels('Ngư dân xã Đông Hưng, tỉnh Đồng Tháp được hỗ trợ sửa tàu sau bão.')).toEqual(['Đồng Tháp'])
  })

  it('tags each place once, surer for each further mention', () => {
    const tags = places(
      'Đêm qua, một vụ cháy xảy ra tại phường Thái Bình. Lực lượng chữa cháy phường Thái Bình đã có mặt sau 7 phút.',
    )
    expect(tags.map((t) => t.label)).toEqual(['Phường Thái Bình, Hưng Yên', 'Hưng Yên'])
    expect(tags[0]!.confidence).toBeGreaterThan(PLACE_CONFIDENCE.prefixed)
  })
})

describe('Thái Bình: former province, ward, ocean', () => {
  it('reads bare "Thái Bình" as the former province, now Hưng Yên, with less confidence', () => {
    expect(places('Thái Bình là vựa lúa lớn của đồng bằng sông Hồng.')).toEqual([
      {
        kind: 'place',
        label: 'Hưng Yên (tỉnh Thái Bình cũ)',
        ref: '33',
        code: '33',
        confidence: PLACE_CONFIDENCE.formerProvinceBare,
        evidence: 'Thái Bình',
      },
    ])
  })

  it('reads "tỉnh Thái Bình (cũ)" as Hưng Yên, surely', () => {
    expect(places('Tại tỉnh Thái Bình (cũ), diện tích lúa xuân đạt hơn 76.000 ha.')).toMatchObject([
      { label: 'Hưng Yên (tỉnh Thái Bình cũ)', confidence: 0.9, evidence: 'tỉnh Thái Bình (cũ)' },
    ])
  })

  it('links a bare mention to the ward named earlier with its prefix', () => {
    const tags = places('Phường Thái Bình ra quân dọn vệ sinh. Người dân Thái Bình hưởng ứng nhiệt tình.')
    expect(tags.map((t) => t.label)).toEqual(['Phường Thái Bình, Hưng Yên', 'Hưng Yên'])
  })

  it('does not see places in "Thái Bình Dương", a person or a theatre name', () => {
    expect(labels('Khu vực châu Á – Thái Bình Dương tăng trưởng nhanh nhất thế giới.')).toEqual([])
    expect(labels('Anh Nguyễn Thái Bình, kỹ sư điện, sửa xong đường dây trong đêm.')).toEqual([])
    expect(labels('Cầu Thái Bình bắc qua sông Thái Bình được sửa chữa.')).toEqual([])
  })
})

describe('bare commune names', () => {
  it('accepts home-province communes at lower confidence, rising with repeats', () => {
    const once = places('Năm nay, nông dân Khoái Châu trồng thêm 200 ha chuối tiêu hồng.')
    expect(byLabel(once, 'Xã Khoái Châu, Hưng Yên')?.confidence).toBe(PLACE_CONFIDENCE.communeBare)
    const twice = places('Chuối Khoái Châu được giá. Thương lái về Khoái Châu thu mua từ sáng sớm.')
    expect(byLabel(twice, 'Xã Khoái Châu, Hưng Yên')!.confidence).toBeGreaterThan(
      PLACE_CONFIDENCE.communeBare,
    )
    expect(byLabel(twice, 'Xã Khoái Châu, Hưng Yên')!.confidence).toBeLessThan(PLACE_CONFIDENCE.prefixed)
  })

  it('ignores them inside company and school names and in a place named after a person', () => {
    expect(labels('Công ty Khoái Châu Xanh vừa khai trương cửa hàng mới.')).toEqual([])
    expect(labels('Học sinh Trường THCS Khoái Châu đạt giải nhất.')).toEqual([])
    expect(labels('Bài học từ Nguyễn Trãi và Lê Quý Đôn vẫn còn nguyên giá trị.')).toEqual([])
  })

  it('does not read "Chí Minh" inside the President\'s name as the commune', () => {
    expect(labels('Chủ tịch Hồ Chí Minh về thăm Hưng Yên năm 1958.')).toEqual(['Hưng Yên'])
  })

  it('prefers the longest name: Bắc Đông Hưng is not Đông Hưng', () => {
    expect(labels('Đường trục xã Bắc Đông Hưng được mở rộng.')).toEqual([
      'Xã Bắc Đông Hưng, Hưng Yên',
      'Hưng Yên',
    ])
  })
})

describe('spelling', () => {
  it('matches tone-mark variants and the eth typed for Đ', () => {
    expect(labels('Bà con xã Thái Thuỵ ra đồng sớm.')).toEqual(['Xã Thái Thụy, Hưng Yên', 'Hưng Yên'])
    expect(labels('Ngư dân xã Ðông Hưng ra khơi.')).toEqual(['Xã Đông Hưng, Hưng Yên', 'Hưng Yên'])
  })

  it('refuses a name spelt with other diacritics', () => {
    expect(labels('Bà con xã Dông Hưng ra đồng sớm.')).toEqual([])
  })

  it('accepts text without diacritics only with a level word or for provinces, less surely', () => {
    const tags = places('xa Khoai Chau, tinh Hung Yen vua khanh thanh cau moi. Nong dan Van Giang phan khoi.')
    expect(tags.map((t) => [t.label, t.confidence])).toEqual([
      ['Xã Khoái Châu, Hưng Yên', 0.76],
      ['Hưng Yên', 0.76],
    ])
  })

  it('reads English text with "commune", "ward" and "province"', () => {
    const tags = tagStory(
      {
        headline: '',
        standfirst: '',
        body: 'Dong Hung commune and Pho Hien ward of Hung Yen province.',
        locale: 'en',
      },
      context,
    )
    const found = tags.filter((t) => t.kind === 'place').map((t) => [t.label, t.confidence])
    expect(found.sort()).toEqual([
      ['Hưng Yên', 0.76],
      ['Phường Phố Hiến, Hưng Yên', 0.76],
      ['Xã Đông Hưng, Hưng Yên', 0.76],
    ])
  })
})

describe('other provinces', () => {
  it('tags current provinces, aliases and former provinces under their new province', () => {
    const tags = places(
      'Đoàn công tác của TP.HCM và Đà Nẵng đã làm việc với Hải Dương, Bắc Giang về liên kết tiêu thụ nông sản.',
    )
    expect(tags.map((t) => [t.label, t.evidence])).toEqual([
      ['Thành phố Hồ Chí Minh', 'TP.HCM'],
      ['Đà Nẵng', 'Đà Nẵng'],
      ['Hải Phòng (tỉnh Hải Dương cũ)', 'Hải Dương'],
      ['Bắc Ninh (tỉnh Bắc Giang cũ)', 'Bắc Giang'],
    ])
  })

  it('needs "TP." or "thành phố" before Hồ Chí Minh', () => {
    expect(labels('Triển lãm về Chủ tịch Hồ Chí Minh mở cửa tại TP. Hồ Chí Minh.')).toEqual([
      'Thành phố Hồ Chí Minh',
    ])
  })

  it('keeps a commune when a comma starts a list rather than naming its province', () => {
    expect(labels('Hàng từ xã Tân Hưng, Hà Nội và Hải Phòng đổ về chợ đầu mối.')).toEqual([
      'Xã Tân Hưng, Hưng Yên',
      'Hưng Yên',
      'Hà Nội',
      'Hải Phòng',
    ])
  })

  it('knows special zones and other provinces’ units once they are in the gazetteer', () => {
    const context = {
      places: [
        { id: 'qn', name: 'Quảng Ninh', level: 'province' as const, code: '22' },
        { id: 'hy', name: 'Hưng Yên', level: 'province' as const, code: '33' },
        { id: 'ct', name: 'Đặc khu Cô Tô', level: 'specialZone' as const, parentId: 'qn' },
      ],
      topics: [],
      homeProvinceId: 'hy',
    }
    const tag = (body: string) =>
      tagStory({ headline: '', standfirst: '', body, locale: 'vi' }, context)
        .filter((t) => t.kind === 'place')
        .map((t) => t.label)
    expect(tag('Du khách đổ về đặc khu Cô Tô dịp nghỉ lễ.')).toEqual([
      'Đặc khu Cô Tô, Quảng Ninh',
      'Quảng Ninh',
    ])
    expect(tag('Du khách đổ về Cô Tô dịp nghỉ lễ.')).toEqual([])
  })

  it('finds no place in a story that names none', () => {
    expect(
      labels(
        'Giá lúa ổn định, thời tiết thuận lợi cho vụ đông. Bà con chủ động làm đất, gieo trồng đúng lịch.',
      ),
    ).toEqual([])
  })
})
