import { describe, expect, it } from '@jest/globals'

import { cpuSecondsFromStat } from './procCpu'

describe('cpuSecondsFromStat', () => {
  it('adds user and system ticks, whatever the command name holds', () => {
    const stat =
      '4242 (node (worker) x) S 4200 4242 4200 0 -1 4194560 5190 0 0 0 1234 566 0 0 20 0 11 0 9000 1000000 20000'
    expect(cpuSecondsFromStat(stat)).toBeCloseTo(18, 5)
  })
})
