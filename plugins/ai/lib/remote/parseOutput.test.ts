import { describe, expect, it } from '@jest/globals'

import { countPrintCharacters } from '../../../../src/lib/textMeasure'
import type { TopicEntry } from '../../types'
import {
  AnswerFormatError,
  extractJson,
  parseOptions,
  parseTags,
  parseTextField,
  parseTranslation,
  trimToLimit,
} from './parseOutput'
import { mergeTags } from '../mergeTags'

describe('extractJson', () => {
  it('accepts bare JSON, code fences and a reasoning preamble', () => {
    expect(extractJson('{"a":1}')).toEqual({ a: 1 })
    expect(extractJson('Đây là kết quả:\n```json\n{"a": 2}\n```')).toEqual({ a: 2 })
    expect(extractJson('<think>{"b": 0} suy nghĩ</think>\n{"a": 3}')).toEqual({ a: 3 })
  })

  it('rejects prose, broken JSON and arrays', () => {
    expect(() => extractJson('Xin lỗi, tôi không rõ.')).toThrow(AnswerFormatError)
    expect(() => extractJson('{"a": ')).toThrow(AnswerFormatError)
    expect(() => extractJson('[{"a": 1}]')).toThrow(AnswerFormatError)
  })
})

describe('trimToLimit', () => {
  it('leaves text within the limit alone (NFC)', () => {
    expect(trimToLimit(' Nguyễn '.normalize('NFD'), 6)).toBe('Nguyễn')
  })

  it('cuts at a word boundary without a dangling comma', () => {
    const text = 'Hưng Yên khởi công dự án, đường ven biển dài 30 km'
    const cut = trimToLimit(text, 27)
    expect(cut).toBe('Hưng Yên khởi công dự án')
    expect(countPrintCharacters(cut)).toBeLessThanOrEqual(27)
  })

  it('prefers a sentence end when it keeps most of the limit', () => {
    const text = 'Giá lúa tăng mạnh trong tuần. Nông dân phấn khởi vì được mùa lớn'
    expect(trimToLimit(text, 45)).toBe('Giá lúa tăng mạnh trong tuần.')
  })

  it('counts a whitespace run once, as the print meter does, and keeps paragraphs', () => {
    const text = 'Một hai.\n\nBa bốn năm sáu.'
    expect(trimToLimit(text, countPrintCharacters(text))).toBe(text)
    expect(trimToLimit(text, 20)).toBe('Một hai.\n\nBa bốn năm')
  })

  it('hard-cuts a single word longer than the limit', () => {
    expect(trimToLimit('Supercalifragilistic', 5)).toBe('Super')
  })
})

describe('parseOptions', () => {
  it('keeps distinct options up to count, trimmed to the limit, with notes', () => {
    const content = JSON.stringify({
      options: [
        { text: '  “Tít một”  ', note: 'thẳng' },
        'Tít một',
        { text: 'Tít hai rất dài vượt quá giới hạn cho phép' },
        { text: '' },
        { text: 'Tít ba' },
        { text: 'Tít bốn' },
      ],
    })
    expect(parseOptions(content, { count: 3, maxChars: 20 })).toEqual([
      { text: 'Tít một', note: 'thẳng' },
      { text: 'Tít hai rất dài vượt' },
      { text: 'Tít ba' },
    ])
  })

  it('needs at least one usable option', () => {
    expect(() => parseOptions('{"options": []}', { count: 3, maxChars: 100 })).toThrow(AnswerFormatError)
    expect(() => parseOptions('{"titles": ["a"]}', { count: 3, maxChars: 100 })).toThrow(AnswerFormatError)
  })
})

describe('parseTextField / parseTranslation', () => {
  it('reads a required string (or lines) field', () => {
    expect(parseTextField('{"script": " Xin chào. "}', 'script')).toBe('Xin chào.')
    expect(parseTextField('{"outline": ["[DẪN] a", "[HÌNH] b"]}', 'outline')).toBe('[DẪN] a\n[HÌNH] b')
    expect(() => parseTextField('{"script": ""}', 'script')).toThrow(AnswerFormatError)
  })

  it('reads translation fields, requiring a body only when asked', () => {
    expect(parseTranslation('{"headline": "H", "body": "B"}', { requireBody: true })).toEqual({
      headline: 'H',
      standfirst: '',
      body: 'B',
    })
    expect(() => parseTranslation('{"headline": "H"}', { requireBody: true })).toThrow(AnswerFormatError)
    expect(parseTranslation('{"headline": "H"}', { requireBody: false }).body).toBe('')
  })
})

describe('parseTags', () => {
  const topics: TopicEntry[] = [
    { id: 7, name: 'Nông nghiệp', slug: 'nong-nghiep', keywords: [] },
    { id: 9, name: 'Giao thông', slug: 'giao-thong', keywords: [] },
  ]

  it('maps topics by slug to their id, drops unknown ones, keeps names of the rest', () => {
    const content = JSON.stringify({
      topics: [
        { slug: 'Nong-Nghiep', confidence: 0.9, evidence: 'giá lúa' },
        { slug: 'the-thao', confidence: 0.8 },
      ],
      places: [{ name: ' xã  Quỳnh Phụ ', confidence: 2, evidence: 'xã Quỳnh Phụ' }],
      people: ['Nguyễn Văn A'],
      organisations: [{ label: 'Sở Nông nghiệp và Môi trường', confidence: 'x' }],
    })
    expect(parseTags(content, topics)).toEqual([
      { kind: 'topic', label: 'Nông nghiệp', ref: 7, confidence: 0.9, evidence: 'giá lúa' },
      { kind: 'place', label: 'xã Quỳnh Phụ', confidence: 1, evidence: 'xã Quỳnh Phụ' },
      { kind: 'person', label: 'Nguyễn Văn A', confidence: 0.5 },
      { kind: 'organisation', label: 'Sở Nông nghiệp và Môi trường', confidence: 0.5 },
    ])
  })

  it('needs at least one of the expected arrays', () => {
    expect(() => parseTags('{"tags": []}', topics)).toThrow(AnswerFormatError)
    expect(parseTags('{"topics": []}', topics)).toEqual([])
  })
})

describe('mergeTags', () => {
  it('keeps one of each tag with the highest confidence and the first evidence', () => {
    const merged = mergeTags([
      [
        { kind: 'topic', label: 'Nông nghiệp', ref: 7, confidence: 0.6, evidence: 'lúa' },
        { kind: 'person', label: 'Nguyễn Văn A', confidence: 0.4 },
      ],
      [
        { kind: 'topic', label: 'Nông nghiệp', ref: 7, confidence: 0.9, evidence: 'gạo' },
        { kind: 'person', label: 'nguyễn văn a', confidence: 0.8, evidence: 'ông Nguyễn Văn A' },
        { kind: 'place', label: 'Nguyễn Văn A', confidence: 0.3 },
      ],
    ])
    expect(merged).toEqual([
      { kind: 'topic', label: 'Nông nghiệp', ref: 7, confidence: 0.9, evidence: 'lúa' },
      { kind: 'person', label: 'Nguyễn Văn A', confidence: 0.8, evidence: 'ông Nguyễn Văn A' },
      { kind: 'place', label: 'Nguyễn Văn A', confidence: 0.3 },
    ])
  })
})
