import { describe, expect, it } from '@jest/globals'

import { parseScheduleCsv } from './scheduleCsv'

const utf8 = (text: string) => new TextEncoder().encode(text)
const HEADER = 'ngày,giờ bắt đầu,thời lượng,tên chương trình,thể loại,nguồn,phát lại,ngôn ngữ'

/** "Thời sự" in Windows-1258: T h ơ(F5) + combining grave(CC) i, space, s ư(FD) + combining dot below(F2). */
const THOI_SU_1258 = [0x54, 0x68, 0xf5, 0xcc, 0x69, 0x20, 0x73, 0xfd, 0xf2]
/** "tự sản xuất": t ư(FD)+dot(F2), space, s a + hook above(D2) n, space, x u â(E2) + acute(EC) t. */
const TU_SAN_XUAT_1258 = [0x74, 0xfd, 0xf2, 0x20, 0x73, 0x61, 0xd2, 0x6e, 0x20, 0x78, 0x75, 0xe2, 0xec, 0x74]

describe('parseScheduleCsv', () => {
  it('reads a UTF-8 file with BOM, CRLF and every column', () => {
    const file = `\uFEFF${HEADER}\r\n02/03/2026,06:00,1800,Thời sự sáng,Thời sự,Tự sản xuất,không,\r\n2026-03-02,06:30:00,01:00:00,"Phim ""Mùa lúa chín"", tập 1",phim,trong nước,có,Tiếng Việt\r\n`
    expect(parseScheduleCsv(utf8(file))).toEqual({
      rows: [
        {
          line: 2,
          date: '2026-03-02',
          startSeconds: 21_600,
          durationSeconds: 1_800,
          title: 'Thời sự sáng',
          genre: 'news',
          origin: 'self',
          rerun: false,
          language: 'vi',
        },
        {
          line: 3,
          date: '2026-03-02',
          startSeconds: 23_400,
          durationSeconds: 3_600,
          title: 'Phim "Mùa lúa chín", tập 1',
          genre: 'film',
          origin: 'domestic',
          rerun: true,
          language: 'vi',
        },
      ],
      errors: [],
      encoding: 'utf-8-bom',
      delimiter: ',',
    })
  })

  it('reads a Windows-1258 file separated by semicolons, as Excel in Vietnam saves it', () => {
    const bytes = new Uint8Array([
      ...utf8('Ngay;Gio bat dau;Gio ket thuc;Ten chuong trinh;The loai;Nguon\n02/03/2026;19:00;19:45;'),
      ...THOI_SU_1258,
      ...utf8(';thoi su;'),
      ...TU_SAN_XUAT_1258,
      ...utf8('\n'),
    ])
    const result = parseScheduleCsv(bytes)
    expect(result.errors).toEqual([])
    expect(result).toMatchObject({ encoding: 'windows-1258', delimiter: ';' })
    expect(result.rows).toEqual([
      expect.objectContaining({
        title: 'Thời sự',
        origin: 'self',
        startSeconds: 68_400,
        durationSeconds: 2_700,
      }),
    ])
  })

  it('takes an end time before the start as the next day, and English headers', () => {
    const file = 'date,start,end,title,genre,origin\n2026-03-02,23:30,00:15,Phim khuya,film,foreign\n'
    expect(parseScheduleCsv(file).rows[0]).toMatchObject({ startSeconds: 84_600, durationSeconds: 2_700 })
  })

  it('lists unknown and missing columns', () => {
    const { rows, errors } = parseScheduleCsv('ngày,giờ,tên chương trình,kênh\n02/03/2026,06:00,A,VTV\n')
    expect(rows).toEqual([])
    expect(errors).toEqual([
      { line: 1, message: 'cột không nhận ra: "giờ", "kênh"' },
      {
        line: 1,
        message: expect.stringMatching(
          /^thiếu cột "giờ bắt đầu", "thể loại", "nguồn", "thời lượng" \(hoặc "giờ kết thúc"\)/,
        ),
      },
    ])
  })

  it('reports every bad line with its line number and column, not only the first', () => {
    const file = [
      HEADER,
      '02/03/2026,06:00,1800,Thời sự sáng,thời sự,tự sản xuất,không,vi',
      '31/02/2026,06:30,1800,Ngày sai,thời sự,tự sản xuất,không,vi',
      '02/03/2026,25:10,1800,Giờ sai,thời sự,tự sản xuất,không,vi',
      '02/03/2026,07:00,-300,Âm,thời sự,tự sản xuất,không,vi',
      '02/03/2026,07:10,600,"Nhiều lỗi",ca cổ,ngoài hành tinh,có lẽ,vi',
      '02/03/2026,07:30,600,Thiếu cột,thời sự',
      '02/03/2026,06:20,1200,Chồng giờ,thời sự,tự sản xuất,không,vi',
    ].join('\n')
    const { errors } = parseScheduleCsv(file)
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'ngày'],
      [4, 'giờ bắt đầu'],
      [5, 'thời lượng'],
      [6, 'thể loại'],
      [6, 'nguồn'],
      [6, 'phát lại'],
      [7, undefined],
      [8, 'giờ bắt đầu'],
    ])
    expect(errors[0]!.message).toBe('ngày "31/02/2026" không hợp lệ (ghi dd/mm/yyyy hoặc yyyy-mm-dd)')
    expect(errors[2]!.message).toBe('thời lượng "-300" là số âm')
    expect(errors[7]!.message).toBe(
      '"Chồng giờ" (02/03/2026 06:20:00–06:40:00, 20 phút) trùng giờ với dòng 2 "Thời sự sáng" (02/03/2026 06:00:00–06:30:00, 30 phút)',
    )
  })

  it('finds an overlap across midnight between lines of two days', () => {
    const file = [
      'ngày;giờ bắt đầu;thời lượng;tên chương trình;thể loại;nguồn',
      '02/03/2026;23:30;01:00:00;Phim khuya;phim;nước ngoài',
      '03/03/2026;00:00;1800;Bản tin đêm;thời sự;tự sản xuất',
    ].join('\n')
    const { errors } = parseScheduleCsv(file)
    expect(errors).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringMatching(/trùng giờ với dòng 2/) }),
    ])
  })

  it('refuses an end equal to the start, an end far before it, and end and duration that disagree', () => {
    const file = [
      'ngày,giờ bắt đầu,thời lượng,giờ kết thúc,tên chương trình,thể loại,nguồn',
      '02/03/2026,06:00,,06:00,A,thời sự,tự sản xuất',
      '02/03/2026,10:00,,08:00,B,thời sự,tự sản xuất',
      '02/03/2026,12:00,600,12:30,C,thời sự,tự sản xuất',
      '02/03/2026,13:00,,,D,thời sự,tự sản xuất',
    ].join('\n')
    expect(parseScheduleCsv(file).errors.map((e) => [e.line, e.message])).toEqual([
      [2, 'giờ kết thúc trùng giờ bắt đầu (thời lượng bằng 0)'],
      [3, 'giờ kết thúc 08:00 trước giờ bắt đầu 10:00 (thời lượng âm)'],
      [4, 'giờ kết thúc 12:30 không khớp thời lượng "600"'],
      [5, 'thiếu thời lượng (hoặc giờ kết thúc)'],
    ])
  })

  it('skips the bare-delimiter rows Excel writes below a table', () => {
    const file = [
      HEADER,
      '02/03/2026,06:00,1800,Thời sự sáng,thời sự,tự sản xuất,không,vi',
      ',,,,,,,',
      ' , ,,,,,,',
    ]
    const { rows, errors } = parseScheduleCsv(`${file.join('\r\n')}\r\n`)
    expect(errors).toEqual([])
    expect(rows.map((row) => row.line)).toEqual([2])
    expect(parseScheduleCsv(`${HEADER}\n,,,,,,,\n`).errors).toEqual([
      { line: 2, message: 'tệp không có dòng dữ liệu nào' },
    ])
  })

  it('reports each overlapping line once, even when thousands of lines share one time', () => {
    // Every pair of these lines overlaps: listing pairs (12.5 million) ran the server out of memory.
    const lines = Array.from({ length: 5_000 }, (_, i) => `02/03/2026,00:00,3600,Phim ${i},phim,nước ngoài,,`)
    const { rows, errors } = parseScheduleCsv([HEADER, ...lines].join('\n'))
    expect(rows).toHaveLength(5_000)
    expect(errors).toHaveLength(4_999)
    expect(errors.map((e) => e.line)).toEqual(Array.from({ length: 4_999 }, (_, i) => i + 3))
    expect(errors.every((e) => / trùng giờ với dòng 2 "Phim 0" /.test(e.message))).toBe(true)

    // A whole-day line at the bottom clashes with every line above it: one error, with the count.
    const day = parseScheduleCsv(
      [
        HEADER,
        '02/03/2026,06:00,1800,A,thời sự,tự sản xuất,,',
        '02/03/2026,07:00,1800,B,thời sự,tự sản xuất,,',
        '02/03/2026,08:00,1800,C,thời sự,tự sản xuất,,',
        '02/03/2026,00:00,86400,Cả ngày,thời sự,tự sản xuất,,',
      ].join('\n'),
    )
    expect(day.errors).toEqual([
      expect.objectContaining({
        line: 5,
        message: expect.stringMatching(/^"Cả ngày" .* trùng giờ với dòng 2 "A" .* và 2 dòng khác$/),
      }),
    ])
  })

  it('reports an unclosed quote and an empty file', () => {
    expect(
      parseScheduleCsv(`${HEADER}\n02/03/2026,06:00,1800,"Thời sự,thời sự,tự sản xuất,không,vi\n`).errors,
    ).toEqual([{ line: 2, message: 'dấu ngoặc kép mở nhưng không đóng' }])
    expect(parseScheduleCsv('').errors).toEqual([{ line: 1, message: 'tệp trống, không có dòng tiêu đề' }])
    expect(parseScheduleCsv(`${HEADER}\n`).errors).toEqual([
      { line: 2, message: 'tệp không có dòng dữ liệu nào' },
    ])
  })
})
