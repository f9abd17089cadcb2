import { describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import { formatKpiEvidence, loadKpiTexts, NO_KPI_DATA, type ComputeKpis, type KpiLike } from './kpiEvidence'

const aiShare: KpiLike = {
  key: 'aiShare',
  label: { vi: 'Tỷ lệ tin bài có AI', en: 'AI share' },
  unit: 'percent',
  value: 34.2,
  previous: 20.14,
  target: { min: 30, label: '≥ 30 % đến 2045', source: 'KH 003 Thái Nguyên' },
  status: 'met',
  detail: '1.234/3.608 tin bài đã đăng có AI hỗ trợ hoặc tạo.',
  numerator: 1234,
  denominator: 3608,
  drillDown: '/api/kpis/aiShare/records?year=2026',
}

describe('formatKpiEvidence', () => {
  it('writes the figure, target, what was counted, the year before and the drill-down', () => {
    expect(formatKpiEvidence(aiShare, 2026)).toBe(
      'Tỷ lệ tin bài có AI năm 2026: 34,2 % (mục tiêu ≥ 30 %) — 1.234/3.608 tin bài đã đăng có AI hỗ trợ hoặc tạo; ' +
        'năm 2025: 20,1 %; đạt mục tiêu. Danh sách bản ghi được tính: /api/kpis/aiShare/records?year=2026',
    )
  })

  it('writes a range target, days, and no data', () => {
    const growth = formatKpiEvidence(
      {
        ...aiShare,
        key: 'revenueGrowth',
        label: { vi: 'Tăng trưởng doanh thu', en: '' },
        value: null,
        previous: null,
        status: 'noData',
        target: { min: 10, max: 20, label: '', source: '' },
        detail: '',
        numerator: undefined,
        denominator: undefined,
      },
      2026,
    )
    expect(growth).toBe(
      'Tăng trưởng doanh thu năm 2026: chưa có số liệu (mục tiêu 10–20 %); chưa có số liệu. Danh sách bản ghi được tính: /api/kpis/aiShare/records?year=2026',
    )
    const days = formatKpiEvidence(
      {
        ...aiShare,
        unit: 'days',
        value: 300,
        previous: null,
        target: null,
        status: 'notMet',
        detail: '',
        numerator: 300,
        denominator: 365,
        drillDown: '',
      },
      2026,
    )
    expect(days).toBe('Tỷ lệ tin bài có AI năm 2026: 300 ngày — 300/365; chưa đạt mục tiêu.')
  })

  it('falls back to the target label when it has no bounds', () => {
    const text = formatKpiEvidence({ ...aiShare, target: { label: 'cấp độ 3', source: '' } }, 2026)
    expect(text).toContain('(mục tiêu cấp độ 3)')
  })
})

describe('loadKpiTexts', () => {
  const payloadWith = (computeKpis: ComputeKpis) =>
    ({ config: { custom: { kpis: { computeKpis } } }, logger: { warn: jest.fn() } }) as unknown as Payload

  it('writes every KPI of the year', async () => {
    const texts = await loadKpiTexts(
      payloadWith(async () => ({ year: 2026, kpis: [aiShare] })),
      2026,
    )
    expect(texts.available).toBe(true)
    expect(texts.texts.get('aiShare')).toMatch(/^Tỷ lệ tin bài có AI năm 2026: 34,2 %/)
  })

  it('gives a Vietnamese reason, never the error’s own (English, database) text', async () => {
    const payload = payloadWith(async () => {
      throw new Error('relation "stories" does not exist')
    })
    const texts = await loadKpiTexts(payload, 2026)
    expect(texts).toMatchObject({ available: false, texts: new Map() })
    expect(texts.fallback).toBe(
      `${NO_KPI_DATA} (không tính được: lỗi khi tính số liệu, xem nhật ký máy chủ).`,
    )
    expect(payload.logger.warn).toHaveBeenCalled()
  })

  it('gives up on a computation that takes too long, saying so', async () => {
    const slow = await loadKpiTexts(
      payloadWith(() => new Promise(() => {})),
      2026,
      20,
    )
    expect(slow.fallback).toBe(`${NO_KPI_DATA} (không tính được: quá 0,02 giây).`)
  })
})
