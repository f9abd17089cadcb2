import { describe, expect, it } from '@jest/globals'

import { searchNameOf } from './setSearchName'

describe('searchNameOf', () => {
  it('folds the name alone when there are no other names', () => {
    expect(searchNameOf('Xã Đông Hưng', [])).toBe('xa dong hung')
  })

  it('adds each other name once, separated from the rest', () => {
    expect(searchNameOf('Thành phố Hồ Chí Minh', ['TP.HCM', 'Sài Gòn', 'sai gon', '', null])).toBe(
      'thanh pho ho chi minh | tp.hcm | sai gon',
    )
  })
})
