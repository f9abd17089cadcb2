import { paragraphs, type LabelledText } from './types'

const desk = 'Thiên tai'

export const THIEN_TAI: LabelledText[] = [
  {
    id: 'tt-01',
    desk,
    headline: 'Hưng Yên sơ tán gần 8.000 dân ven biển trước bão số 5',
    body: paragraphs(
      'Trước diễn biến phức tạp của bão số 5, tỉnh Hưng Yên đã sơ tán gần 8.000 người dân sống ngoài đê, trong các khu nuôi trồng thủy sản và nhà yếu ở các xã ven biển Thái Thụy, Đông Thụy Anh, Đồng Châu và Nam Cường đến nơi an toàn.',
      'Toàn bộ 1.340 tàu cá của tỉnh đã vào nơi tránh trú, trong đó hơn 400 chiếc neo đậu tại cảng cá Diêm Điền. Các lực lượng quân đội, công an được bố trí túc trực 24/24 giờ tại những điểm xung yếu trên đê biển số 5 và số 8.',
      'Ban Chỉ huy phòng thủ dân sự tỉnh yêu cầu các xã chuẩn bị lương thực, nước uống, thuốc men cho người dân tại nơi sơ tán ít nhất 3 ngày và kiểm tra hệ thống loa truyền thanh để cảnh báo kịp thời.',
      'Đến chiều tối, mưa lớn bắt đầu xuất hiện ở vùng ven biển, gió giật cấp 8. Các xã tổ chức cắt tỉa cây xanh, chằng chống nhà cửa và kiểm tra các cống qua đê. Lực lượng y tế được bố trí tại các điểm sơ tán để chăm sóc người già, trẻ nhỏ và phụ nữ mang thai.',
    ),
    places: ['Hưng Yên', 'Xã Thái Thụy', 'Xã Đông Thụy Anh', 'Xã Đồng Châu', 'Xã Nam Cường'],
    topics: ['phong-chong-thien-tai'],
    people: [],
    organisations: [],
  },
  {
    id: 'tt-02',
    desk,
    headline: 'Mực nước sông Hồng lên nhanh, Hưng Yên kích hoạt báo động II',
    body: paragraphs(
      'Chiều 11/9, mực nước sông Hồng tại trạm thủy văn Hưng Yên đạt 6,4 m, vượt mức báo động II. Tỉnh đã yêu cầu các xã, phường ven sông từ Văn Giang đến Tân Hưng tổ chức tuần tra canh đê 24/24 giờ.',
      'Tại phường Hồng Châu, nước đã tràn vào khu vực bãi nổi, nhiều hộ trồng nhãn, trồng chuối ngoài bãi phải thu hoạch chạy lũ. Lực lượng dân quân hỗ trợ người dân di chuyển tài sản, vật nuôi lên vị trí an toàn.',
      'Đài Khí tượng Thủy văn khu vực dự báo mực nước sông Hồng sẽ đạt đỉnh trong 24 giờ tới rồi xuống chậm. Người dân không được đánh bắt cá, vớt củi trên sông và không cho trẻ em tắm ở khu vực bãi sông.',
      'Trên các tuyến đê, lực lượng canh đê đã phát hiện và xử lý kịp thời 3 vị trí thẩm lậu, sủi đùn. Vật tư dự phòng như rọ thép, bao tải, đá hộc được tập kết sẵn tại các điếm canh đê, sẵn sàng ứng cứu khi có sự cố.',
    ),
    places: ['Hưng Yên', 'Xã Văn Giang', 'Xã Tân Hưng', 'Phường Hồng Châu'],
    topics: ['phong-chong-thien-tai'],
    people: [],
    organisations: [],
  },
  {
    id: 'tt-03',
    desk,
    headline: 'Xâm nhập mặn sớm, Vĩnh Long và Cần Thơ chủ động trữ nước ngọt',
    body: paragraphs(
      'Mặn đã xâm nhập sâu 50–60 km vào các cửa sông Cửu Long, sớm hơn trung bình nhiều năm khoảng một tháng. Tại Bến Tre cũ và Trà Vinh cũ, nay thuộc tỉnh Vĩnh Long, nhiều cống đầu mối đã đóng để ngăn mặn, trữ ngọt.',
      'Ở Sóc Trăng cũ, nay thuộc Cần Thơ, nông dân được khuyến cáo xuống giống lúa đông xuân sớm, thu hoạch trước khi mặn đạt đỉnh vào tháng 2 và tháng 3. Các hộ dân vùng ven biển được hướng dẫn trữ nước mưa trong lu, bồn để dùng dần.',
      'Bộ Nông nghiệp và Môi trường dự báo mùa khô năm nay mặn ở mức cao hơn trung bình nhưng thấp hơn năm 2020, thiệt hại có thể hạn chế nếu các địa phương chủ động lịch thời vụ.',
    ),
    places: ['Vĩnh Long', 'Cần Thơ'],
    topics: ['phong-chong-thien-tai'],
    people: [],
    organisations: [],
  },
  {
    id: 'tt-04',
    desk,
    headline: 'Giông lốc làm tốc mái hơn 70 ngôi nhà ở xã Ngự Thiên và Long Hưng',
    body: paragraphs(
      'Chiều tối 27/5, giông lốc kèm mưa đá kéo dài khoảng 20 phút đã làm tốc mái 73 ngôi nhà, đổ hơn 200 cây xanh tại xã Ngự Thiên và xã Long Hưng, tỉnh Hưng Yên. Một người bị thương nhẹ do mảnh tôn bay trúng.',
      'Ngay trong đêm, chính quyền hai xã huy động dân quân, đoàn viên thanh niên giúp người dân lợp lại mái nhà, dọn dẹp cây đổ, khôi phục đường dây điện. Mỗi hộ có nhà bị hư hỏng nặng được hỗ trợ ban đầu 3 triệu đồng.',
      'Cơ quan khí tượng cảnh báo trong mùa hè, giông lốc có thể xảy ra bất ngờ, người dân cần gia cố mái nhà, cắt tỉa cây cao quanh nhà và không trú dưới gốc cây, cột điện khi có giông.',
    ),
    places: ['Hưng Yên', 'Xã Ngự Thiên', 'Xã Long Hưng'],
    topics: ['phong-chong-thien-tai'],
    people: [],
    organisations: [],
  },
  {
    id: 'tt-05',
    desk,
    headline: 'Mưa lớn gây sạt lở ở Lào Cai, Tuyên Quang; nhiều tuyến đường bị chia cắt',
    body: paragraphs(
      'Mưa lớn kéo dài từ đêm 7/8 đã gây sạt lở đất nghiêm trọng tại nhiều xã vùng cao của Lào Cai và Tuyên Quang. Tại khu vực Yên Bái cũ, hơn 30 điểm sạt lở làm ách tắc quốc lộ 32, hàng trăm phương tiện phải quay đầu.',
      'Ở vùng Hà Giang cũ, một số bản làng bị cô lập do đường vào bị đất đá vùi lấp. Lực lượng chức năng đã sơ tán 126 hộ dân ở khu vực có nguy cơ sạt lở cao đến nhà văn hóa và trường học.',
      'Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo mưa còn tiếp diễn trong 2–3 ngày tới, nguy cơ lũ quét, sạt lở đất ở các tỉnh miền núi phía Bắc ở mức cao.',
    ),
    places: ['Lào Cai', 'Tuyên Quang'],
    topics: ['phong-chong-thien-tai'],
    people: [],
    organisations: [],
  },
  {
    id: 'tt-06',
    desk,
    headline: 'Không khí lạnh tăng cường, Bắc Bộ rét đậm, vùng núi có nơi dưới 5 độ C',
    body: paragraphs(
      'Từ đêm nay, không khí lạnh tăng cường sẽ ảnh hưởng đến các tỉnh phía Bắc, sau đó lan xuống Bắc Trung Bộ. Khu vực đồng bằng Bắc Bộ có rét đậm, nhiệt độ thấp nhất phổ biến 10–12 độ C; vùng núi cao có nơi dưới 5 độ C, có khả năng xuất hiện băng giá.',
      'Cơ quan khí tượng khuyến cáo người dân chủ động giữ ấm cho người già, trẻ nhỏ; không đốt than tổ ong trong phòng kín để sưởi. Các địa phương cần che chắn chuồng trại, dự trữ thức ăn cho gia súc, không thả trâu bò ra đồng khi nhiệt độ dưới 10 độ C.',
      'Ngành nông nghiệp đề nghị nông dân chưa gieo cấy lúa xuân khi nhiệt độ trung bình ngày dưới 15 độ C, đồng thời dùng nilon che phủ mạ để tránh chết rét.',
    ),
    places: [],
    topics: ['phong-chong-thien-tai'],
    people: [],
    organisations: [],
  },
]
