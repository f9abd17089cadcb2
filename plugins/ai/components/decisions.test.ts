import { describe, expect, it } from '@jest/globals'

import type { SpellingIssue, TagOption } from '../types'
import {
  groupTags,
  initialSpellingChoices,
  initialTagSelection,
  spellingAcceptBody,
  tagsAcceptBody,
  textAcceptBody,
  translationAcceptBody,
} from './decisions'

const tag = (kind: TagOption['kind'], label: string, confidence: number): TagOption => ({
  kind,
  label,
  confidence,
})

const issue = (word: string, kind: SpellingIssue['kind'], suggestions: string[]): SpellingIssue => ({
  offset: 0,
  length: word.length,
  word,
  kind,
  message: '',
  suggestions,
})

describe('tags', () => {
  const tags = [
    tag('person', 'Nguyễn Văn A', 0.9),
    tag('topic', 'Nông nghiệp', 0.59),
    tag('place', 'Xã Quỳnh Phụ', 0.6),
    tag('topic', 'Giáo dục', 0.8),
  ]

  it('preselects tags from 60 % confidence up', () => {
    expect(initialTagSelection(tags)).toEqual([true, false, true, true])
  })

  it('groups by kind in the fixed order, keeping the indices into the output', () => {
    expect(groupTags(tags).map((group) => [group.kind, group.items.map((item) => item.index)])).toEqual([
      ['topic', [1, 3]],
      ['place', [2]],
      ['person', [0]],
    ])
  })

  it('sends the indices of the ticked tags', () => {
    expect(tagsAcceptBody([true, false, true, false])).toEqual({ tags: [0, 2] })
    expect(tagsAcceptBody([false, false])).toEqual({ tags: [] })
  })
})

describe('textAcceptBody', () => {
  it('omits the text when it was not changed beyond surrounding spaces', () => {
    expect(textAcceptBody(2, 'Tít gốc', ' Tít gốc\n')).toEqual({ option: 2 })
  })

  it('sends the edited text, trimmed', () => {
    expect(textAcceptBody(0, 'Tít gốc', 'Tít đã sửa ')).toEqual({ option: 0, text: 'Tít đã sửa' })
  })
})

describe('translationAcceptBody', () => {
  const original = { headline: 'Title', standfirst: 'Lead', body: 'Body' }

  it('is empty when nothing was edited', () => {
    expect(translationAcceptBody(original, { ...original })).toEqual({})
  })

  it('sends only the edited fields', () => {
    expect(translationAcceptBody(original, { ...original, standfirst: 'New lead ' })).toEqual({
      fields: { standfirst: 'New lead' },
    })
  })

  it('counts text typed into a field the translation left empty as an edit', () => {
    expect(translationAcceptBody({ headline: 'Title' }, { headline: 'Title', body: 'Added' })).toEqual({
      fields: { body: 'Added' },
    })
  })
})

describe('spelling', () => {
  const issues = [
    issue('nghành', 'spelling', ['ngành', 'nghanh']),
    issue('rất là', 'style', ['rất']),
    issue('xyzt', 'spelling', []),
  ]

  it('ticks spelling mistakes that have a fix, with the first suggestion', () => {
    expect(initialSpellingChoices(issues)).toEqual([
      { checked: true, replacement: 'ngành' },
      { checked: false, replacement: 'rất' },
      { checked: false, replacement: '' },
    ])
  })

  it('sends ticked issues with a replacement only', () => {
    expect(
      spellingAcceptBody([
        { checked: true, replacement: 'ngành' },
        { checked: false, replacement: 'rất' },
        { checked: true, replacement: ' ' },
        { checked: true, replacement: 'nghành' },
      ]),
    ).toEqual({
      issues: [
        { index: 0, replacement: 'ngành' },
        { index: 3, replacement: 'nghành' },
      ],
    })
  })
})
