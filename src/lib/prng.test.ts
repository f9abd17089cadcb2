import { createPrng, seedFrom } from './prng'

describe('createPrng', () => {
  it('repeats the same sequence for the same seed, in [0, 1)', () => {
    const a = createPrng(42)
    const b = createPrng(42)
    const first = Array.from({ length: 100 }, () => a())
    expect(Array.from({ length: 100 }, () => b())).toEqual(first)
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true)
    expect(createPrng(43)()).not.toBe(first[0])
  })
})

describe('seedFrom', () => {
  it('gives a stable unsigned 32-bit seed per string', () => {
    expect(seedFrom('Hưng Yên')).toBe(seedFrom('Hưng Yên'))
    expect(seedFrom('Hưng Yên')).not.toBe(seedFrom('Thái Bình'))
    expect(Number.isInteger(seedFrom('x')) && seedFrom('x') >= 0 && seedFrom('x') < 2 ** 32).toBe(true)
  })
})
