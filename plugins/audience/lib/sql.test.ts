import { describe, expect, it } from '@jest/globals'

import { idOrNull, num, numberOf, pgArray, text } from './sql'

describe('SQL literals', () => {
  it('quotes text by doubling single quotes', () => {
    expect(text("o'brien")).toBe("'o''brien'")
    expect(text("'); DROP TABLE stories; --")).toBe("'''); DROP TABLE stories; --'")
    expect(() => text('a\u0000b')).toThrow()
  })

  it('writes only finite numbers and real ids', () => {
    expect(num(12.5)).toBe('12.5')
    expect(() => num(Number.NaN)).toThrow()
    expect(() => num(Infinity)).toThrow()
    expect(idOrNull(null)).toBe('NULL')
    expect(idOrNull('42')).toBe('42')
    expect(() => idOrNull('1 OR 1=1')).toThrow()
    expect(() => idOrNull(0)).toThrow()
  })

  it('reads PostgreSQL numeric and bigint strings as numbers', () => {
    expect(numberOf('12.50')).toBe(12.5)
    expect(numberOf(null)).toBe(0)
    expect(numberOf('x')).toBe(0)
  })

  it('writes PostgreSQL array literals with NULLs and quoted text, inside a quoted string', () => {
    expect(pgArray([1, null, 2.5], 'numeric')).toBe("'{1,NULL,2.5}'::numeric[]")
    expect(pgArray(['zalo', 'a"b', 'c\\d', "o'k"], 'text')).toBe(`'{"zalo","a\\"b","c\\\\d","o''k"}'::text[]`)
  })
})
