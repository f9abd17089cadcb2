import { describe, expect, it } from '@jest/globals'

import type { Kpi } from '../types'
import { deadlineText, reportFileName, reportRows, statusText } from './rows'

const kpi = (over: Partial<Kpi>): Kpi => ({
  key: 'aiShare',
  label: { vi: 'Tỷ lệ tin bài có ứng dụng AI', en: 'AI share' },
  unit: 'percent',
  value: 34.2,
  previous: 30,
  target: { min: 30, label: '≥ 30 %', source: 'Đề án Thái Nguyên' },
  status: 'met',
  detail: '1.234/3.608 tin bài …',
  series: [],
  drillDown: '/api/kpis/aiShare/records?year=2026',
  ...over,
})

describe('reportRows', () => {
  it('formats value, target, last year, change and status in Vietnamese', () => {
    const [row] = reportRows([kpi({})])
    expect(row).toMatchObject({
      index: 1,
      label: 'Tỷ lệ tin bài có ứng dụng AI',
      valueText: '34,2 %',
      targetText: '≥ 30 %',
      previousText: '30 %',
      change: 4.2,
      changeText: '+4,2 điểm %',
      statusText: 'Đạt',
      source: 'Đề án Thái Nguyên',
    })
  })

  it('says when there is no figure, no last year or no target', () => {
    const [none, untargeted, count] = reportRows([
      kpi({ value: null, previous: null, status: 'noData' }),
      kpi({ key: 'domesticAudience', target: null, status: 'noData', value: 71.5 }),
      kpi({
        key: 'foreignLanguage',
        unit: 'count',
        value: 251,
        previous: 240,
        status: 'met',
        target: { min: 250, label: '≥ 250', source: '' },
      }),
    ])
    expect(none).toMatchObject({
      valueText: '—',
      previousText: '—',
      changeText: '—',
      statusText: 'Chưa có số liệu',
    })
    expect(untargeted).toMatchObject({ targetText: 'Không đặt chỉ tiêu', statusText: 'Không đặt chỉ tiêu' })
    expect(count).toMatchObject({ valueText: '251', changeText: '+11', statusText: 'Đạt' })
    expect(statusText({ status: 'notMet', value: 1, target: null })).toBe('Chưa đạt')
  })
})

describe('report file and deadline', () => {
  it('names the file in ASCII and writes the deadline as a date', () => {
    expect(reportFileName(2026, 'pdf')).toBe('bao-cao-chuyen-doi-so-2026.pdf')
    expect(deadlineText('05-12', 2026)).toBe('05/12/2026')
  })
})
