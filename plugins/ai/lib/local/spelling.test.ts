import { beforeAll, describe, expect, it } from '@jest/globals'

import { floodStory, investmentStory, schoolStory } from './fixtures'
import { checkStory, checkedText, findSpellingIssues, loadSpeller, type Speller } from './spelling'

let speller: Speller

beforeAll(async () => {
  speller = await loadSpeller()
})

const issuesIn = (text: string) =>
  findSpellingIssues(text, speller).map(({ offset, length, word, suggestions }) => ({
    at: text.slice(offset, offset + length),
    offset,
    word,
    suggestions,
  }))

describe('loadSpeller', () => {
  it('builds the checker once', async () => {
    expect(await loadSpeller()).toBe(speller)
  })
})

describe('checkedText', () => {
  it('joins headline, standfirst and body with blank lines', () => {
    expect(checkedText({ headline: 'Tít', standfirst: '', body: 'Thân bài' })).toBe('Tít\n\n\n\nThân bài')
  })
})

describe('findSpellingIssues', () => {
  it('finds nothing in correct news copy', () => {
    for (const story of [investmentStory, floodStory, schoolStory]) {
      expect(findSpellingIssues(checkedText(story), speller)).toEqual([])
    }
  })

  it('finds injected typos at their offsets with the intended word first', () => {
    const text = 'Đây là tài sản của Việt Nan. Nhiều doanh nghiêp đã về truờng học.'
    expect(issuesIn(text)).toEqual([
      { at: 'Nan', offset: text.indexOf('Nan'), word: 'Nan', suggestions: ['Nam'] },
      {
        at: 'nghiêp',
        offset: text.indexOf('nghiêp'),
        word: 'nghiêp',
        suggestions: expect.arrayContaining(['nghiệp']),
      },
      {
        at: 'truờng',
        offset: text.indexOf('truờng'),
        word: 'truờng',
        suggestions: expect.arrayContaining(['trường']),
      },
    ])
    const [, nghiep, truong] = findSpellingIssues(text, speller)
    expect(nghiep.suggestions[0]).toBe('nghiệp')
    expect(truong.suggestions[0]).toBe('trường')
    expect(truong.suggestions.length).toBeLessThanOrEqual(5)
  })

  it('explains the tone rule and keeps the case of suggestions', () => {
    const [issue] = findSpellingIssues('Truờng Sa và nghiêp vụ.', speller)
    expect(issue).toMatchObject({ word: 'Truờng', kind: 'spelling' })
    expect(issue.suggestions[0]).toBe('Trường')
    const [, tone] = findSpellingIssues('Truờng Sa và nghiêp vụ.', speller)
    expect(tone.message).toBe('“nghiêp”: âm tiết tận cùng bằng p, t, c, ch chỉ mang dấu sắc hoặc nặng.')
  })

  it('accepts both tone placements (the style check asks for one)', () => {
    expect(issuesIn('hòa hoà thủy thuỷ khỏe khoẻ')).toEqual([])
  })

  it('leaves numbers, links, abbreviations, loanwords and minority names alone', () => {
    const text =
      'UBND, THPT, 1.200 ha, https://baoquangngai.vn, toasoan@bao.vn, bán hàng online, livestream trên Facebook, iPhone, ' +
      'huyện Krông Pắc, tỉnh Đắk Lắk, xã Ia Grai, ông Y Biêr Niê, người H’Mông, TP Pleiku, COVID-19.'
    expect(issuesIn(text)).toEqual([])
  })

  it('flags a misspelt province only where it cannot be a person’s name', () => {
    expect(issuesIn('Đoàn đến tỉnh Quảng Ngai.').map((i) => i.suggestions)).toEqual([['Ngãi']])
    expect(issuesIn('Anh Sơn Lan và chị Cà Mai.')).toEqual([])
  })

  it('suggests i/y and tone fixes for a non-standard spelling', () => {
    expect(issuesIn('Đây là món quà quí.')[0].suggestions[0]).toBe('quý')
  })
})

describe('checkStory', () => {
  it('merges spelling and style issues in text order, offsets into the checked text', async () => {
    const story = {
      ...floodStory,
      standfirst: 'Mưa lớn gây ngập úng  hơn 1.200 ha lúa ở Hưng Yên, hoà bình.',
    }
    const text = checkedText(story)
    const issues = await checkStory(story)
    expect(issues.map((i) => [i.kind, text.slice(i.offset, i.offset + i.length)])).toEqual([
      ['style', '  '],
      ['style', 'hoà'],
    ])
    const typo = await checkStory({ ...story, body: `${story.body}\n\nNông dân mong truờng học sớm sửa.` })
    expect(typo.filter((i) => i.kind === 'spelling').map((i) => i.word)).toEqual(['truờng'])
  })
})
