import { describe, expect, it } from '@jest/globals'

import { buildParams, defaultParam, targetLocalesFor } from './taskParams'

describe('defaultParam', () => {
  it('uses the story plan for broadcast and print lengths', () => {
    const story = { radioSeconds: 45, tvSeconds: 300, printLength: 1200 }
    expect(defaultParam('radioScript', story, [])).toBe('45')
    expect(defaultParam('tvOutline', story, [])).toBe('300')
    expect(defaultParam('printCut', story, [])).toBe('1200')
  })

  it('falls back to 60 s and to an empty print length when the story has no plan', () => {
    const story = { radioSeconds: null, tvSeconds: 0, printLength: undefined }
    expect(defaultParam('radioScript', story, [])).toBe('60')
    expect(defaultParam('tvOutline', story, [])).toBe('60')
    expect(defaultParam('printCut', story, [])).toBe('')
  })

  it('gives the format limits and the first target locale', () => {
    expect(defaultParam('headlines', {}, [])).toBe('5')
    expect(defaultParam('socialSummary', {}, [])).toBe('300')
    expect(defaultParam('seoDescription', {}, [])).toBe('160')
    expect(defaultParam('translate', {}, ['en', 'zh'])).toBe('en')
    expect(defaultParam('translate', {}, [])).toBe('')
    expect(defaultParam('tagging', {}, ['en'])).toBe('')
  })
})

describe('targetLocalesFor', () => {
  it('leaves out the locale being edited', () => {
    expect(targetLocalesFor(['vi', 'en', 'zh'], 'en')).toEqual(['vi', 'zh'])
  })
})

describe('buildParams', () => {
  it('sends the number under the task’s parameter name, rounded', () => {
    expect(buildParams('headlines', '3')).toEqual({ count: 3 })
    expect(buildParams('seoDescription', ' 159.6 ')).toEqual({ maxChars: 160 })
    expect(buildParams('radioScript', '90')).toEqual({ targetSeconds: 90 })
    expect(buildParams('translate', 'zh')).toEqual({ targetLocale: 'zh' })
  })

  it('sends nothing for empty or unreadable input and for tasks without a parameter', () => {
    expect(buildParams('printCut', '')).toEqual({})
    expect(buildParams('printCut', 'abc')).toEqual({})
    expect(buildParams('spelling', '5')).toEqual({})
  })
})
