import { describe, expect, it } from '@jest/globals'

import { countSyllables } from '../../../../src/lib/textMeasure'
import { expandAbbreviations } from './abbreviations'
import { floodStory, investmentStory, schoolStory } from './fixtures'
import { splitSentences } from './sentences'
import { splitLongSentences, toSpokenVietnamese } from './spokenStyle'

describe('expandAbbreviations', () => {
  it('reads authorities, sectors and schools in full', () => {
    expect(expandAbbreviations('UBND, HĐND, MTTQ, BHXH, BHYT, KCN, CCN, CSGT, PCCC, THPT, THCS')).toBe(
      'Ủy ban nhân dân, Hội đồng nhân dân, Mặt trận Tổ quốc, bảo hiểm xã hội, bảo hiểm y tế, khu công nghiệp, cụm công nghiệp, cảnh sát giao thông, phòng cháy, chữa cháy, trung học phổ thông, trung học cơ sở',
    )
    expect(expandAbbreviations('Sở GD&ĐT, Sở NN&PTNT, Bộ KH&CN')).toBe(
      'Sở Giáo dục và Đào tạo, Sở Nông nghiệp và Phát triển nông thôn, Bộ Khoa học và Công nghệ',
    )
  })

  it('reads cities and titles written with a full stop', () => {
    expect(expandAbbreviations('TP.HCM, TP. HCM, TP. Quảng Ngãi, TP.Huế, TP Pleiku')).toBe(
      'Thành phố Hồ Chí Minh, Thành phố Hồ Chí Minh, thành phố Quảng Ngãi, thành phố Huế, thành phố Pleiku',
    )
    expect(expandAbbreviations('PGS.TS. Nguyễn Văn An, ThS. Lê Hoa')).toBe(
      'phó giáo sư, tiến sĩ Nguyễn Văn An, thạc sĩ Lê Hoa',
    )
  })

  it('says international acronyms as they are heard on air', () => {
    expect(expandAbbreviations('GDP, GRDP, FDI, OCOP, COVID-19, 5 triệu USD')).toBe(
      'tổng sản phẩm trong nước, tổng sản phẩm trên địa bàn, vốn đầu tư trực tiếp nước ngoài, Ô-cốp, Cô-vít mười chín, 5 triệu đô la Mỹ',
    )
  })

  it('leaves words that only contain the letters alone', () => {
    expect(expandAbbreviations('UBNDX, KCNN, HTXX và VSIP')).toBe('UBNDX, KCNN, HTXX và VSIP')
  })
})

describe('toSpokenVietnamese', () => {
  it('turns a news sentence into words a newsreader can read', () => {
    expect(
      toSpokenVietnamese(
        'Sáng 12/3/2025, UBND TP.HCM (đơn vị chủ trì) thông báo thu ngân sách đạt 1.200 tỷ đồng, tăng 3,5% so với cùng kỳ.',
      ),
    ).toBe(
      'Sáng ngày mười hai tháng ba năm hai nghìn không trăm hai mươi lăm, Ủy ban nhân dân Thành phố Hồ Chí Minh thông báo thu ngân sách đạt một nghìn hai trăm tỷ đồng, tăng ba phẩy năm phần trăm so với cùng kỳ.',
    )
  })

  it('removes links, e-mail addresses and asides', () => {
    expect(
      toSpokenVietnamese(
        'Hồ sơ nộp trực tuyến tại https://dichvucong.quangngai.gov.vn. Góp ý gửi về địa chỉ email: toasoan@baoquangngai.vn.',
      ),
    ).toBe('Hồ sơ nộp trực tuyến. Góp ý gửi về.')
    expect(toSpokenVietnamese('Tăng trưởng (GRDP) đạt 7,2% (cao nhất khu vực [theo Sở]).')).toBe(
      'Tăng trưởng đạt bảy phẩy hai phần trăm.',
    )
  })

  it('reads symbols and separators', () => {
    expect(toSpokenVietnamese('Các sở/ngành và R&D – đổi mới')).toBe('Các sở, ngành và R và D, đổi mới')
  })

  it('leaves no digits in a whole story and keeps its paragraphs', () => {
    for (const story of [investmentStory, floodStory, schoolStory]) {
      const spoken = toSpokenVietnamese(story.body)
      expect(spoken).not.toMatch(/\d/)
      expect(spoken.split('\n\n')).toHaveLength(story.body.split('\n\n').length)
    }
  })

  it('capitalises a sentence that now starts with an expanded abbreviation', () => {
    expect(toSpokenVietnamese('TP. Quảng Ngãi mưa lớn. TP. Huế nắng.')).toBe(
      'Thành phố Quảng Ngãi mưa lớn. Thành phố Huế nắng.',
    )
  })
})

describe('splitLongSentences', () => {
  it('splits a long sentence at a comma before a new clause', () => {
    const sentence =
      'Do ảnh hưởng của hoàn lưu bão số ba, từ đêm ngày hai mươi tháng bảy đến sáng ngày hai mươi hai tháng bảy, nhiều xã trên địa bàn tỉnh Hưng Yên có mưa to đến rất to, khiến hơn một nghìn hai trăm héc-ta lúa mới cấy bị ngập úng.'
    expect(splitLongSentences(sentence)).toBe(
      'Do ảnh hưởng của hoàn lưu bão số ba, từ đêm ngày hai mươi tháng bảy đến sáng ngày hai mươi hai tháng bảy, nhiều xã trên địa bàn tỉnh Hưng Yên có mưa to đến rất to. Điều này khiến hơn một nghìn hai trăm héc-ta lúa mới cấy bị ngập úng.',
    )
  })

  it('leaves short sentences, names in a list and quotes alone', () => {
    const short = 'Hội nghị thu hút hơn ba trăm doanh nghiệp trong và ngoài nước tham dự.'
    expect(splitLongSentences(short)).toBe(short)
    const quote =
      'Ông An cho biết: “Tỉnh cam kết đồng hành cùng nhà đầu tư, giải quyết nhanh các thủ tục hành chính, nhiều dự án sẽ được bảo đảm mặt bằng sạch và hoàn thành giải phóng mặt bằng trong năm nay.”'
    expect(splitLongSentences(quote)).toBe(quote)
  })

  it('brings every piece under the limit when commas allow it', () => {
    const text = toSpokenVietnamese(floodStory.standfirst)
    const pieces = splitSentences(splitLongSentences(text, 35))
    expect(pieces.length).toBeGreaterThan(1)
    expect(pieces.every((p) => countSyllables(p.text) >= 10)).toBe(true)
  })
})
