import { describe, expect, it } from '@jest/globals'

import { csvRecords, detectDelimiter } from './csvRecords'

const all = (text: string, delimiter = ',') => {
  const problems: unknown[] = []
  const records = [...csvRecords(text, delimiter, (p) => problems.push(p))]
  return { records, problems }
}

describe('CSV records', () => {
  it('splits plain lines fast, skipping blank ones, with their line numbers', () => {
    expect(all('a,b\n\n1,2\r\n3,4').records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', '2'] },
      { line: 4, fields: ['3', '4'] },
    ])
  })

  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(all('x,"a, ""b""",y\n"two\nlines",z\nlast,1').records).toEqual([
      { line: 1, fields: ['x', 'a, "b"', 'y'] },
      { line: 2, fields: ['two\nlines', 'z'] },
      { line: 4, fields: ['last', '1'] },
    ])
  })

  it('reports an unclosed quote', () => {
    expect(all('a\n"b,c\nd').problems).toEqual([{ line: 2, message: 'dấu ngoặc kép mở nhưng không đóng' }])
  })

  it('detects the delimiter from the header', () => {
    expect(detectDelimiter('a;b;c')).toBe(';')
    expect(detectDelimiter('a,b;c,d')).toBe(',')
    expect(detectDelimiter('a\tb\tc')).toBe('\t')
  })
})
