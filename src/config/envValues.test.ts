import { describe, expect, it } from '@jest/globals'

import { boolValue, intValue, numberValue } from './envValues'

describe('environment values', () => {
  it('gives the fallback for unset or empty values', () => {
    const problems: string[] = []
    expect(boolValue({ X: '' }, 'X', true, problems)).toBe(true)
    expect(intValue({}, 'X', 7, 0, problems)).toBe(7)
    expect(numberValue({ X: ' ' }, 'X', 0.5, { min: 0, max: 1 }, problems)).toBe(0.5)
    expect(problems).toEqual([])
  })

  it('reads good values', () => {
    const problems: string[] = []
    expect(boolValue({ X: 'Yes' }, 'X', false, problems)).toBe(true)
    expect(boolValue({ X: 'off' }, 'X', true, problems)).toBe(false)
    expect(intValue({ X: '42' }, 'X', 0, 1, problems)).toBe(42)
    expect(numberValue({ X: '0.25' }, 'X', 0, { min: 0, max: 1 }, problems)).toBe(0.25)
    expect(problems).toEqual([])
  })

  it('reports bad values by name and falls back', () => {
    const problems: string[] = []
    expect(boolValue({ X: 'maybe' }, 'X', true, problems)).toBe(true)
    expect(intValue({ Y: '1.5' }, 'Y', 3, 0, problems)).toBe(3)
    expect(intValue({ Z: '-1' }, 'Z', 3, 0, problems)).toBe(3)
    expect(numberValue({ W: '2' }, 'W', 1, { min: 0, max: 1 }, problems)).toBe(1)
    expect(problems).toEqual([
      'X: "maybe" must be true or false',
      'Y: "1.5" must be a whole number ≥ 0',
      'Z: "-1" must be a whole number ≥ 0',
      'W: "2" must be a number between 0 and 1',
    ])
  })
})
