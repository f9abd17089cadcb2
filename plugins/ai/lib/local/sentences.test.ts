import { describe, expect, it } from '@jest/globals'

import { splitParagraphs, splitSentences } from './sentences'

const texts = (text: string) => splitSentences(text).map((s) => s.text)

describe('splitSentences', () => {
  it('splits on . ! ? and …', () => {
    expect(
      texts('Mưa lớn kéo dài. Nhiều xã bị ngập! Bao giờ nước rút? Chưa ai biết… Người dân lo lắng.'),
    ).toEqual([
      'Mưa lớn kéo dài.',
      'Nhiều xã bị ngập!',
      'Bao giờ nước rút?',
      'Chưa ai biết…',
      'Người dân lo lắng.',
    ])
  })

  it('keeps abbreviations with a full stop inside the sentence', () => {
    expect(texts('Hội nghị diễn ra tại TP. Quảng Ngãi. PGS.TS. Nguyễn Văn An phát biểu khai mạc.')).toEqual([
      'Hội nghị diễn ra tại TP. Quảng Ngãi.',
      'PGS.TS. Nguyễn Văn An phát biểu khai mạc.',
    ])
    expect(texts('Đoàn đến TP.HCM sáng nay. ThS. Lê Hoa dẫn đoàn.')).toEqual([
      'Đoàn đến TP.HCM sáng nay.',
      'ThS. Lê Hoa dẫn đoàn.',
    ])
  })

  it('keeps numbers with thousands dots and decimal commas whole', () => {
    expect(texts('Tỉnh thu 1.200 tỷ đồng, tăng 3,5%. Năm 2024 đạt 31.500 tỷ đồng.')).toEqual([
      'Tỉnh thu 1.200 tỷ đồng, tăng 3,5%.',
      'Năm 2024 đạt 31.500 tỷ đồng.',
    ])
  })

  it('ends a sentence after an ordinary word such as "tỉnh."', () => {
    expect(texts('Văn bản đã gửi UBND tỉnh. Sở sẽ trả lời trong tuần.')).toEqual([
      'Văn bản đã gửi UBND tỉnh.',
      'Sở sẽ trả lời trong tuần.',
    ])
  })

  it('does not split inside a quotation and splits after its closing mark', () => {
    expect(
      texts('Ông An nói: “Chúng tôi đã sẵn sàng. Dự án sẽ khởi công tháng 5.” Sau đó, đoàn đi thực địa.'),
    ).toEqual([
      'Ông An nói: “Chúng tôi đã sẵn sàng. Dự án sẽ khởi công tháng 5.”',
      'Sau đó, đoàn đi thực địa.',
    ])
    expect(texts('Ông nói: "Đã xong. Còn việc khác." Cuộc họp kết thúc.')).toEqual([
      'Ông nói: "Đã xong. Còn việc khác."',
      'Cuộc họp kết thúc.',
    ])
  })

  it('does not split inside parentheses', () => {
    expect(
      texts('Tỉnh có 12 dự án (trong đó 4 dự án đã khởi công. Số còn lại chờ đất). Vốn đạt 5.000 tỷ đồng.'),
    ).toEqual([
      'Tỉnh có 12 dự án (trong đó 4 dự án đã khởi công. Số còn lại chờ đất).',
      'Vốn đạt 5.000 tỷ đồng.',
    ])
  })

  it('falls back to plain splitting when a quote is never closed', () => {
    expect(texts('Ông nói: “Đã xong. Còn việc khác. Cuộc họp kết thúc.')).toEqual([
      'Ông nói: “Đã xong.',
      'Còn việc khác.',
      'Cuộc họp kết thúc.',
    ])
  })

  it('does not split before a lower-case continuation', () => {
    expect(texts('Giá tăng... rồi lại giảm. Thị trường ổn định.')).toEqual([
      'Giá tăng... rồi lại giảm.',
      'Thị trường ổn định.',
    ])
  })

  it('reports offsets into the original text, across lines', () => {
    const text = 'Câu một.  Câu hai!\n\nĐoạn mới không có dấu chấm'
    const sentences = splitSentences(text)
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Câu một.',
      'Câu hai!',
      'Đoạn mới không có dấu chấm',
    ])
  })
})

describe('splitParagraphs', () => {
  it('splits on blank lines and single newlines and drops empty ones', () => {
    expect(splitParagraphs('  Đoạn một.\n\n\nĐoạn hai.\nĐoạn ba.  \n')).toEqual([
      'Đoạn một.',
      'Đoạn hai.',
      'Đoạn ba.',
    ])
  })
})
