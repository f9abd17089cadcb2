import { describe, expect, it } from '@jest/globals'

import { relationId, relationIds } from './relationId'

describe('relation ids', () => {
  it('reads an id from a plain or a populated value', () => {
    expect(relationId(7)).toBe(7)
    expect(relationId('a1')).toBe('a1')
    expect(relationId({ id: 7, name: 'Hưng Yên' })).toBe(7)
    expect(relationId(null)).toBeUndefined()
    expect(relationId(undefined)).toBeUndefined()
    expect(relationId({ name: 'no id' })).toBeUndefined()
  })

  it('reads the ids of a has-many value and skips empty entries', () => {
    expect(relationIds([1, { id: 2 }, null, '3'])).toEqual([1, 2, '3'])
    expect(relationIds(undefined)).toEqual([])
    expect(relationIds('not a list')).toEqual([])
  })
})
