import { describe, expect, it } from '@jest/globals'

import type { TextBlock } from './bbox'
import { bigrams, mergeZones, proposeZones, syllables, type StoryText } from './zones'

const bridge: StoryText = {
  id: 11,
  headline: 'Khởi công cầu mới qua sông Hồng',
  text:
    'Sáng nay, UBND tỉnh Hưng Yên tổ chức lễ khởi công cầu mới bắc qua sông Hồng. Cây cầu dài 1,2 km, ' +
    'tổng mức đầu tư 2.000 tỷ đồng, dự kiến hoàn thành sau 30 tháng thi công. Khi đưa vào sử dụng, cầu sẽ ' +
    'rút ngắn thời gian đi lại giữa hai bờ và thúc đẩy phát triển kinh tế các xã ven sông.',
}
const rice: StoryText = {
  id: 'rice',
  headline: 'Nông dân Tiên Lữ được mùa lúa xuân',
  text:
    'Vụ lúa xuân năm nay, nông dân xã Tiên Lữ thu hoạch năng suất bình quân 7 tấn mỗi héc-ta. Giá lúa ổn ' +
    'định giúp người trồng lúa có lãi khá. Hợp tác xã đã ký hợp đồng bao tiêu sản phẩm với doanh nghiệp.',
}
const unrelated: StoryText = {
  id: 99,
  headline: 'Giải bóng đá thiếu niên toàn tỉnh khai mạc',
  text: 'Mười sáu đội bóng tranh tài tại sân vận động tỉnh trong hai tuần.',
}

/** Blocks as poppler reports them: the PDF's text is ASCII-folded (Helvetica), the stories are not. */
const block = (x: number, y: number, w: number, h: number, text: string): TextBlock => ({ x, y, w, h, text })
const PAGE: TextBlock[] = [
  block(0.05, 0.02, 0.5, 0.03, 'BAO HUNG YEN - Thu Ba 10/3/2026'),
  block(0.07, 0.06, 0.55, 0.025, 'Khoi cong cau moi qua song Hong'),
  block(0.07, 0.1, 0.4, 0.08, 'Sang nay, UBND tinh Hung Yen to chuc le khoi cong cau moi bac qua song Hong.'),
  block(
    0.07,
    0.19,
    0.4,
    0.1,
    'Cay cau dai 1,2 km, tong muc dau tu 2.000 ty dong, du kien hoan thanh sau 30 thang',
  ),
  block(0.5, 0.19, 0.4, 0.1, 'thi cong. Khi dua vao su dung, cau se rut ngan thoi gian di lai giua hai bo'),
  block(0.07, 0.55, 0.45, 0.03, 'Nong dan Tien Lu duoc mua lua xuan'),
  block(
    0.07,
    0.59,
    0.4,
    0.12,
    'Vu lua xuan nam nay, nong dan xa Tien Lu thu hoach nang suat binh quan 7 tan',
  ),
  block(0.07, 0.72, 0.4, 0.06, 'moi hec-ta. Gia lua on dinh giup nguoi trong lua co lai kha.'),
  block(0.7, 0.95, 0.2, 0.02, 'Trang 1'),
]

describe('syllables and bigrams', () => {
  it('folds diacritics and đ, lower-cases and pairs neighbouring syllables', () => {
    expect(syllables('Đà Nẵng: 1,2 triệu khách!')).toEqual(['da', 'nang', '1', '2', 'trieu', 'khach'])
    expect([...bigrams(['da', 'nang', 'don'])]).toEqual(['da nang', 'nang don'])
    expect(bigrams(['mot']).size).toBe(0)
  })
})

describe('proposeZones', () => {
  it('finds one rectangle per story around its blocks, across columns', () => {
    const zones = proposeZones(PAGE, [bridge, rice, unrelated])
    expect(zones.map((z) => z.story).sort()).toEqual([11, 'rice'])
    const bridgeZone = zones.find((z) => z.story === 11)!
    expect(bridgeZone.blocks).toBe(4)
    expect(bridgeZone.x).toBeCloseTo(0.066, 3)
    expect(bridgeZone.y).toBeCloseTo(0.056, 3)
    expect(bridgeZone.x + bridgeZone.w).toBeCloseTo(0.904, 3)
    expect(bridgeZone.y + bridgeZone.h).toBeCloseTo(0.294, 3)
    expect(bridgeZone.score).toBeGreaterThan(0.8)
    const riceZone = zones.find((z) => z.story === 'rice')!
    expect(riceZone.y).toBeCloseTo(0.546, 3)
    expect(riceZone.y + riceZone.h).toBeCloseTo(0.784, 3)
  })

  it('leaves out stories that are not on the page and text that matches nothing', () => {
    const zones = proposeZones(PAGE, [unrelated])
    expect(zones).toEqual([])
  })

  it('drops a story sharing only a stock phrase with the page', () => {
    const weak: StoryText = { id: 5, headline: 'Tin vắn', text: 'Sáng nay, UBND tỉnh Hưng Yên họp báo.' }
    expect(proposeZones(PAGE, [weak])).toEqual([])
  })

  it('keeps the main cluster when a stray line of the story sits elsewhere on the page', () => {
    const stray = block(0.6, 0.9, 0.3, 0.02, 'Khoi cong cau moi qua song Hong (tiep trang 5)')
    const zones = proposeZones([...PAGE, stray], [bridge, rice])
    const bridgeZone = zones.find((z) => z.story === 11)!
    expect(bridgeZone.y + bridgeZone.h).toBeLessThan(0.3)
    expect(bridgeZone.blocks).toBe(4)
  })

  it('keeps zones inside the page even with padding at the edges', () => {
    const edge = [block(0, 0, 1, 1, bridge.text.replace(/[,.]/g, ''))]
    const [zone] = proposeZones(edge, [bridge])
    expect(zone).toMatchObject({ x: 0, y: 0, w: 1, h: 1 })
  })

  it('gives each block to the story it matches best', () => {
    const mixed = block(0.1, 0.4, 0.3, 0.05, 'Vu lua xuan nam nay nong dan xa Tien Lu khoi cong')
    const zones = proposeZones([mixed], [bridge, rice], { minSharedBigrams: 2 })
    expect(zones.map((z) => z.story)).toEqual(['rice'])
  })
})

describe('mergeZones', () => {
  const proposal = (story: number, x: number) => ({ story, x, y: 0.1, w: 0.2, h: 0.2, score: 0.9, blocks: 3 })

  it('keeps manual zones, replaces automatic ones and skips stories placed by hand', () => {
    const existing = [
      { id: 'a', story: { id: 1 }, x: 0.5, y: 0.5, w: 0.1, h: 0.1, source: 'manual' as const, score: null },
      { id: 'b', story: 2, x: 0.9, y: 0.9, w: 0.05, h: 0.05, source: 'auto' as const, score: 0.6 },
    ]
    expect(mergeZones(existing, [proposal(1, 0.1), proposal(2, 0.3), proposal(3, 0.6)])).toEqual([
      { id: 'a', story: 1, x: 0.5, y: 0.5, w: 0.1, h: 0.1, source: 'manual', score: null },
      { story: 2, x: 0.3, y: 0.1, w: 0.2, h: 0.2, score: 0.9, source: 'auto' },
      { story: 3, x: 0.6, y: 0.1, w: 0.2, h: 0.2, score: 0.9, source: 'auto' },
    ])
  })

  it('starts from the proposal on a new page', () => {
    expect(mergeZones(undefined, [proposal(4, 0)])).toEqual([
      { story: 4, x: 0, y: 0.1, w: 0.2, h: 0.2, score: 0.9, source: 'auto' },
    ])
  })
})
