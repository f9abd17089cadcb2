import { describe, expect, it } from '@jest/globals'

import { creditedPublication } from './stories'

describe('credited channel', () => {
  const channels = [
    { id: 1, kind: 'print' },
    { id: 2, kind: 'website' },
    { id: 3, kind: 'radio' },
    { id: 4, kind: 'tv' },
  ]

  it('credits a platform to the story’s channel of the kind it serves', () => {
    expect(creditedPublication('website', channels)).toBe(2)
    expect(creditedPublication('spotify', channels)).toBe(3)
    expect(creditedPublication('loudspeaker', channels)).toBe(3)
    expect(creditedPublication('fptplay', channels)).toBe(4)
    expect(creditedPublication('youtube', channels)).toBe(4)
  })

  it('falls back to the next kind, then the first channel, then none', () => {
    expect(creditedPublication('fptplay', [{ id: 9, kind: 'website' }])).toBe(9)
    expect(creditedPublication('radio', [{ id: 7, kind: 'print' }])).toBe(7)
    expect(creditedPublication('radio', [])).toBeNull()
  })
})
