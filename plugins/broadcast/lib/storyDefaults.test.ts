import { describe, expect, it } from '@jest/globals'

import { defaultSecondsOf } from './storyDefaults'

describe('defaultSecondsOf', () => {
  const story = {
    id: 1,
    radio: { script: 'một hai ba', targetSeconds: 40, estimatedSeconds: 75 },
    tv: { script: '', targetSeconds: 90, estimatedSeconds: 0 },
  }

  it("takes the channel kind's measured read time", () => {
    expect(defaultSecondsOf(story, 'radio', 220)).toBe(75)
  })

  it('falls back to the target when there is no script', () => {
    expect(defaultSecondsOf(story, 'tv', 220)).toBe(90)
  })

  it('reads an unmeasured script at the given rate (120 syllables at 240 a minute: 30 s)', () => {
    const script = Array.from({ length: 120 }, () => 'tin').join(' ')
    expect(defaultSecondsOf({ id: 2, tv: { script, targetSeconds: 90 } }, 'tv', 240)).toBe(30)
  })

  it('is unknown with neither', () => {
    expect(defaultSecondsOf({ id: 3 }, 'radio', 220)).toBeNull()
  })
})
