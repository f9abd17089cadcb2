import { referencedIds, typeError } from './typeChecks'

describe('typeError', () => {
  it('accepts the right types and empty values', () => {
    expect(typeError('text', 'Tít')).toBeNull()
    expect(typeError('text', null)).toBeNull()
    expect(typeError('text', ['a', 'b'], true)).toBeNull()
    expect(typeError('number', 0)).toBeNull()
    expect(typeError('date', '2026-11-22T08:00:00+07:00')).toBeNull()
    expect(typeError('richText', { root: { children: [] } })).toBeNull()
    expect(typeError('relationship', 3)).toBeNull()
    expect(typeError('relationship', [1, { relationTo: 'x', value: 2 }, { id: 3 }], true)).toBeNull()
    expect(typeError('checkbox', false)).toBeNull()
  })

  it('names what was expected for the wrong types', () => {
    expect(typeError('text', 12345)).toMatch(/chuỗi/)
    expect(typeError('textarea', { text: 'x' })).toMatch(/chuỗi/)
    expect(typeError('text', ['mảng'])).toMatch(/chuỗi/)
    expect(typeError('number', '12')).toMatch(/số/)
    expect(typeError('number', Number.NaN)).toMatch(/số/)
    expect(typeError('date', 'ngày mai')).toMatch(/ISO/)
    expect(typeError('richText', 'văn bản thường')).toMatch(/rich text/)
    expect(typeError('relationship', 'kinh-te', true)).toMatch(/danh sách/)
    expect(typeError('relationship', { foo: 1 })).toMatch(/mã bản ghi/)
    // Past PostgreSQL's integer the lookup itself would fail with a 500.
    expect(typeError('relationship', 2_147_483_648)).toMatch(/mã bản ghi/)
    expect(typeError('relationship', '99999999999')).toMatch(/mã bản ghi/)
    expect(typeError('relationship', 'kinh-te')).toMatch(/mã bản ghi/)
    expect(typeError('relationship', 0)).toMatch(/mã bản ghi/)
    expect(typeError('relationship', '2147483647')).toBeNull()
    expect(typeError('checkbox', 'yes')).toMatch(/true/)
  })
})

describe('referencedIds', () => {
  it('groups ids by collection for single and polymorphic relations', () => {
    expect(referencedIds([1, 2, { id: 3 }], 'topics')).toEqual(new Map([['topics', [1, 2, 3]]]))
    expect(referencedIds({ relationTo: 'users', value: 7 }, ['users', 'desks'])).toEqual(
      new Map([['users', [7]]]),
    )
    expect(referencedIds(null, 'desks').size).toBe(0)
  })
})
