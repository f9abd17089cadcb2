import { describe, expect, it } from '@jest/globals'

import { formatBytes } from './formatBytes'

describe('formatBytes', () => {
  it('uses binary units with a Vietnamese decimal comma', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(512 * 1024)).toBe('512 KB')
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1,5 MB')
    expect(formatBytes(200 * 1024 * 1024)).toBe('200 MB')
    expect(formatBytes(3 * 1024 ** 4)).toBe('3 TB')
  })
})
