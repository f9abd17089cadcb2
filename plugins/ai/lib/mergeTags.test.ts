import { describe, expect, it } from '@jest/globals'

import { mergeWithGazetteer } from './mergeTags'

const khoaiChau = { id: 7, name: 'Xã Khoái Châu', level: 'commune' as const, code: '12205' }
const gazetteer = { resolve: (name: string) => (/khoái châu/i.test(name) ? khoaiChau : undefined) }

describe('mergeWithGazetteer', () => {
  it('resolves the model’s place names to our records, drops unknown ones and keeps one tag each', () => {
    const local = [
      { kind: 'place' as const, label: 'Xã Khoái Châu, Hưng Yên', ref: 7, code: '12205', confidence: 0.6 },
    ]
    const remote = [
      { kind: 'place' as const, label: 'xã Khoái Châu', confidence: 0.9 },
      { kind: 'place' as const, label: 'Atlantis', confidence: 0.9 },
      { kind: 'person' as const, label: 'Nguyễn Văn Hùng', confidence: 0.8 },
    ]
    expect(mergeWithGazetteer(remote, local, gazetteer)).toEqual([
      { kind: 'place', label: 'Xã Khoái Châu, Hưng Yên', ref: 7, code: '12205', confidence: 0.9 },
      { kind: 'person', label: 'Nguyễn Văn Hùng', confidence: 0.8 },
    ])
  })
})
