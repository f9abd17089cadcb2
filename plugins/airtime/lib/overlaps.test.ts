import { describe, expect, it } from '@jest/globals'

import { describeSpan, overlap, overlappingPairs, overlapsBetween, overlapsWithEarlier } from './overlaps'
import { genreOf, originOf, yesNoOf } from './vocabulary'

const span = (date: string, start: string, durationSeconds: number, title = start) => {
  const [h, m] = start.split(':').map(Number) as [number, number]
  return { date, startSeconds: h * 3600 + m * 60, durationSeconds, title }
}

describe('overlaps on one time line across days', () => {
  it('touching items do not overlap; one past midnight overlaps the next day’s first', () => {
    expect(overlap(span('2026-03-01', '06:00', 1800), span('2026-03-01', '06:30', 60))).toBe(false)
    expect(overlap(span('2026-03-01', '23:30', 3600), span('2026-03-02', '00:00', 60))).toBe(true)
    expect(overlap(span('2026-02-28', '23:30', 1800), span('2026-03-01', '00:00', 60))).toBe(false)
  })

  it('lists every overlapping pair in a list, and only cross pairs between two lists', () => {
    const a = span('2026-03-01', '06:00', 3600, 'A')
    const b = span('2026-03-01', '06:10', 600, 'B')
    const c = span('2026-03-01', '06:50', 600, 'C')
    expect(overlappingPairs([c, b, a]).map(([x, y]) => `${x.title}${y.title}`)).toEqual(['AB', 'AC'])
    expect(overlapsBetween([b, c], [a]).map(([x, y]) => `${x.title}${y.title}`)).toEqual(['BA', 'CA'])
  })

  it('pairs each span that starts while another is on air with the one reaching furthest', () => {
    const a = span('2026-03-01', '06:00', 3600, 'A')
    const b = span('2026-03-01', '06:10', 600, 'B')
    const c = span('2026-03-01', '06:50', 600, 'C')
    const d = span('2026-03-01', '07:30', 600, 'D')
    const late = span('2026-02-28', '23:50', 1200, 'L')
    const early = span('2026-03-01', '00:05', 60, 'E')
    expect(overlapsWithEarlier([d, c, b, a, early, late]).map(([x, y]) => `${x.title}${y.title}`)).toEqual([
      'LE',
      'AB',
      'AC',
    ])
    const same = Array.from({ length: 1_000 }, (_, i) => span('2026-03-01', '06:00', 60, `S${i}`))
    expect(overlapsWithEarlier(same)).toHaveLength(999)
  })

  it('describes an item with its day and an end on the next day', () => {
    expect(describeSpan(span('2026-03-01', '23:30', 3600, 'Phim khuya'))).toBe(
      '"Phim khuya" (01/03/2026 23:30:00–00:30:00 hôm sau, 1 giờ)',
    )
  })
})

describe('the words a CSV may use', () => {
  it('reads genres, origins and yes/no in Vietnamese with or without marks, and English codes', () => {
    expect(['Thời sự', 'TIN TUC', 'news'].map(genreOf)).toEqual(['news', 'news', 'news'])
    expect(['Phim truyện', 'phim bộ', 'Quảng cáo', 'ca cổ'].map(genreOf)).toEqual([
      'film',
      'series',
      'ads',
      undefined,
    ])
    expect(['Tự sản xuất', 'khai thác trong nước', 'Nước ngoài', 'self', 'vũ trụ'].map(originOf)).toEqual([
      'self',
      'domestic',
      'foreign',
      'self',
      undefined,
    ])
    expect(['có', 'X', '', 'không', 'no', 'có lẽ'].map(yesNoOf)).toEqual([
      true,
      true,
      false,
      false,
      false,
      undefined,
    ])
  })
})
