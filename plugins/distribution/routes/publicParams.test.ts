import { describe, expect, it } from '@jest/globals'

import { choiceParam, intParam, textParam } from './publicParams'

describe('public query parameters', () => {
  it('takes defaults and valid values', () => {
    expect(intParam(undefined, 'page', 1, 1, 1000)).toEqual({ ok: true, value: 1 })
    expect(intParam('20', 'limit', 10, 1, 50)).toEqual({ ok: true, value: 20 })
    expect(choiceParam('en', 'locale', ['vi', 'en'], 'vi')).toEqual({ ok: true, value: 'en' })
    expect(textParam('bao-in', 'publication')).toEqual({ ok: true, value: 'bao-in' })
  })

  it('refuses what is not a plain value in range', () => {
    for (const raw of ['0', '51', '-1', '1.5', 'abc', ['1', '2'], '99999999']) {
      expect(intParam(raw, 'limit', 10, 1, 50).ok).toBe(false)
    }
    expect(choiceParam('fr', 'locale', ['vi', 'en'], 'vi')).toMatchObject({
      ok: false,
      message: expect.stringContaining('vi, en'),
    })
    expect(textParam({ $ne: 1 }, 'section').ok).toBe(false)
    expect(textParam('x'.repeat(201), 'section').ok).toBe(false)
  })
})
