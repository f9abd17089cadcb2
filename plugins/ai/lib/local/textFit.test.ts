import { describe, expect, it } from '@jest/globals'

import { countPrintCharacters } from '../../../../src/lib/textMeasure'
import { capitalise, charCount, cutAtClause, cutAtWord, dropDanglingWords, trimTrailingJunk } from './textFit'

describe('charCount', () => {
  it('counts like the print meter, composed or decomposed', () => {
    const text = 'Quảng Ngãi  thu hút\n\nđầu tư'
    expect(charCount(text)).toBe(countPrintCharacters(text))
    expect(charCount('Nguyễn'.normalize('NFD'))).toBe(6)
    expect(charCount('👍🏽 tốt')).toBe(countPrintCharacters('👍🏽 tốt'))
  })
})

describe('trimTrailingJunk and dropDanglingWords', () => {
  it('drops hanging punctuation and an unclosed quote', () => {
    expect(trimTrailingJunk('Tỉnh trao quyết định, ')).toBe('Tỉnh trao quyết định')
    expect(trimTrailingJunk('Hội nghị với chủ đề “Quảng Ngãi')).toBe('Hội nghị với chủ đề')
  })

  it('drops function words left at the end of a cut', () => {
    expect(dropDanglingWords('Tỉnh hỗ trợ nông dân cho các')).toBe('Tỉnh hỗ trợ nông dân')
    expect(dropDanglingWords('Tỷ lệ tốt nghiệp cao')).toBe('Tỷ lệ tốt nghiệp cao')
  })
})

describe('cutAtWord', () => {
  const sentence =
    'Ngành nông nghiệp đang chuẩn bị 50 tấn lúa giống để hỗ trợ nông dân gieo cấy lại diện tích bị mất trắng.'

  it('returns text that fits unchanged', () => {
    expect(cutAtWord(sentence, 200)).toBe(sentence)
  })

  it('cuts at a word boundary and ends with an ellipsis within the limit', () => {
    const cut = cutAtWord(sentence, 50)
    expect(cut).toBe('Ngành nông nghiệp đang chuẩn bị 50 tấn lúa giống…')
    expect(charCount(cut)).toBeLessThanOrEqual(50)
    // At 52, "... giống để…" would fit, but a phrase does not end on "để".
    expect(cutAtWord(sentence, 52)).toBe('Ngành nông nghiệp đang chuẩn bị 50 tấn lúa giống…')
    expect(cutAtWord(sentence, 59)).toBe('Ngành nông nghiệp đang chuẩn bị 50 tấn lúa giống để hỗ trợ…')
  })

  it('cuts a single over-long token by characters rather than return nothing', () => {
    expect(cutAtWord('https://dichvucong.quangngai.gov.vn/thu-tuc', 10)).toBe('https://d…')
  })
})

describe('cutAtClause', () => {
  it('cuts at a comma that keeps at least half the room', () => {
    const text =
      'Mưa lớn kéo dài làm hơn 1.200 ha lúa mới cấy bị ngập úng, tập trung tại các xã Quỳnh Phụ, Thái Thụy và Tiên Hưng'
    expect(cutAtClause(text, 100)).toBe('Mưa lớn kéo dài làm hơn 1.200 ha lúa mới cấy bị ngập úng')
  })

  it('otherwise cuts before a preposition, leaving a whole phrase', () => {
    const text =
      'Gần 18.000 học sinh tỉnh Khánh Hòa bước vào kỳ thi tuyển sinh lớp 10 THPT năm học 2025-2026 với ba môn thi Ngữ văn, Toán và Ngoại ngữ'
    expect(cutAtClause(text, 110)).toBe(
      'Gần 18.000 học sinh tỉnh Khánh Hòa bước vào kỳ thi tuyển sinh lớp 10 THPT năm học 2025-2026',
    )
  })

  it('never cuts inside a quotation', () => {
    const text =
      'UBND tỉnh Quảng Ngãi tổ chức Hội nghị xúc tiến đầu tư năm 2025 với chủ đề “Quảng Ngãi – Điểm đến của nhà đầu tư”'
    expect(cutAtClause(text, 110)).toBe('UBND tỉnh Quảng Ngãi tổ chức Hội nghị xúc tiến đầu tư năm 2025')
  })
})

describe('capitalise', () => {
  it('upper-cases the first letter after leading punctuation', () => {
    expect(capitalise('“đây là')).toBe('“Đây là')
    expect(capitalise('')).toBe('')
  })
})
