import { describe, expect, it } from '@jest/globals'

import { checkAmountNumber, MAX_AMOUNT, parseAmount } from './amount'

describe('amounts in whole đồng', () => {
  it.each([
    ['1234567', 1_234_567],
    ['1.234.567', 1_234_567],
    ['1 234 567', 1_234_567],
    ['1\u00a0234\u00a0567', 1_234_567],
    ['1,234,567', 1_234_567],
    ['0', 0],
    ['250.000.000 đ', 250_000_000],
    ['250.000.000đ', 250_000_000],
    ['1.500 VND', 1_500],
    ['1000000000000000', MAX_AMOUNT],
  ])('reads %s', (text, value) => {
    expect(parseAmount(text)).toEqual({ ok: true, value })
  })

  it.each([
    ['', /trống/],
    ['   ', /trống/],
    ['-5000', /âm/],
    ['(5.000)', /âm/],
    ['1.234,50', /phần lẻ/],
    ['1234,5', /phần lẻ/],
    ['1234.5', /phần lẻ/],
    ['12.34.567', /không phải là số/],
    ['1.234 567', /không phải là số/],
    ['một triệu', /không phải là số/],
    ['1e6', /không phải là số/],
    ['1000000000000001', /quá lớn/],
  ])('refuses %s', (text, message) => {
    const result = parseAmount(text)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(message)
  })

  it('checks spreadsheet numbers', () => {
    expect(checkAmountNumber(1_234_567)).toEqual({ ok: true, value: 1_234_567 })
    expect(checkAmountNumber(12.5)).toMatchObject({ ok: false, message: expect.stringMatching(/phần lẻ/) })
    expect(checkAmountNumber(-1)).toMatchObject({ ok: false, message: expect.stringMatching(/âm/) })
    expect(checkAmountNumber(Number.NaN)).toMatchObject({ ok: false })
    expect(checkAmountNumber(2e15)).toMatchObject({ ok: false, message: expect.stringMatching(/quá lớn/) })
  })
})
