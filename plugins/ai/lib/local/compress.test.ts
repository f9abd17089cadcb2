import { describe, expect, it } from '@jest/globals'

import { stripFraming, toHeadline, withPlacePrefix } from './compress'

describe('stripFraming', () => {
  it('drops datelines', () => {
    expect(stripFraming('Sáng 12/3, UBND tỉnh Quảng Ngãi tổ chức Hội nghị xúc tiến đầu tư.')).toBe(
      'UBND tỉnh Quảng Ngãi tổ chức Hội nghị xúc tiến đầu tư.',
    )
    expect(stripFraming('Chiều qua, lực lượng chức năng đã dập tắt đám cháy tại chợ Đông Ba.')).toBe(
      'Lực lượng chức năng đã dập tắt đám cháy tại chợ Đông Ba.',
    )
    expect(stripFraming('Tối 10/3 (giờ địa phương), đoàn đại biểu đã đến thủ đô Viêng Chăn.')).toBe(
      'Đoàn đại biểu đã đến thủ đô Viêng Chăn.',
    )
  })

  it('drops scene-setters, connectives and attributions before the fact', () => {
    expect(stripFraming('Tại hội nghị, tỉnh đã trao quyết định chủ trương đầu tư cho 12 dự án.')).toBe(
      'Tỉnh đã trao quyết định chủ trương đầu tư cho 12 dự án.',
    )
    expect(stripFraming('Theo Sở Y tế, toàn tỉnh ghi nhận 120 ca sốt xuất huyết trong tuần.')).toBe(
      'Toàn tỉnh ghi nhận 120 ca sốt xuất huyết trong tuần.',
    )
    expect(stripFraming('Bên cạnh đó, tỉnh cũng công bố danh mục 45 dự án kêu gọi đầu tư.')).toBe(
      'Tỉnh cũng công bố danh mục 45 dự án kêu gọi đầu tư.',
    )
    expect(
      stripFraming(
        'Sở Nông nghiệp và Môi trường tỉnh Hưng Yên cho biết mưa lớn đã làm hơn 1.200 ha lúa bị ngập úng.',
      ),
    ).toBe('Mưa lớn đã làm hơn 1.200 ha lúa bị ngập úng.')
  })

  it('drops a trailing attribution', () => {
    expect(
      stripFraming('Toàn bộ hồ sơ sẽ được giải quyết trong 3 ngày làm việc, ông Nguyễn Văn An cho biết.'),
    ).toBe('Toàn bộ hồ sơ sẽ được giải quyết trong 3 ngày làm việc')
    expect(stripFraming('Giá lúa tăng 500 đồng mỗi kilôgam, theo Sở Công Thương.')).toBe(
      'Giá lúa tăng 500 đồng mỗi kilôgam',
    )
  })

  it('never strips a sentence down to a fragment', () => {
    expect(stripFraming('Sáng 12/3, trời mưa.')).toBe('Sáng 12/3, trời mưa.')
  })
})

describe('toHeadline', () => {
  it('removes asides, titles, "đã" and the final stop', () => {
    expect(
      toHeadline(
        'Ngay trong chiều 22/7, đoàn công tác của tỉnh do ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh, dẫn đầu đã kiểm tra công tác tiêu úng tại các trạm bơm.',
        110,
      ),
    ).toBe('Đoàn công tác của tỉnh kiểm tra công tác tiêu úng tại các trạm bơm')
    expect(toHeadline('Năm 2024, tăng trưởng kinh tế (GRDP) của tỉnh đạt 7,2%.', 110)).toBe(
      'Năm 2024, tăng trưởng kinh tế của tỉnh đạt 7,2%',
    )
  })
})

describe('withPlacePrefix', () => {
  it('moves the place to the front and drops the authority before it', () => {
    expect(
      withPlacePrefix('UBND tỉnh Quảng Ngãi tổ chức Hội nghị xúc tiến đầu tư năm 2025', 'Quảng Ngãi', 110),
    ).toBe('Quảng Ngãi: Tổ chức Hội nghị xúc tiến đầu tư năm 2025')
    expect(withPlacePrefix('Tỉnh trao quyết định chủ trương đầu tư cho 12 dự án', 'Quảng Ngãi', 110)).toBe(
      'Quảng Ngãi: Trao quyết định chủ trương đầu tư cho 12 dự án',
    )
  })

  it('removes a repeated mention of the place', () => {
    expect(withPlacePrefix('Nhiều xã trên địa bàn tỉnh Hưng Yên có mưa to đến rất to', 'Hưng Yên', 110)).toBe(
      'Hưng Yên: Nhiều xã có mưa to đến rất to',
    )
  })

  it('gives up when too little is left', () => {
    expect(withPlacePrefix('Tỉnh Quảng Ngãi họp', 'Quảng Ngãi', 110)).toBeNull()
  })
})
