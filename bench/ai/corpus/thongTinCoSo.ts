import { paragraphs, type LabelledText } from './types'

const desk = 'Thông tin cơ sở'

export const THONG_TIN_CO_SO: LabelledText[] = [
  {
    id: 'ttcs-01',
    desk,
    headline: 'Xã Tây Thái Ninh chuyển sang hệ thống truyền thanh ứng dụng công nghệ số',
    body: paragraphs(
      'Xã Tây Thái Ninh, tỉnh Hưng Yên vừa hoàn thành lắp đặt 36 cụm loa truyền thanh ứng dụng công nghệ thông tin – viễn thông, thay thế hệ thống loa không dây FM đã xuống cấp. Cán bộ đài có thể soạn tin, phát bản tin từ điện thoại và hẹn giờ phát cho từng thôn.',
      'Hệ thống mới được kết nối với Hệ thống thông tin nguồn của tỉnh, cho phép tự động phát các bản tin cảnh báo thiên tai, dịch bệnh từ cấp tỉnh xuống tận thôn, xóm. Mỗi cụm loa có cảm biến báo lỗi, hỏng hóc được phát hiện ngay trên phần mềm quản lý.',
      'Theo kế hoạch, đến hết năm 2026, 100% xã, phường trong tỉnh sẽ chuyển đổi sang truyền thanh ứng dụng công nghệ số. Các xã Thái Ninh, Đông Thái Ninh đã đăng ký triển khai trong quý I.',
      'Ông Đinh Văn Phong, cán bộ phụ trách đài truyền thanh xã, cho biết từ khi dùng hệ thống mới, bản tin được phát đúng giờ, âm thanh rõ hơn và không còn tình trạng loa bị nhiễu sóng khi trời mưa. Người dân cũng có thể nghe lại bản tin trên điện thoại.',
    ),
    places: ['Hưng Yên', 'Xã Tây Thái Ninh', 'Xã Thái Ninh', 'Xã Đông Thái Ninh'],
    topics: ['thong-tin-co-so', 'chuyen-doi-so'],
    people: ['Đinh Văn Phong'],
    organisations: [],
  },
  {
    id: 'ttcs-02',
    desk,
    headline: 'Phường Vũ Phúc lắp 12 bảng tin điện tử công cộng',
    body: paragraphs(
      'Phường Vũ Phúc, tỉnh Hưng Yên vừa đưa vào sử dụng 12 bảng tin điện tử công cộng đặt tại trụ sở, nhà văn hóa các tổ dân phố, trường học và chợ. Bảng tin hiển thị thông báo của chính quyền, lịch tiếp công dân, giá một số mặt hàng thiết yếu và cảnh báo thời tiết.',
      'Nội dung được quản lý tập trung trên phần mềm, cán bộ văn hóa – thông tin phường cập nhật từ máy tính, bảo đảm thông tin chính xác, kịp thời. Người dân có thể quét mã QR trên bảng tin để xem chi tiết văn bản hoặc gửi phản ánh.',
      'Bà Vương Thị Hồng, tổ trưởng tổ dân phố, cho biết người cao tuổi trước đây chỉ nghe thông báo qua loa, nay có thể đọc lại nội dung trên bảng tin bất cứ lúc nào.',
    ),
    places: ['Hưng Yên', 'Phường Vũ Phúc'],
    topics: ['thong-tin-co-so'],
    people: ['Vương Thị Hồng'],
    organisations: [],
  },
  {
    id: 'ttcs-03',
    desk,
    headline: 'Xã Đồng Bằng nâng cấp đài truyền thanh, mở chuyên mục "Việc làng"',
    body: paragraphs(
      'Đài truyền thanh xã Đồng Bằng, tỉnh Hưng Yên vừa ra mắt chuyên mục "Việc làng" phát vào 18 giờ thứ Tư hằng tuần, giới thiệu gương người tốt việc tốt, giải đáp thắc mắc của người dân về đất đai, bảo hiểm và lịch tiêm chủng.',
      'Cùng với hệ thống loa được nâng cấp, các bản tin của xã được đăng song song lên trang thông tin điện tử và nhóm nhắn tin của từng thôn, giúp người đi làm xa vẫn nắm được thông tin quê nhà. Cán bộ phụ trách đài được tập huấn kỹ năng viết tin, biên tập âm thanh.',
      'Anh Trương Văn Đạt, cán bộ văn hóa – thông tin xã, cho biết chuyên mục nhận hơn 40 câu hỏi mỗi tháng, nhiều ý kiến đã được chính quyền xã tiếp thu để sửa đổi cách làm.',
    ),
    places: ['Hưng Yên', 'Xã Đồng Bằng'],
    topics: ['thong-tin-co-so'],
    people: ['Trương Văn Đạt'],
    organisations: [],
  },
  {
    id: 'ttcs-04',
    desk,
    headline: 'Điểm tin cơ sở: lịch cắt điện, tiêm chủng và khám tuyển nghĩa vụ quân sự',
    body: paragraphs(
      'Điện lực thông báo tạm ngừng cấp điện từ 7 giờ đến 16 giờ ngày 24/6 để bảo dưỡng đường dây tại một số thôn của xã Hồng Minh và xã Tiên La. Người dân chủ động sắp xếp sinh hoạt, sản xuất.',
      'Trạm y tế xã Thần Khê tổ chức tiêm vắc xin phòng bệnh viêm não Nhật Bản cho trẻ từ 1 đến 5 tuổi vào sáng thứ Bảy. Phụ huynh mang theo sổ tiêm chủng hoặc tra cứu lịch tiêm trên ứng dụng VNeID.',
      'Ban Chỉ huy quân sự xã Diên Hà thông báo lịch khám sức khỏe nghĩa vụ quân sự năm 2026 cho thanh niên sinh năm 2007 và 2008 vào ngày 2/12 tại hội trường UBND xã.',
    ),
    places: ['Hưng Yên', 'Xã Hồng Minh', 'Xã Tiên La', 'Xã Thần Khê', 'Xã Diên Hà'],
    topics: ['thong-tin-co-so', 'y-te-co-so'],
    people: [],
    organisations: ['Trạm y tế xã Thần Khê'],
  },
]
