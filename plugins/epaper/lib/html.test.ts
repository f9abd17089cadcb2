import { describe, expect, it } from '@jest/globals'

import { escapeHtml, formatEditionDate, jsonForScript } from './html'

describe('escapeHtml', () => {
  it('escapes markup and quotes, and prints nothing for missing values', () => {
    expect(escapeHtml(`<img src=x onerror="alert('Đà')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;Đà&#39;)&quot;&gt;&amp;',
    )
    expect(escapeHtml(undefined)).toBe('')
    expect(escapeHtml(42)).toBe('42')
  })
})

describe('jsonForScript', () => {
  it('cannot close the script element it sits in and still parses to the same value', () => {
    const value = { headline: '</script><script>alert(1)</script>', note: 'a\u2028b & c' }
    const json = jsonForScript(value)
    expect(json).not.toMatch(/<|>|&|\u2028/)
    expect(JSON.parse(json)).toEqual(value)
  })
})

describe('formatEditionDate', () => {
  it('shows the Vietnamese calendar day', () => {
    expect(formatEditionDate('2026-03-10T00:00:00.000Z')).toBe('10/03/2026')
    expect(formatEditionDate('2026-03-09T17:00:00.000Z')).toBe('10/03/2026')
    expect(formatEditionDate('2026-03-10T12:00:00.000Z')).toBe('10/03/2026')
    expect(formatEditionDate(null)).toBe('')
    expect(formatEditionDate('không phải ngày')).toBe('')
  })
})
