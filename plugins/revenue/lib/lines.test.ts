import { describe, expect, it } from '@jest/globals'

import { isStateFunded, kindOf, LINE_INFO, lineOf, REVENUE_LINES } from './lines'

describe('revenue lines', () => {
  it('finds a line by key, by its Vietnamese or English label and by aliases, folded', () => {
    expect(lineOf('advertisingPrint')).toBe('advertisingPrint')
    expect(lineOf('ADVERTISING PRINT')).toBe('advertisingPrint')
    expect(lineOf('Quảng cáo trên báo in')).toBe('advertisingPrint')
    expect(lineOf('quang cao bao in')).toBe('advertisingPrint')
    expect(lineOf('  QC PT-TH ')).toBe('advertisingAirtime')
    expect(lineOf('Đặt hàng, giao nhiệm vụ')).toBe('stateOrders')
    expect(lineOf('ĐẶT HÀNG')).toBe('stateOrders')
    expect(lineOf('dat hang giao nhiem vu (ngan sach nha nuoc)')).toBe('stateOrders')
    expect(lineOf('Phát hành, bán báo')).toBe('subscriptionsAndSales')
    expect(lineOf('bán báo')).toBe('subscriptionsAndSales')
    expect(lineOf('Liên kết sản xuất')).toBe('jointProduction')
    expect(lineOf('Sponsorship')).toBe('sponsorship')
    expect(lineOf('Thu khác')).toBe('other')
  })

  it('refuses what is not a line', () => {
    expect(lineOf('')).toBeUndefined()
    expect(lineOf('quảng cáo')).toBeUndefined()
    expect(lineOf('lãi tiền gửi')).toBeUndefined()
  })

  it('marks state orders, and only them, as state-funded', () => {
    expect(REVENUE_LINES.filter((line) => LINE_INFO[line].stateFunded)).toEqual(['stateOrders'])
    expect(isStateFunded('stateOrders')).toBe(true)
    expect(isStateFunded('advertisingOnline')).toBe(false)
    expect(isStateFunded('nonsense')).toBe(false)
  })

  it('every label and alias names exactly its own line', () => {
    for (const line of REVENUE_LINES) {
      const { label, aliases } = LINE_INFO[line]
      for (const name of [label.vi, label.en, ...aliases]) expect([name, lineOf(name)]).toEqual([name, line])
    }
  })

  it('reads the kind in Vietnamese or English', () => {
    expect(kindOf('Kế hoạch')).toBe('plan')
    expect(kindOf('KH')).toBe('plan')
    expect(kindOf('plan')).toBe('plan')
    expect(kindOf('Thực hiện')).toBe('actual')
    expect(kindOf('thuc te')).toBe('actual')
    expect(kindOf('Actual')).toBe('actual')
    expect(kindOf('dự báo')).toBeUndefined()
    expect(kindOf('')).toBeUndefined()
  })
})
