import { describe, expect, it } from '@jest/globals'

import { canonicalNumber, readNumber, speakLegalReferences, speakNumbers } from './spokenNumbers'

describe('canonicalNumber', () => {
  it('reads the Vietnamese thousands dot and decimal comma', () => {
    expect(canonicalNumber('1.200')).toBe('1200')
    expect(canonicalNumber('1.200.000')).toBe('1200000')
    expect(canonicalNumber('3,5')).toBe('3.5')
    expect(canonicalNumber('1.234,56')).toBe('1234.56')
    expect(canonicalNumber('7.5')).toBe('7.5')
    expect(canonicalNumber('1.2.3')).toBeNull()
  })
})

describe('readNumber', () => {
  it('reads integers the way a newsreader does', () => {
    expect(readNumber('1.200')).toBe('một nghìn hai trăm')
    expect(readNumber('25.000')).toBe('hai mươi lăm nghìn')
    expect(readNumber('31.500')).toBe('ba mươi mốt nghìn năm trăm')
    expect(readNumber('105')).toBe('một trăm linh năm')
    expect(readNumber('2025')).toBe('hai nghìn không trăm hai mươi lăm')
    expect(readNumber('24')).toBe('hai mươi tư')
    expect(readNumber('1.000.000.000')).toBe('một tỷ')
  })

  it('reads decimals with "phẩy"', () => {
    expect(readNumber('3,5')).toBe('ba phẩy năm')
    expect(readNumber('0,3')).toBe('không phẩy ba')
    expect(readNumber('99,6')).toBe('chín mươi chín phẩy sáu')
  })

  it('reads codes with a leading zero digit by digit', () => {
    expect(readNumber('0912')).toBe('không chín một hai')
  })
})

describe('speakNumbers', () => {
  it('reads dates, with "ngày" said once', () => {
    expect(speakNumbers('ngày 12/3/2025')).toBe(
      'ngày mười hai tháng ba năm hai nghìn không trăm hai mươi lăm',
    )
    expect(speakNumbers('Sáng 12/3/2025')).toBe(
      'Sáng ngày mười hai tháng ba năm hai nghìn không trăm hai mươi lăm',
    )
    expect(speakNumbers('ngày 5/9')).toBe('ngày năm tháng chín')
    expect(speakNumbers('trước ngày 20/4')).toBe('trước ngày hai mươi tháng tư')
    expect(speakNumbers('trong hai ngày 12-13/3')).toBe('trong hai ngày mười hai đến mười ba tháng ba')
    expect(speakNumbers('tháng 3/2025')).toBe('tháng ba năm hai nghìn không trăm hai mươi lăm')
    expect(speakNumbers('trong tháng 4.')).toBe('trong tháng tư.')
  })

  it('reads times', () => {
    expect(speakNumbers('lúc 14h30')).toBe('lúc mười bốn giờ ba mươi phút')
    expect(speakNumbers('lúc 14 giờ 30')).toBe('lúc mười bốn giờ ba mươi phút')
    expect(speakNumbers('từ 8h sáng')).toBe('từ tám giờ sáng')
    expect(speakNumbers('trong 48 giờ tới')).toBe('trong bốn mươi tám giờ tới')
  })

  it('reads percentages, money and units', () => {
    expect(speakNumbers('tăng 12%')).toBe('tăng mười hai phần trăm')
    expect(speakNumbers('đạt 7,2 %')).toBe('đạt bảy phẩy hai phần trăm')
    expect(speakNumbers('2,5 tỷ đồng')).toBe('hai phẩy năm tỷ đồng')
    expect(speakNumbers('850 ha, 12 km, 50 kg, 30 tấn, 1.200 MW')).toBe(
      'tám trăm năm mươi héc-ta, mười hai ki-lô-mét, năm mươi ki-lô-gam, ba mươi tấn, một nghìn hai trăm mê-ga-oát',
    )
    expect(speakNumbers('27°C, 120 m2, 45 m², 2,5 triệu m3, 300 mm, 0,5 m')).toBe(
      'hai mươi bảy độ C, một trăm hai mươi mét vuông, bốn mươi lăm mét vuông, hai phẩy năm triệu mét khối, ba trăm mi-li-mét, không phẩy năm mét',
    )
  })

  it('reads ranges as "đến", and a falling pair as a score', () => {
    expect(speakNumbers('3-5 ngày')).toBe('ba đến năm ngày')
    expect(speakNumbers('27-33°C')).toBe('hai mươi bảy đến ba mươi ba độ C')
    expect(speakNumbers('0,3-0,5 m')).toBe('không phẩy ba đến không phẩy năm mét')
    expect(speakNumbers('giai đoạn 2025-2030')).toBe(
      'giai đoạn hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm ba mươi',
    )
    expect(speakNumbers('thắng 3-2')).toBe('thắng ba, hai')
  })

  it('reads ordinals, roman numerals and codes', () => {
    expect(speakNumbers('lần thứ 4, hạng thứ 1, thứ 7')).toBe('lần thứ tư, hạng thứ nhất, thứ bảy')
    expect(speakNumbers('quý III/2025')).toBe('quý ba năm hai nghìn không trăm hai mươi lăm')
    expect(speakNumbers('Quốc hội khóa XV')).toBe('Quốc hội khóa mười lăm')
    expect(speakNumbers('đội U23')).toBe('đội U hai mươi ba')
    expect(speakNumbers('nhiệt độ -2°C')).toBe('nhiệt độ âm hai độ C')
  })

  it('reads phone numbers digit by digit', () => {
    expect(speakNumbers('tổng đài 1900 1234')).toBe('tổng đài một chín không không, một hai ba bốn')
    expect(speakNumbers('gọi 0912 345 678')).toBe('gọi không chín một hai, ba bốn năm, sáu bảy tám')
  })
})

describe('speakLegalReferences', () => {
  it('reads the number and year of a legal document and drops its code', () => {
    expect(speakLegalReferences('Nghị định 100/2019/NĐ-CP')).toBe(
      'Nghị định số một trăm năm hai nghìn không trăm mười chín',
    )
    expect(speakLegalReferences('Quyết định số 123/QĐ-UBND')).toBe('Quyết định số một trăm hai mươi ba')
  })
})
