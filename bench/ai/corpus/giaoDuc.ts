import { paragraphs, type LabelledText } from './types'

const desk = 'Giáo dục'

export const GIAO_DUC: LabelledText[] = [
  {
    id: 'gd-01',
    desk,
    headline: 'Hưng Yên thống nhất một kỳ thi tuyển sinh lớp 10 cho toàn tỉnh',
    body: paragraphs(
      'Sở Giáo dục và Đào tạo Hưng Yên công bố phương án tuyển sinh lớp 10 năm học 2026–2027: thí sinh toàn tỉnh làm chung một đề với ba môn Toán, Ngữ văn và Tiếng Anh. Đây là năm đầu tiên học sinh của hai tỉnh Hưng Yên và Thái Bình cũ thi chung một kỳ thi.',
      'Hai trường chuyên là Trường THPT chuyên Hưng Yên và Trường THPT chuyên Thái Bình giữ nguyên tên gọi, tổ chức thi môn chuyên riêng nhưng dùng chung lịch thi. Mỗi thí sinh được đăng ký tối đa ba nguyện vọng vào các trường công lập, xét theo thứ tự ưu tiên.',
      'Dự kiến toàn tỉnh có khoảng 42.000 học sinh tốt nghiệp THCS, trong khi chỉ tiêu công lập khoảng 70%. Sở khuyến khích các trường THCS đẩy mạnh tư vấn phân luồng, hướng nghiệp để học sinh lựa chọn học nghề phù hợp.',
      'Lịch thi dự kiến diễn ra trong hai ngày đầu tháng 6. Sở sẽ công bố đề thi minh họa trước ngày 31/3 để giáo viên và học sinh ôn tập, đồng thời tổ chức thi thử trên diện rộng giúp học sinh làm quen với cấu trúc đề mới.',
    ),
    places: ['Hưng Yên'],
    topics: ['giao-duc-tuyen-sinh'],
    people: [],
    organisations: ['Trường THPT chuyên Hưng Yên', 'Trường THPT chuyên Thái Bình'],
  },
  {
    id: 'gd-02',
    desk,
    headline: 'Trường THPT Nguyễn Trãi khánh thành nhà đa năng',
    body: paragraphs(
      'Ngày 5/9, Trường THPT Nguyễn Trãi (phường Trà Lý, tỉnh Hưng Yên) khánh thành nhà thể chất đa năng rộng 1.200 m² cùng lễ khai giảng năm học mới. Công trình có tổng vốn 14 tỷ đồng từ ngân sách tỉnh và đóng góp của các thế hệ cựu học sinh.',
      'Nhà đa năng gồm sân bóng rổ, bóng chuyền, khu tập cầu lông và sân khấu biểu diễn, giúp 1.400 học sinh của trường không còn phải nghỉ tiết thể dục vào những ngày mưa rét. Nhà trường cũng mở thêm câu lạc bộ bơi lội và võ cổ truyền.',
      'Thầy Bùi Văn Khang, Hiệu trưởng, cho biết năm học này trường tiếp tục thí điểm dạy học theo chủ đề tích hợp và tăng thời lượng tiếng Anh với giáo viên bản ngữ cho khối lớp 10.',
    ),
    places: ['Hưng Yên', 'Phường Trà Lý'],
    topics: [],
    people: ['Bùi Văn Khang'],
    organisations: ['Trường THPT Nguyễn Trãi'],
  },
  {
    id: 'gd-03',
    desk,
    headline: 'Học sinh Đà Nẵng giành 4 huy chương Olympic quốc tế',
    body: paragraphs(
      'Bốn học sinh Trường THPT chuyên Lê Quý Đôn (Đà Nẵng) vừa giành 1 huy chương vàng và 3 huy chương bạc tại các kỳ Olympic Toán, Vật lý và Tin học quốc tế năm 2025. Đây là thành tích cao nhất của thành phố trong nhiều năm.',
      'Trong đó, em Phan Minh Khoa, học sinh lớp 12 chuyên Tin, quê ở Tam Kỳ, tỉnh Quảng Nam cũ, giành huy chương vàng với số điểm cao thứ 9 thế giới. Khoa cho biết bí quyết là tự học mỗi tối và tham gia các cuộc thi lập trình trực tuyến.',
      'UBND thành phố đã khen thưởng các học sinh và giáo viên hướng dẫn, đồng thời cấp học bổng toàn phần cho các em theo học đại học trong nước.',
    ),
    places: ['Đà Nẵng'],
    topics: [],
    people: ['Phan Minh Khoa'],
    organisations: ['Trường THPT chuyên Lê Quý Đôn'],
  },
  {
    id: 'gd-04',
    desk,
    headline: 'Xã Lê Quý Đôn trao 200 suất học bổng khuyến học',
    body: paragraphs(
      'Nhân dịp năm học mới, Hội Khuyến học xã Lê Quý Đôn, tỉnh Hưng Yên trao 200 suất học bổng cho học sinh nghèo vượt khó và học sinh đạt giải cao trong các kỳ thi, tổng trị giá 320 triệu đồng.',
      'Là quê hương của nhà bác học Lê Quý Đôn, xã có truyền thống hiếu học lâu đời. Năm 2025, xã có 38 học sinh đỗ vào các trường đại học tốp đầu, 5 em đạt giải học sinh giỏi quốc gia.',
      'Quỹ khuyến học của xã được duy trì từ đóng góp của các dòng họ và người con quê hương làm ăn xa ở Hà Nội, TP.HCM. Năm nay, nhiều gia đình còn chủ động đặt giải thưởng riêng cho học sinh giỏi tiếng Anh và tin học.',
    ),
    places: ['Hưng Yên', 'Xã Lê Quý Đôn', 'Hà Nội', 'Thành phố Hồ Chí Minh'],
    topics: [],
    people: ['Lê Quý Đôn'],
    organisations: ['Hội Khuyến học xã Lê Quý Đôn'],
  },
  {
    id: 'gd-05',
    desk,
    headline: 'Đại học Sư phạm Kỹ thuật Hưng Yên mở ngành công nghệ bán dẫn',
    body: paragraphs(
      'Trường Đại học Sư phạm Kỹ thuật Hưng Yên thông báo tuyển sinh khóa đầu tiên ngành Công nghệ kỹ thuật vi mạch bán dẫn với 120 chỉ tiêu, xét tuyển bằng điểm thi tốt nghiệp THPT, học bạ và điểm đánh giá năng lực.',
      'Theo nhà trường, sinh viên sẽ thực tập tại các doanh nghiệp điện tử trong các khu công nghiệp của tỉnh và vùng lân cận. Một số doanh nghiệp Hàn Quốc, Nhật Bản cam kết cấp học bổng và tiếp nhận sinh viên sau tốt nghiệp.',
      'Nhu cầu nhân lực ngành bán dẫn dự kiến tăng mạnh khi nhiều dự án sản xuất chip được cấp phép ở miền Bắc. Nhà trường cũng liên kết với một số đại học ở Đài Loan để trao đổi giảng viên.',
    ),
    places: ['Hưng Yên'],
    topics: ['giao-duc-tuyen-sinh'],
    people: [],
    organisations: ['Trường Đại học Sư phạm Kỹ thuật Hưng Yên'],
  },
  {
    id: 'gd-06',
    desk,
    headline: 'Điểm thi tốt nghiệp THPT: nhiều tỉnh đồng bằng sông Hồng dẫn đầu',
    body: paragraphs(
      'Theo số liệu Bộ Giáo dục và Đào tạo công bố, điểm trung bình thi tốt nghiệp THPT năm 2025 của Ninh Bình, Hưng Yên và Hải Phòng nằm trong nhóm 5 địa phương cao nhất cả nước. Riêng thí sinh khu vực Nam Định cũ tiếp tục có nhiều điểm 10 môn Toán và Tiếng Anh.',
      'Sau sắp xếp, Hưng Yên có hơn 40.000 thí sinh, trong đó thí sinh đến từ Thái Bình cũ chiếm hơn một nửa. Tỷ lệ tốt nghiệp của tỉnh đạt 99,4%, cao hơn mức bình quân cả nước.',
      'Các chuyên gia lưu ý việc so sánh điểm giữa các địa phương năm nay cần thận trọng vì nhiều tỉnh vừa hợp nhất, quy mô và cơ cấu thí sinh đã thay đổi nhiều so với các năm trước.',
      'Ở chiều ngược lại, một số tỉnh miền núi phía Bắc vẫn có điểm trung bình thấp, nhất là môn Tiếng Anh. Bộ Giáo dục và Đào tạo cho biết sẽ tăng cường hỗ trợ giáo viên ngoại ngữ, thiết bị dạy học cho các trường vùng khó trong năm học tới.',
    ),
    places: ['Ninh Bình', 'Hưng Yên', 'Hải Phòng'],
    topics: ['giao-duc-tuyen-sinh'],
    people: [],
    organisations: [],
  },
]
