import { describe, expect, it } from '@jest/globals'

import { columnOf, mapColumns } from './columns'

describe('revenue file columns', () => {
  it('maps Vietnamese headers and English aliases, folded', () => {
    expect(columnOf('Tháng')).toBe('month')
    expect(columnOf('THANG')).toBe('month')
    expect(columnOf('Kênh/Ấn phẩm')).toBe('publication')
    expect(columnOf('kênh / ấn phẩm')).toBe('publication')
    expect(columnOf('Nguồn thu')).toBe('line')
    expect(columnOf('Loại')).toBe('kind')
    expect(columnOf('Số tiền (VND)')).toBe('amount')
    expect(columnOf('Ghi chú')).toBe('note')
    expect(columnOf('month')).toBe('month')
    expect(columnOf('Amount')).toBe('amount')
    expect(columnOf('Doanh thu')).toBeUndefined()
  })

  it('finds each column, in any order, publication and note optional', () => {
    const { columns, problems } = mapColumns(['số tiền', 'loại', 'nguồn thu', 'tháng', ''])
    expect(problems).toEqual([])
    expect(Object.fromEntries(columns)).toEqual({ amount: 0, kind: 1, line: 2, month: 3 })
  })

  it('lists unknown, repeated and missing columns with the expected header', () => {
    const { problems } = mapColumns(['tháng', 'month', 'doanh thu', 'loại'])
    expect(problems).toEqual([
      'cột "month" trùng với cột "tháng"',
      'cột không nhận ra: "doanh thu"',
      'thiếu cột "nguồn thu", "số tiền"',
      expect.stringContaining('tiêu đề mẫu: tháng;kênh/ấn phẩm;nguồn thu;loại;số tiền;ghi chú'),
    ])
  })
})
