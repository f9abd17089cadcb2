import { describe, expect, it } from '@jest/globals'

import { estimateReadSeconds } from '../../../../src/lib/textMeasure'
import { floodStory, investmentStory } from './fixtures'
import { analyseStory } from './scoring'
import { shotFor, tvOutlineOptions } from './tvOutline'

const outline = (story = investmentStory, targetSeconds?: number) =>
  tvOutlineOptions(story, analyseStory(story), { targetSeconds, readRate: 220 })[0]

/** What the anchor, the voice-over and the soundbites say: everything but the shot lines. */
const readText = (text: string) =>
  text
    .split('\n')
    .filter((line) => !line.startsWith('[HÌNH]'))
    .map((line) => line.replace(/^\[[^\]]+\]\s*/, '').replace(/^[^“]*: “/, '“'))
    .join(' ')

describe('tvOutlineOptions', () => {
  it('starts with the anchor lead and marks every line', () => {
    const lines = outline().text.split('\n')
    expect(lines[0]).toMatch(/^\[DẪN\] Sáng ngày mười hai tháng ba, Ủy ban nhân dân tỉnh Quảng Ngãi/)
    for (const line of lines) expect(line).toMatch(/^\[(DẪN|HÌNH|LỜI BÌNH|PHỎNG VẤN)\] \S/)
    expect(lines.filter((l) => l.startsWith('[DẪN]'))).toHaveLength(1)
  })

  it('puts a shot before each paragraph’s voice-over', () => {
    const lines = outline().text.split('\n')
    lines.forEach((line, i) => {
      if (line.startsWith('[LỜI BÌNH]') && !lines[i - 1].startsWith('[PHỎNG VẤN]')) {
        expect(lines[i - 1]).toMatch(/^\[HÌNH\]/)
      }
    })
    expect(lines.filter((l) => l.startsWith('[HÌNH]')).length).toBeGreaterThanOrEqual(4)
  })

  it('turns direct quotes into interview lines with the speaker', () => {
    const interviews = outline()
      .text.split('\n')
      .filter((l) => l.startsWith('[PHỎNG VẤN]'))
    expect(interviews).toEqual([
      '[PHỎNG VẤN] Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Quảng Ngãi: “Tỉnh cam kết đồng hành cùng nhà đầu tư, giải quyết nhanh các thủ tục hành chính và bảo đảm mặt bằng sạch cho các dự án trọng điểm.”',
    ])
    expect(outline(floodStory).text).toContain(
      '[PHỎNG VẤN] Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh: “Phải tiêu úng',
    )
  })

  it('writes the voice-over in spoken style', () => {
    const voiceOver = outline()
      .text.split('\n')
      .filter((l) => l.startsWith('[LỜI BÌNH]'))
    expect(voiceOver.length).toBeGreaterThan(0)
    for (const line of voiceOver) expect(line).not.toMatch(/\d/)
  })

  it('fits the target, not counting shot lines', () => {
    const full = outline(floodStory)
    const fitted = outline(floodStory, 45)
    expect(estimateReadSeconds(readText(fitted.text), 220)).toBeLessThanOrEqual(45)
    expect(fitted.text.split('\n').length).toBeLessThan(full.text.split('\n').length)
    expect(fitted.note).toMatch(/mục tiêu 45 giây\. Đã bỏ \d+ câu/)
  })
})

describe('shotFor', () => {
  it('suggests shots from the subjects, the place and the figures', () => {
    expect(
      shotFor(
        'Hội nghị tại tỉnh Quảng Ngãi thu hút 300 doanh nghiệp, vốn đăng ký 25.000 tỷ đồng, tăng 12%.',
        [],
      ),
    ).toBe('Toàn cảnh hội trường, cận cảnh đại biểu (Quảng Ngãi); đồ họa số liệu: 25.000 tỷ đồng, 12%')
    expect(shotFor('Nhà máy điện khởi công, công suất 1.200 MW trên diện tích 850 ha.', [])).toBe(
      'Nhà máy, dây chuyền sản xuất; công trường, phối cảnh dự án; đồ họa số liệu: 1.200 MW, 850 ha',
    )
  })

  it('moves on from the previous shot and falls back to the story’s key phrase', () => {
    const recent = new Set(['hiện trường mưa lũ, ngập úng'])
    expect(shotFor('Mưa lớn, lúa ngập sâu.', [], recent)).toBe('Cánh đồng, nông dân trên ruộng')
    expect(shotFor('Nghị quyết về chuyển đổi số được ban hành.', [['chuyển đổi', 3]])).toBe(
      'Hình ảnh minh họa về chuyển đổi',
    )
  })
})
