import { describe, expect, it } from '@jest/globals'

import type { TaggingContext, TagOption } from '../../types'
import { exactKey, looseKey, placeName, predictionsOf, score, scoreCorpus, topicSlug } from './score'

const context: TaggingContext = {
  places: [
    { id: '33', name: 'Hưng Yên', level: 'province', code: '33', formerUnits: 'Hưng Yên, Thái Bình' },
    { id: '12472', name: 'Xã Quỳnh Phụ', level: 'commune', code: '12472', parentId: '33' },
    { id: 7, name: 'Phường Thái Bình', level: 'ward', code: '13225', parentId: '33' },
  ],
  topics: [
    { id: 'giao-thong', name: 'Giao thông', slug: 'giao-thong', keywords: [] },
    { id: 4, name: 'Kinh tế biển', slug: 'kinh-te-bien', keywords: [] },
  ],
}

const tag = (over: Partial<TagOption>): TagOption => ({ kind: 'place', label: '', confidence: 1, ...over })

describe('score', () => {
  it('computes precision, recall and F1 from counts', () => {
    expect(score({ tp: 8, fp: 2, fn: 8 })).toEqual({
      tp: 8,
      fp: 2,
      fn: 8,
      precision: 0.8,
      recall: 0.5,
      f1: (2 * 0.8 * 0.5) / 1.3,
    })
  })

  it('gives NaN, not 1, when nothing was predicted or nothing expected', () => {
    const none = score({ tp: 0, fp: 0, fn: 3 })
    expect(none.precision).toBeNaN()
    expect(none.recall).toBe(0)
    expect(none.f1).toBeNaN()
    expect(score({ tp: 0, fp: 2, fn: 0 }).recall).toBeNaN()
  })

  it('gives F1 0 when every prediction is wrong and every label missed', () => {
    expect(score({ tp: 0, fp: 1, fn: 1 }).f1).toBe(0)
  })
})

describe('scoreCorpus', () => {
  const results = [
    {
      id: 'a',
      expected: ['Hưng Yên', 'Xã Quỳnh Phụ'],
      predicted: [
        { name: 'Hưng Yên', confidence: 0.9, evidence: 'tỉnh Hưng Yên' },
        { name: 'Phường Thái Bình', confidence: 0.4, evidence: 'Thái Bình' },
      ],
    },
    { id: 'b', expected: [], predicted: [{ name: 'Hà Nội', confidence: 0.8 }] },
    { id: 'c', predicted: [{ name: 'Huế', confidence: 1 }] },
  ]

  it('sums counts over labelled texts and skips unlabelled ones', () => {
    const { score: s, texts } = scoreCorpus(results)
    expect(texts).toBe(2)
    expect([s.tp, s.fp, s.fn]).toEqual([1, 2, 1])
  })

  it('lists false positives and misses with the text id and evidence', () => {
    expect(scoreCorpus(results).mismatches).toEqual([
      {
        textId: 'a',
        kind: 'false positive',
        name: 'Phường Thái Bình',
        confidence: 0.4,
        evidence: 'Thái Bình',
      },
      { textId: 'a', kind: 'miss', name: 'Xã Quỳnh Phụ' },
      { textId: 'b', kind: 'false positive', name: 'Hà Nội', confidence: 0.8, evidence: undefined },
    ])
  })

  it('drops predictions below the threshold, and reports a miss dropped that way with its confidence', () => {
    const low = [{ id: 'a', expected: ['Hưng Yên'], predicted: [{ name: 'Hưng Yên', confidence: 0.3 }] }]
    const { score: s, mismatches } = scoreCorpus(low, { threshold: 0.5 })
    expect([s.tp, s.fp, s.fn]).toEqual([0, 0, 1])
    expect(mismatches).toEqual([
      { textId: 'a', kind: 'miss', name: 'Hưng Yên', confidence: 0.3, evidence: undefined },
    ])
    expect(scoreCorpus(low, { threshold: 0.3 }).score.tp).toBe(1)
  })

  it('counts a name returned twice once', () => {
    const twice = [
      {
        id: 'a',
        expected: ['Hưng Yên'],
        predicted: [
          { name: 'Hưng Yên', confidence: 0.5 },
          { name: 'hưng  yên', confidence: 0.9 },
        ],
      },
    ]
    expect(scoreCorpus(twice).score).toMatchObject({ tp: 1, fp: 0, fn: 0 })
  })

  it('matches official names exactly but people loosely when asked', () => {
    const nfd = 'Khánh Hòa'.normalize('NFD')
    expect(exactKey(nfd)).toBe(exactKey('Khánh Hòa'))
    expect(exactKey('Khánh Hoà')).not.toBe(exactKey('Khánh Hòa'))
    const people = [{ id: 'p', expected: ['Lê Văn Sửu'], predicted: [{ name: 'Le Van Suu', confidence: 1 }] }]
    expect(scoreCorpus(people).score.tp).toBe(0)
    expect(scoreCorpus(people, { key: looseKey }).score.tp).toBe(1)
  })
})

describe('placeName', () => {
  it('resolves through the ref, comparing ids as strings', () => {
    expect(placeName(tag({ ref: '12472', label: 'whatever' }), context.places)).toBe('Xã Quỳnh Phụ')
    expect(placeName(tag({ ref: '7', label: 'x' }), context.places)).toBe('Phường Thái Bình')
  })

  it('falls back to the code, then to the first part of the label', () => {
    expect(placeName(tag({ code: '13225', label: 'x' }), context.places)).toBe('Phường Thái Bình')
    expect(placeName(tag({ label: 'Xã Lê Lợi, Hưng Yên' }), context.places)).toBe('Xã Lê Lợi')
  })
})

describe('topicSlug', () => {
  it('resolves a ref to the slug, else uses the ref, else matches the label', () => {
    expect(topicSlug(tag({ kind: 'topic', ref: 4, label: '' }), context.topics)).toBe('kinh-te-bien')
    expect(topicSlug(tag({ kind: 'topic', ref: 'an-sinh-xa-hoi', label: '' }), context.topics)).toBe(
      'an-sinh-xa-hoi',
    )
    expect(topicSlug(tag({ kind: 'topic', label: 'Giao thông' }), context.topics)).toBe('giao-thong')
  })
})

describe('predictionsOf', () => {
  it('keeps one kind and reduces each tag to its scored name', () => {
    const tags: TagOption[] = [
      tag({ ref: '33', label: 'Hưng Yên', confidence: 0.95, evidence: 'Hưng Yên' }),
      tag({ kind: 'topic', ref: 'giao-thong', label: 'Giao thông', confidence: 0.6 }),
      tag({ kind: 'person', label: 'Nguyễn Văn A', confidence: 0.7 }),
    ]
    expect(predictionsOf(tags, 'place', context)).toEqual([
      { name: 'Hưng Yên', confidence: 0.95, evidence: 'Hưng Yên' },
    ])
    expect(predictionsOf(tags, 'topic', context)).toEqual([{ name: 'giao-thong', confidence: 0.6 }])
    expect(predictionsOf(tags, 'person', context)).toEqual([{ name: 'Nguyễn Văn A', confidence: 0.7 }])
    expect(predictionsOf(tags, 'organisation', context)).toEqual([])
  })
})
