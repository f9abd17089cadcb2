import { describe, expect, it } from '@jest/globals'

import { levelFor } from './levels'

describe('maturity levels', () => {
  it.each([
    [0, 'weak'],
    [49.9, 'weak'],
    [49.99, 'weak'],
    [50, 'average'],
    [64.99, 'average'],
    [65, 'fair'],
    [79.99, 'fair'],
    [80, 'good'],
    [89.99, 'good'],
    [90, 'excellent'],
    [100, 'excellent'],
  ])('%d points is %s', (total, key) => {
    expect(levelFor(total).key).toBe(key)
  })

  it('labels the ends as the decision does', () => {
    expect(levelFor(49.9).label.vi).toBe('Yếu')
    expect(levelFor(90).label.vi).toBe('Xuất sắc')
  })
})
