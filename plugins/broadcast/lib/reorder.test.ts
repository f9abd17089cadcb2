import { describe, expect, it } from '@jest/globals'

import { applyOrder, checkPermutation } from './reorder'

describe('checkPermutation', () => {
  const current = ['I1', 'I2', 'I3']

  it('accepts every id once, in any order', () => {
    expect(checkPermutation(current, ['I3', 'I1', 'I2'])).toEqual({ ok: true, order: ['I3', 'I1', 'I2'] })
  })

  it('names missing, unknown and repeated ids', () => {
    const check = checkPermutation(current, ['I3', 'I3', 'X9'])
    expect(check).toMatchObject({ ok: false, missing: ['I1', 'I2'], unknown: ['X9'], duplicates: ['I3'] })
    if (check.ok) throw new Error('expected a refusal')
    expect(check.message).toContain('thiếu "I1", "I2"')
    expect(check.message).toContain('"X9"')
    expect(check.message).toContain('lặp lại: "I3"')
  })

  it('refuses anything but a list of strings', () => {
    for (const bad of [undefined, 'I1,I2,I3', [1, 2, 3], ['I1', '', 'I2'], { 0: 'I1' }]) {
      expect(checkPermutation(current, bad)).toMatchObject({ ok: false })
    }
  })
})

describe('applyOrder', () => {
  it('rearranges the rows themselves', () => {
    const rows = [
      { itemID: 'a', title: 'Một' },
      { itemID: 'b', title: 'Hai' },
    ]
    expect(applyOrder(rows, ['b', 'a'])).toEqual([rows[1], rows[0]])
  })
})
