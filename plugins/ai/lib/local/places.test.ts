import { describe, expect, it } from '@jest/globals'

import { floodStory, investmentStory, schoolStory } from './fixtures'
import { mainPlace, placeMentions } from './places'

describe('placeMentions', () => {
  it('finds places after administrative words and known provinces on their own', () => {
    const text = 'Đoàn đến xã Quỳnh Phụ, tỉnh Hưng Yên rồi về KCN VSIP Quảng Ngãi và TP.HCM.'
    expect(placeMentions(text)).toEqual([
      { name: 'Quỳnh Phụ', index: text.indexOf('Quỳnh Phụ'), province: false },
      { name: 'Hưng Yên', index: text.indexOf('Hưng Yên'), province: true },
      { name: 'Quảng Ngãi', index: text.indexOf('Quảng Ngãi'), province: true },
      { name: 'Hồ Chí Minh', index: text.indexOf('TP.HCM'), province: true },
    ])
  })

  it('does not take a lower-case word or an acronym for a name', () => {
    expect(placeMentions('Phó Chủ tịch UBND tỉnh, dẫn đầu đoàn về xã.')).toEqual([])
  })
})

describe('mainPlace', () => {
  it('picks the place the story is about', () => {
    expect(mainPlace(investmentStory)).toBe('Quảng Ngãi')
    expect(mainPlace(floodStory)).toBe('Hưng Yên')
    expect(mainPlace(schoolStory)).toBe('Khánh Hòa')
  })

  it('is null when no place stands out', () => {
    expect(
      mainPlace({ locale: 'vi', headline: 'Giá vàng tăng mạnh', standfirst: '', body: 'Giá vàng tăng.' }),
    ).toBeNull()
    const tie = {
      locale: 'vi',
      headline: '',
      standfirst: '',
      body: 'Tỉnh Hưng Yên và tỉnh Ninh Bình ký kết hợp tác.',
    }
    expect(mainPlace(tie)).toBeNull()
  })
})
