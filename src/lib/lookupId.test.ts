import { badIdMessage, isLookupId, MAX_ROW_ID } from './lookupId'

describe('lookup ids', () => {
  it('accepts the ids a database row can have', () => {
    expect(isLookupId(1)).toBe(true)
    expect(isLookupId('42')).toBe(true)
    expect(isLookupId(MAX_ROW_ID)).toBe(true)
    expect(isLookupId(String(MAX_ROW_ID))).toBe(true)
  })

  it('refuses what PostgreSQL could not even query', () => {
    for (const id of [
      0,
      -1,
      1.5,
      MAX_ROW_ID + 1,
      99_999_999_999,
      '99999999999',
      'abc',
      '',
      '1e3',
      ' 1',
      null,
    ])
      expect([id, isLookupId(id)]).toEqual([id, false])
  })

  it('names the field and the value, and leaves empty values to the required check', () => {
    expect(badIdMessage('Tin bài', 'abc')).toBe(
      '"Tin bài" phải là mã của một bản ghi có thật (nhận được "abc").',
    )
    expect(badIdMessage('Số báo', { id: 99_999_999_999 })).toContain('99999999999')
    expect(badIdMessage('Tin bài', 12)).toBeUndefined()
    expect(badIdMessage('Tin bài', { id: 12 })).toBeUndefined()
    expect(badIdMessage('Tin bài', undefined)).toBeUndefined()
    expect(badIdMessage('Tin bài', null)).toBeUndefined()
  })
})
