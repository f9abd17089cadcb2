import { describe, expect, it } from '@jest/globals'

import { rateDelayMs } from './rateLimit'

describe('per-target rate limit', () => {
  const start = 10 * 60_000 // the start of a minute

  it('lets the first perMinute deliveries of a minute go at once', () => {
    for (let count = 1; count <= 6; count++) expect(rateDelayMs(count, 6, start + 5_000)).toBe(0)
  })

  it('spreads the overflow over the following windows at the limit', () => {
    const now = start + 5_000
    const delays = Array.from({ length: 12 }, (_, i) => rateDelayMs(7 + i, 6, now))
    // The next 6 land in the next minute, 10 s apart; the 6 after those in the minute after.
    expect(delays.slice(0, 6)).toEqual([55_000, 65_000, 75_000, 85_000, 95_000, 105_000])
    expect(delays.slice(6)).toEqual([115_000, 125_000, 135_000, 145_000, 155_000, 165_000])
    expect(new Set(delays).size).toBe(12)
  })
})
