import { paragraphs, type LabelledText } from './types'

const desk = 'Xã hội'

export const XA_HOI: LabelledText[] = [
  {
    id: 'xh-01',
    desk,
    headline: 'Xã Ái Quốc hoàn thành xóa nhà tạm cho 42 hộ',
    body: paragraphs(
      'Xã Ái Quốc, tỉnh Hưng Yên vừa bàn giao những căn nhà cuối cùng trong chương trình xóa nhà tạm, nhà dột nát, nâng tổng số hộ được hỗ trợ lên 42 hộ, trong đó có 15 hộ người có công với cách mạng.',
      'Mỗi căn nhà được hỗ trợ 60 triệu đồng từ ngân sách và Quỹ Vì người nghèo, phần còn lại do gia đình, dòng họ và bà con lối xóm góp công, góp vật liệu. Nhiều đoàn viên thanh niên tình nguyện tham gia san nền, vận chuyển gạch vào ngày nghỉ.',
      'Cụ Lê Văn Sửu, thương binh hạng 2/4, xúc động khi nhận chìa khóa nhà mới. Cụ nói tinh thần ái quốc năm xưa nay được tiếp nối bằng tình làng nghĩa xóm.',
      'Theo UBND xã, nguồn kinh phí còn lại của chương trình sẽ được dùng để sửa chữa nhà cho 12 hộ cận nghèo và xây dựng nhà tình nghĩa cho một thân nhân liệt sĩ cô đơn. Xã cũng vận động doanh nghiệp trên địa bàn tặng đồ dùng thiết yếu cho các gia đình vừa chuyển vào nhà mới.',
    ),
    places: ['Hưng Yên', 'Xã Ái Quốc'],
    topics: ['an-sinh-xa-hoi'],
    people: ['Lê Văn Sửu'],
    organisations: ['Quỹ Vì người nghèo'],
  },
  {
    id: 'xh-02',
    desk,
    headline: 'Hưng Yên biểu dương 150 điển hình tiên tiến trong phong trào thi đua ái quốc',
    body: paragraphs(
      'Nhân kỷ niệm 77 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 – 11/6/2025), UBND tỉnh Hưng Yên tổ chức hội nghị biểu dương 150 tập thể, cá nhân điển hình tiên tiến giai đoạn 2020–2025.',
      'Các điển hình được tôn vinh trải rộng ở nhiều lĩnh vực: người nông dân đưa giống lúa mới vào sản xuất, công nhân có sáng kiến tiết kiệm hàng tỷ đồng, giáo viên gắn bó với học sinh vùng khó, thầy thuốc đi đầu trong phòng chống dịch bệnh.',
      'Phát biểu tại hội nghị, lãnh đạo tỉnh đề nghị các cấp, ngành tiếp tục phát hiện, nhân rộng những cách làm hay từ cơ sở, gắn phong trào thi đua với nhiệm vụ vận hành hiệu quả chính quyền địa phương hai cấp.',
    ),
    places: ['Hưng Yên'],
    topics: [],
    people: ['Hồ Chí Minh'],
    organisations: [],
  },
  {
    id: 'xh-03',
    desk,
    headline: 'Hơn 3.000 người dân xã Hồng Quang tham gia bảo hiểm xã hội tự nguyện',
    body: paragraphs(
      'Tính đến hết tháng 9, xã Hồng Quang, tỉnh Hưng Yên có 3.126 người tham gia bảo hiểm xã hội tự nguyện, tăng gần gấp đôi so với đầu năm. Phần lớn là nông dân, tiểu thương và lao động tự do trong độ tuổi 35–50.',
      'Theo cơ quan bảo hiểm xã hội cơ sở, kết quả này có được nhờ mạng lưới nhân viên thu ở từng thôn, sẵn sàng đến tận nhà tư vấn vào buổi tối. Người tham gia thuộc hộ nghèo được Nhà nước hỗ trợ 50% mức đóng, hộ cận nghèo 40%.',
      'Chị Đào Thị Hạnh, bán hàng tạp hóa, cho biết mỗi tháng đóng khoảng 330.000 đồng, coi như để dành cho tuổi già, khi về hưu có lương và thẻ bảo hiểm y tế.',
    ),
    places: ['Hưng Yên', 'Xã Hồng Quang'],
    topics: ['an-sinh-xa-hoi'],
    people: ['Đào Thị Hạnh'],
    organisations: [],
  },
  {
    id: 'xh-04',
    desk,
    headline: 'Xã Đông Thụy Anh có hơn 600 lao động làm việc ở nước ngoài',
    body: paragraphs(
      'Xã Đông Thụy Anh, tỉnh Hưng Yên hiện có hơn 600 người đang làm việc có thời hạn ở nước ngoài, chủ yếu tại Hàn Quốc, Nhật Bản và Đài Loan. Mỗi năm, lượng kiều hối gửi về xã ước khoảng 150 tỷ đồng.',
      'Nhiều gia đình đã dùng tiền tích lũy để xây nhà, mở xưởng may gia công hoặc đầu tư ao nuôi tôm thẻ. Xã phối hợp với các đơn vị tuyển dụng uy tín tổ chức tư vấn công khai tại hội trường, tránh để người dân bị lừa qua môi giới.',
      'Chương trình đưa lao động đi làm việc theo mùa vụ tại Hàn Quốc cũng được xã triển khai từ năm nay, với 40 lao động đầu tiên xuất cảnh sang làm nông nghiệp tại tỉnh Gangwon.',
    ),
    places: ['Hưng Yên', 'Xã Đông Thụy Anh'],
    topics: [],
    people: [],
    organisations: [],
  },
]
