import { describe, expect, it } from '@jest/globals'

import { parseAudienceCsv, parseMeasure, storyKeyOf } from './audienceCsv'
import { platformOf } from './platforms'

const TODAY = '2026-03-10'
const parse = (text: string, platform?: string) =>
  parseAudienceCsv(text, { today: TODAY, defaultPlatform: platform ? platformOf(platform) : undefined })

describe('numbers', () => {
  it('reads counts with or without thousands separators', () => {
    expect(parseMeasure('1234', false)).toBe(1234)
    expect(parseMeasure('1.234', false)).toBe(1234)
    expect(parseMeasure('1,234,567', false)).toBe(1234567)
    expect(parseMeasure('1 234', false)).toBe(1234)
    expect(parseMeasure('', false)).toBe(0)
  })

  it('refuses negative, decimal counts and text', () => {
    expect(parseMeasure('-5', false)).toMatch(/âm/)
    expect(parseMeasure('12,5', false)).toMatch(/số nguyên/)
    expect(parseMeasure('abc', false)).toMatch(/không phải là số/)
    expect(parseMeasure('1.23.4', false)).toMatch(/không phải là số/)
  })

  it('reads decimal watch minutes with either mark', () => {
    expect(parseMeasure('12,5', true)).toBe(12.5)
    expect(parseMeasure('12.5', true)).toBe(12.5)
    expect(parseMeasure('1.234,5', true)).toBe(1234.5)
    expect(parseMeasure('1,234.5', true)).toBe(1234.5)
    expect(parseMeasure('1.234', true)).toBe(1234)
  })
})

describe('story keys', () => {
  it('takes ids, slugs and public URLs ending in the slug', () => {
    expect(storyKeyOf(' 42 ')).toBe('42')
    expect(storyKeyOf('Mua-Lua-Boi-Thu')).toBe('mua-lua-boi-thu')
    expect(storyKeyOf('https://baohungyen.vn/kinh-te/mua-lua-boi-thu.html?utm_source=zalo#top')).toBe(
      'mua-lua-boi-thu',
    )
    expect(storyKeyOf('https://baohungyen.vn/kinh-te/mua-lua-boi-thu/')).toBe('mua-lua-boi-thu')
    expect(storyKeyOf('')).toBeUndefined()
    expect(storyKeyOf('mùa lúa')).toBeUndefined()
    expect(storyKeyOf('https://')).toBeUndefined()
  })

  it('decodes escaped URLs and refuses a badly escaped one as a bad key (not an exception)', () => {
    expect(storyKeyOf('https://bao.vn/tin/giam-50%25-phi.html')).toBeUndefined()
    expect(storyKeyOf('https://bao.vn/tin/mua%2Dlua.html')).toBe('mua-lua')
    expect(() => storyKeyOf('https://bao.vn/tin/giam-50%-phi.html')).not.toThrow()
    expect(storyKeyOf('https://bao.vn/tin/giam-50%-phi.html')).toBeUndefined()
    const result = parse(
      'ngày,bài,nền tảng,lượt xem\n2026-03-01,https://bao.vn/tin/giam-50%-phi.html,zalo,1\n',
    )
    expect(result.rows.length).toBe(0)
    expect(result.errors).toEqual([
      {
        line: 2,
        column: 'bài',
        message: '"https://bao.vn/tin/giam-50%-phi.html" không phải mã, đường dẫn (slug) hay URL của tin bài',
      },
    ])
  })
})

