import { describe, expect, it } from '@jest/globals'

import { movedOrder, type TimedItem } from './api'

const items = ['a', 'b', 'c'].map((itemID) => ({ itemID }) as TimedItem)

describe('movedOrder', () => {
  it('swaps an item with its neighbour', () => {
    expect(movedOrder(items, 1, -1)).toEqual(['b', 'a', 'c'])
    expect(movedOrder(items, 1, 1)).toEqual(['a', 'c', 'b'])
  })
  it('has nothing to do at the ends', () => {
    expect(movedOrder(items, 0, -1)).toBeUndefined()
    expect(movedOrder(items, 2, 1)).toBeUndefined()
  })
})
