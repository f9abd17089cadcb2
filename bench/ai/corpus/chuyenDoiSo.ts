import { paragraphs, type LabelledText } from './types'

const desk = 'Chuyển đổi số'

export const CHUYEN_DOI_SO: LabelledText[] = [
  {
    id: 'cds-01',
    desk,
    headline: 'Hưng Yên: 82% hồ sơ thủ tục hành chính được nộp trực tuyến',
    body: paragraphs(
      'Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến tại tỉnh Hưng Yên đạt 82% trong quý III, tăng 19 điểm phần trăm so với cuối năm trước. Các thủ tục có tỷ lệ trực tuyến cao nhất là đăng ký khai sinh, cấp phiếu lý lịch tư pháp và đăng ký thành lập hộ kinh doanh.',
      'Sở Khoa học và Công nghệ cho biết tỉnh đã tích hợp 1.650 thủ tục lên Cổng Dịch vụ công quốc gia, thanh toán trực tuyến nghĩa vụ tài chính về đất đai và cho phép dùng tài khoản VNeID để đăng nhập. Tổ công nghệ số cộng đồng ở 104 xã, phường hỗ trợ người dân thao tác.',
      'Tuy vậy, một số người dân phản ánh hệ thống còn chậm vào giờ cao điểm và yêu cầu tải lên nhiều giấy tờ đã có trong cơ sở dữ liệu quốc gia về dân cư. Tỉnh sẽ nâng cấp hạ tầng máy chủ và rà soát cắt giảm thành phần hồ sơ trong năm tới.',
      'Tỉnh đặt mục tiêu đến năm 2027, 100% thủ tục đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình và 90% người dân trưởng thành có tài khoản định danh điện tử. Cán bộ tiếp nhận hồ sơ sẽ được đánh giá dựa trên tỷ lệ hồ sơ giải quyết đúng hạn và mức độ hài lòng của người dân.',
    ),
    places: ['Hưng Yên'],
    topics: ['chuyen-doi-so'],
    people: [],
    organisations: [],
  },
  {
    id: 'cds-02',
    desk,
    headline: 'Tổ công nghệ số cộng đồng giúp nông dân bán hàng trên mạng',
    body: paragraphs(
      'Tại xã Mễ Sở, tỉnh Hưng Yên, các thành viên tổ công nghệ số cộng đồng thường xuyên đến từng nhà hướng dẫn người dân mở gian hàng trên sàn thương mại điện tử, livestream bán hoa, cây cảnh và nông sản.',
      'Nhờ được hướng dẫn, nhiều hộ trồng hoa ở Mễ Sở và Phụng Công đã bán hàng tới khách ở Hà Nội, Quảng Ninh, thậm chí TP.HCM. Chị Lê Thị Thu Trang, chủ vườn hoa giấy, cho biết mỗi buổi livestream cuối tuần chị chốt được 30–50 đơn hàng.',
      'Xã đặt mục tiêu đến cuối năm có 80% hộ sản xuất, kinh doanh sử dụng thanh toán không dùng tiền mặt và 300 sản phẩm nông nghiệp được đưa lên sàn thương mại điện tử.',
    ),
    places: ['Hưng Yên', 'Xã Mễ Sở', 'Xã Phụng Công', 'Hà Nội', 'Quảng Ninh', 'Thành phố Hồ Chí Minh'],
    topics: ['chuyen-doi-so'],
    people: ['Lê Thị Thu Trang'],
    organisations: [],
  },
  {
    id: 'cds-03',
    desk,
    headline: 'Cảnh giác với cuộc gọi video giả mạo người thân bằng công nghệ deepfake',
    body: paragraphs(
      'Thời gian gần đây, nhiều người dân phản ánh nhận được cuộc gọi video từ tài khoản mạng xã hội của người thân, hình ảnh và giọng nói giống hệt, đề nghị chuyển tiền gấp vì tai nạn hoặc cần đóng viện phí.',
      'Theo các chuyên gia an ninh mạng, kẻ gian thu thập ảnh, video công khai trên mạng xã hội để tạo video giả bằng trí tuệ nhân tạo. Cuộc gọi thường rất ngắn, hình ảnh mờ, chập chờn và viện cớ sóng yếu để tránh bị phát hiện.',
      'Người dân cần gọi lại bằng số điện thoại quen thuộc để xác minh, không chuyển tiền theo yêu cầu qua tin nhắn, hạn chế đăng tải công khai thông tin cá nhân, hình ảnh của trẻ em và báo ngay cho cơ quan công an khi phát hiện dấu hiệu lừa đảo.',
    ),
    places: [],
    topics: ['chuyen-doi-so'],
    people: [],
    organisations: [],
  },
  {
    id: 'cds-04',
    desk,
    headline: 'Bệnh viện Đa khoa Thái Bình triển khai bệnh án điện tử toàn viện',
    body: paragraphs(
      'Bệnh viện Đa khoa Thái Bình (tỉnh Hưng Yên) vừa chính thức triển khai bệnh án điện tử ở tất cả 38 khoa, phòng, trở thành một trong những bệnh viện tuyến tỉnh đầu tiên ở khu vực đồng bằng sông Hồng không dùng phim chụp X-quang và hồ sơ giấy.',
      'Người bệnh có thể xem kết quả xét nghiệm, chẩn đoán hình ảnh trên ứng dụng điện thoại và dùng căn cước gắn chip để làm thủ tục khám bệnh, không cần mang sổ khám, thẻ bảo hiểm y tế giấy.',
      'Theo ban giám đốc bệnh viện, bệnh án điện tử giúp tiết kiệm khoảng 5 tỷ đồng tiền in ấn, lưu trữ mỗi năm và giảm thời gian chờ đợi của người bệnh trung bình 40 phút mỗi lượt khám.',
    ),
    places: ['Hưng Yên'],
    topics: ['chuyen-doi-so'],
    people: [],
    organisations: ['Bệnh viện Đa khoa Thái Bình'],
  },
  {
    id: 'cds-05',
    desk,
    headline: 'Xã Chí Minh số hóa hơn 100.000 trang hồ sơ hộ tịch',
    body: paragraphs(
      'Xã Chí Minh, tỉnh Hưng Yên vừa hoàn thành số hóa 102.000 trang sổ hộ tịch lưu trữ từ năm 1960 đến nay, cập nhật vào cơ sở dữ liệu hộ tịch điện tử. Người dân cần trích lục khai sinh, kết hôn có thể đề nghị trực tuyến mà không phải tìm lại bản gốc.',
      'Để hoàn thành khối lượng lớn, xã huy động 20 đoàn viên thanh niên và sinh viên thực tập làm việc cả ngày nghỉ. Nhiều trang sổ đã mờ, rách được chụp lại bằng máy quét chuyên dụng và đối chiếu thủ công.',
      'Anh Nguyễn Văn Tú, người con của xã đang làm việc tại Thành phố Hồ Chí Minh, cho biết vừa xin được trích lục khai sinh qua mạng trong vòng hai ngày, không cần về quê như trước.',
    ),
    places: ['Hưng Yên', 'Xã Chí Minh', 'Thành phố Hồ Chí Minh'],
    topics: ['chuyen-doi-so'],
    people: ['Nguyễn Văn Tú'],
    organisations: [],
  },
]