describe('audience CSV', () => {
  it('maps Vietnamese headers, semicolons, dd/mm/yyyy and optional columns', () => {
    const result = parse(
      'Ngày;Bài;Nền tảng;Lượt xem;Người đọc;Di động\n02/03/2026;mua-lua;Zalo OA;1.200;800;900\n2026-03-03;42;YouTube;50;40;\n',
    )
    expect(result.errors).toEqual([])
    expect(result.delimiter).toBe(';')
    expect(result.rows.length).toBe(2)
    expect(result.rows.keys).toEqual(['mua-lua', '42'])
    expect(result.rows.day).toEqual(['2026-03-02', '2026-03-03'])
    expect(result.rows.platform).toEqual(['zalo', 'youtube'])
    expect(result.rows.measures.views).toEqual([1200, 50])
    expect(result.rows.measures.mobileViews).toEqual([900, 0])
    expect(result.rows.measures.listens).toEqual([0, 0])
  })

  it('maps English headers with quotes and CRLF', () => {
    const result = parse(
      'date,story,platform,listens,watch_minutes,shares\r\n2026-03-01,"https://x.vn/a/b-c.html",spotify,"1,200",0,3\r\n',
    )
    expect(result.errors).toEqual([])
    expect(result.rows.platform).toEqual(['spotify'])
    expect(result.rows.measures.listens).toEqual([1200])
    expect(result.rows.keys).toEqual(['b-c'])
  })

  it('uses the given platform when the file has no platform column', () => {
    const result = parse('date,story,views\n2026-03-01,a,10\n', 'youtube')
    expect(result.errors).toEqual([])
    expect(result.rows.platform).toEqual(['youtube'])
  })

  it('reports every bad line with its column', () => {
    const result = parse(
      [
        'ngày,bài,nền tảng,lượt xem,di động',
        '31/02/2026,a,zalo,1,0',
        '1999-12-31,a,zalo,1,0',
        '2026-03-11,a,zalo,1,0',
        '2026-03-01,,zalo,1,0',
        '2026-03-01,a,myspace,1,0',
        '2026-03-01,a,website,1,0',
        '2026-03-01,a,zalo,-3,0',
        '2026-03-01,a,zalo,abc,0',
        '2026-03-01,a,zalo,5,6',
        '2026-03-01,a,zalo,5,1,9',
      ].join('\n'),
    )
    expect(result.rows.length).toBe(0)
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'ngày'],
      [3, 'ngày'],
      [4, 'ngày'],
      [5, 'bài'],
      [6, 'nền tảng'],
      [7, 'nền tảng'],
      [8, 'lượt xem'],
      [9, 'lượt xem'],
      [10, 'di động'],
      [11, undefined],
    ])
    expect(result.errors[2]!.message).toMatch(/tương lai/)
    expect(result.errors[5]!.message).toMatch(/beacon/)
  })

  it('refuses files without the needed columns or without rows', () => {
    expect(parse('ngày,bài,lượt xem\n2026-03-01,a,1\n').errors[0]!.message).toMatch(/thiếu cột "nền tảng"/)
    expect(parse('ngày,bài,nền tảng\n2026-03-01,a,zalo\n').errors[0]!.message).toMatch(/không có cột số liệu/)
    expect(parse('ngày,bài,nền tảng,lượt xem\n').errors[0]!.message).toMatch(/không có dòng số liệu/)
    expect(parse('').errors[0]!.message).toMatch(/tiêu đề/)
    expect(parse('ngày,ngày,bài,nền tảng,lượt xem\n').errors[0]!.message).toMatch(/hai lần/)
  })

  it('reports an unclosed quote instead of swallowing the rest', () => {
    const result = parse('ngày,bài,nền tảng,lượt xem\n2026-03-01,"a,zalo,1\n2026-03-02,b,zalo,1\n')
    expect(result.errors).toEqual([{ line: 2, message: 'dấu ngoặc kép mở nhưng không đóng' }])
  })

  it('stops listing errors past the cap and counts the rest', () => {
    const lines = ['ngày,bài,nền tảng,lượt xem', ...Array.from({ length: 1005 }, () => 'x,a,zalo,1')]
    const result = parse(lines.join('\n'))
    expect(result.errors).toHaveLength(1000)
    expect(result.moreErrors).toBe(5)
  })
})
