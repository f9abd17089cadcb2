import { describe, expect, it } from '@jest/globals'

import { validateParams } from './validateParams'

const locales = ['vi', 'en', 'zh', 'hmn']

describe('validateParams', () => {
  it('accepts and keeps known parameters', () => {
    expect(validateParams('radioScript', { targetSeconds: 90 }, 'vi', locales)).toEqual({
      params: { targetSeconds: 90 },
    })
    expect(validateParams('translate', { targetLocale: 'hmn' }, 'vi', locales)).toEqual({
      params: { targetLocale: 'hmn' },
    })
    expect(validateParams('headlines', undefined, 'vi', locales)).toEqual({ params: {} })
  })

  it.each([
    ['headlines', 'nhiều', 'đối tượng JSON'],
    ['headlines', { count: 0 }, 'count'],
    ['headlines', { count: 2.5 }, 'count'],
    ['socialSummary', { maxChars: '300' }, 'maxChars'],
    ['radioScript', { targetSeconds: 99999 }, 'targetSeconds'],
    ['headlines', { maxChar: 100 }, '"maxChar" không được hỗ trợ'],
    ['translate', {}, 'targetLocale'],
    ['translate', { targetLocale: 'vi' }, 'khác ngôn ngữ'],
    ['translate', { targetLocale: 'fr' }, '"fr"'],
    ['printCut', {}, 'maxChars'],
  ] as const)('%s with %j is refused (%s)', (task, raw, expected) => {
    const result = validateParams(task, raw, 'vi', locales)
    expect('problem' in result && result.problem).toContain(expected)
  })
})
