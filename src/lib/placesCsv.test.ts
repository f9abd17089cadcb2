import { describe, expect, it } from '@jest/globals'

import { decodeCsv, parseCsvRecords, parsePlacesCsv, PlacesCsvEncodingError } from './placesCsv'

const PROVINCES = [
  { code: '01', name: 'Hà Nội' },
  { code: '33', name: 'Hưng Yên' },
  { code: '22', name: 'Quảng Ninh' },
]
const HEADER = 'ma_tinh,ten_tinh,ma_xa,ten_xa,cap'
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('decodeCsv', () => {
  it('drops a UTF-8 byte order mark', () => {
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Xã')]))).toBe('Xã')
  })

  it('refuses Windows-1258 bytes, naming the line', () => {
    // "Xã" in Windows-1258 is X, a, combining tilde 0xDE: not valid UTF-8.
    const bytes = new Uint8Array([...utf8(`${HEADER}\n33,Hưng Yên,12205,X`), 0x61, 0xde, ...utf8(',Xã\n')])
    expect(() => decodeCsv(bytes)).toThrow(PlacesCsvEncodingError)
    expect(() => decodeCsv(bytes)).toThrow(/^Dòng 2: tệp không phải UTF-8 hợp lệ .*Windows-1258/)
  })

  it('refuses UTF-16', () => {
    expect(() => decodeCsv(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toThrow(/UTF-16/)
  })
})

describe('parseCsvRecords', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, keeping start lines', () => {
    const { records, errors } = parseCsvRecords('a,"b, c",d\r\n"e ""x""","f\ng",h\r\n\r\ni,j,k')
    expect(errors).toEqual([])
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b, c', 'd'] },
      { line: 2, fields: ['e "x"', 'f\ng', 'h'] },
      { line: 5, fields: ['i', 'j', 'k'] },
    ])
  })

  it('reports a quote left open at the line its record starts', () => {
    expect(parseCsvRecords('a,b\n"c,d\ne,f').errors).toEqual([
      { line: 2, message: 'dấu ngoặc kép mở nhưng không đóng' },
    ])
  })
})

describe('parsePlacesCsv', () => {
  it('reads our format with BOM and CRLF, adding the level word a name lacks', () => {
    const file = `\uFEFF${HEADER}\r\n33,Hưng Yên,11953,Phường Phố Hiến,Phường\r\n33,Hưng Yên,12205,Khoái Châu,Xã\r\n22,Quảng Ninh,12345,"Cô Tô",Đặc khu\r\n`
    expect(parsePlacesCsv(utf8(file), PROVINCES)).toEqual({
      rows: [
        { line: 2, provinceCode: '33', code: '11953', name: 'Phường Phố Hiến', level: 'ward' },
        { line: 3, provinceCode: '33', code: '12205', name: 'Xã Khoái Châu', level: 'commune' },
        { line: 4, provinceCode: '22', code: '12345', name: 'Đặc khu Cô Tô', level: 'specialZone' },
      ],
      errors: [],
    })
  })

  it("maps the official export's Vietnamese headers and ignores extra columns", () => {
    const file =
      'Mã,Tên,Cấp,Mã TP,Tỉnh / Thành Phố,Tên Tiếng Anh\n00004,Phường Ba Đình,Phường,01,Thành phố Hà Nội,Ba Dinh\n'
    expect(parsePlacesCsv(file, PROVINCES)).toEqual({
      rows: [{ line: 2, provinceCode: '01', code: '00004', name: 'Phường Ba Đình', level: 'ward' }],
      errors: [],
    })
  })

  it('accepts semicolons, as Excel writes them in a Vietnamese locale', () => {
    const { rows, errors } = parsePlacesCsv(
      'ma_tinh;ten_tinh;ma_xa;ten_xa;cap\n33;Hưng Yên;12205;Xã Khoái Châu;Xã',
      PROVINCES,
    )
    expect(errors).toEqual([])
    expect(rows.map((r) => r.code)).toEqual(['12205'])
  })

  it('reports every bad line with its number and keeps none of them', () => {
    const file = [
      HEADER,
      '33,Hưng Yên,12205,Xã Khoái Châu,Xã',
      '34,Thái Bình,12826,Xã Thái Thụy,Xã',
      '33,Hưng Yên,12205,Xã Khoái Châu,Xã',
      '33,Hưng Yên,1953,Phường Phố Hiến,Phường',
      '33,Hưng Yên,12019,,Xã',
      '33,Hưng Yên,12073,Xã Yên Mỹ,Thị trấn',
      '3,Hưng Yên,12004,Xã Như Quỳnh,Xã',
      '33,Thái Bình,12922,Xã Thái Ninh,Xã',
      '33,Hưng Yên,12103,Xã Mỹ Hào,Phường',
      '33,Hưng Yên,12142',
    ].join('\n')
    const { errors } = parsePlacesCsv(file, PROVINCES)
    expect(errors).toEqual([
      { line: 3, message: 'mã tỉnh 34 không thuộc 34 tỉnh, thành phố hiện hành' },
      { line: 4, message: 'mã xã 12205 trùng với dòng 2' },
      {
        line: 5,
        message:
          'mã xã "1953" phải gồm đúng 5 chữ số (có thể Excel đã bỏ số 0 ở đầu: hãy định dạng cột là Văn bản)',
      },
      { line: 6, message: 'tên xã trống' },
      { line: 7, message: 'cấp "Thị trấn" không hợp lệ (chỉ nhận Phường, Xã hoặc Đặc khu)' },
      {
        line: 8,
        message:
          'mã tỉnh "3" phải gồm đúng 2 chữ số (có thể Excel đã bỏ số 0 ở đầu: hãy định dạng cột là Văn bản)',
      },
      { line: 9, message: 'mã tỉnh 33 là Hưng Yên, không phải "Thái Bình"' },
      { line: 10, message: 'tên "Xã Mỹ Hào" không khớp cấp "Phường"' },
      { line: 11, message: 'có 3 cột, tiêu đề có 5 cột' },
    ])
  })

  it('counts lines of a multi-line quoted name when numbering later errors', () => {
    const file = `${HEADER}\n33,Hưng Yên,12205,"Xã Khoái\nChâu",Xã\n33,Hưng Yên,abcde,Xã Yên Mỹ,Xã`
    expect(parsePlacesCsv(file, PROVINCES).errors).toEqual([
      { line: 4, message: 'mã xã "abcde" phải gồm đúng 5 chữ số' },
    ])
  })

  it('names the missing columns', () => {
    expect(parsePlacesCsv('ma_tinh,ten_xa\n33,Xã Khoái Châu', PROVINCES).errors).toEqual([
      { line: 1, message: 'thiếu cột "ma_xa", "cap" (tiêu đề cần: ma_tinh,ten_tinh,ma_xa,ten_xa,cap)' },
    ])
  })

  it('turns an encoding problem into a line-0 error instead of throwing', () => {
    const result = parsePlacesCsv(new Uint8Array([0x61, 0xe0, 0x0a]), PROVINCES)
    expect(result.rows).toEqual([])
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]!.message).toMatch(/UTF-8/)
  })
})
