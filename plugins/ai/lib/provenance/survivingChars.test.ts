import { describe, expect, it } from '@jest/globals'

import { survivingChars } from './survivingChars'

describe('survivingChars', () => {
  const ai = 'Hưng Yên khánh thành cầu Hiệp Cường nối hai bờ sông Luộc'

  it('counts all of an untouched AI text and none of a human one', () => {
    expect(survivingChars(ai, ai)).toBe(ai.length)
    expect(survivingChars(ai, '')).toBe(0)
    expect(survivingChars('', 'Tin do phóng viên viết')).toBe(0)
  })

  it('does not count what a person typed', () => {
    const edited = `${ai}, rút ngắn 20 km đường vòng`
    expect(survivingChars(ai, edited)).toBe(ai.length)
  })

  it('does not count what a person deleted or replaced', () => {
    const edited = 'Hưng Yên khánh thành cầu mới nối hai bờ sông Luộc'
    // "Hiệp Cường" (10 chars) replaced by "mới": common letters may be kept by the diff, but
    // never more than the AI text minus what was removed plus incidental matches.
    const kept = survivingChars(ai, edited)
    expect(kept).toBeLessThanOrEqual(edited.length)
    expect(kept).toBeGreaterThanOrEqual(ai.length - 'Hiệp Cường'.length)
    expect(kept).toBeLessThan(ai.length)
  })

  it('treats composed and decomposed Vietnamese letters as the same text', () => {
    expect(survivingChars(ai.normalize('NFD'), ai)).toBe(ai.length)
  })

  it('does not count common words two unrelated sentences share by chance', () => {
    const aiStandfirst = 'Năm nay sản lượng nhãn của xã tăng mạnh và giá bán ở mức cao trong nhiều năm.'
    const rewritten = 'Phóng viên ghi nhận tại vườn: nhiều hộ của xã đã ký hợp đồng bao tiêu trong năm.'
    expect(survivingChars(aiStandfirst, rewritten)).toBeLessThanOrEqual(' của xã '.length)
  })

  it('counts kept words exactly on long texts', () => {
    const paragraph = 'Nông dân xã Khoái Châu thu hoạch nhãn lồng, giá bán ổn định ở mức cao. '
    const long = paragraph.repeat(120) // ≈ 8,500 characters: beyond the character-diff limit
    const human = 'Đoạn do biên tập viên viết thêm. '
    const final = human + long
    expect(survivingChars(long, final)).toBe(long.length)
    const cut = long.slice(0, long.length / 2)
    expect(survivingChars(long, cut)).toBe(cut.length)
  })
})
