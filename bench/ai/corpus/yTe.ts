import { paragraphs, type LabelledText } from './types'

const desk = 'Y tế'

export const Y_TE: LabelledText[] = [
  {
    id: 'yt-01',
    desk,
    headline: 'Trạm y tế xã Nguyễn Du khám, chữa bệnh bảo hiểm y tế cho hơn 1.000 lượt mỗi tháng',
    body: paragraphs(
      'Sau khi được đầu tư nâng cấp và bổ sung bác sĩ, Trạm y tế xã Nguyễn Du, tỉnh Hưng Yên hiện tiếp nhận trung bình hơn 1.000 lượt khám, chữa bệnh bảo hiểm y tế mỗi tháng, tăng gấp ba so với trước khi sắp xếp.',
      'Trạm có 4 bác sĩ, 9 điều dưỡng, hộ sinh, được trang bị máy siêu âm, máy xét nghiệm sinh hóa và kết nối khám chữa bệnh từ xa với bệnh viện tuyến tỉnh. Người bệnh tăng huyết áp, đái tháo đường được quản lý, cấp thuốc hằng tháng ngay tại trạm.',
      'Bác sĩ Tạ Thu Trang, Trưởng trạm, cho biết người dân không còn phải lên tuyến trên chỉ để lấy thuốc, tiết kiệm thời gian và chi phí đi lại, nhất là người cao tuổi.',
    ),
    places: ['Hưng Yên', 'Xã Nguyễn Du'],
    topics: ['y-te-co-so'],
    people: ['Tạ Thu Trang'],
    organisations: ['Trạm y tế xã Nguyễn Du'],
  },
  {
    id: 'yt-02',
    desk,
    headline: 'Sốt xuất huyết tăng mạnh ở khu vực đô thị phía đông tỉnh',
    body: paragraphs(
      'Trung tâm Kiểm soát bệnh tật tỉnh Hưng Yên ghi nhận 214 ca sốt xuất huyết từ đầu tháng 8, tập trung ở các phường Trần Lãm, Vũ Phúc và Trần Hưng Đạo. Số ca mắc tăng gấp 3 lần so với cùng kỳ năm trước, chưa có trường hợp tử vong.',
      'Ngành y tế đã phun hóa chất diệt muỗi tại 12 ổ dịch, đồng thời phát động chiến dịch diệt bọ gậy, loăng quăng tại các hộ gia đình. Nhiều khu trọ sinh viên, công trình xây dựng dở dang có nhiều vật dụng đọng nước là nơi muỗi vằn sinh sản.',
      'Bác sĩ khuyến cáo người dân khi sốt cao liên tục từ 2 ngày trở lên cần đến cơ sở y tế để được xét nghiệm, theo dõi, không tự ý truyền dịch tại nhà và không dùng aspirin để hạ sốt.',
      'Các trường học trên địa bàn được yêu cầu tổ chức tổng vệ sinh, thả cá diệt bọ gậy trong bể nước và nhắc học sinh ngủ màn. Trung tâm Kiểm soát bệnh tật dự báo số ca mắc còn tăng đến cuối tháng 10, khi thời tiết chuyển mùa và mưa nhiều.',
    ),
    places: ['Hưng Yên', 'Phường Trần Lãm', 'Phường Vũ Phúc', 'Phường Trần Hưng Đạo'],
    topics: ['y-te-co-so'],
    people: [],
    organisations: ['Trung tâm Kiểm soát bệnh tật tỉnh Hưng Yên'],
  },
  {
    id: 'yt-03',
    desk,
    headline: 'Bộ Y tế đề nghị tiêm bù vắc xin sởi cho trẻ chưa tiêm đủ mũi',
    body: paragraphs(
      'Trước nguy cơ dịch sởi quay trở lại, Bộ Y tế đề nghị các địa phương rà soát, tiêm bù vắc xin sởi cho trẻ từ 1 đến 5 tuổi chưa tiêm hoặc chưa tiêm đủ mũi, hoàn thành trước tháng 12. Các tỉnh, thành có số ca mắc cao như TP.HCM, Hà Nội, Đồng Nai được yêu cầu mở rộng đối tượng tiêm cho trẻ đến 10 tuổi.',
      'Theo Cục Phòng bệnh, tỷ lệ tiêm chủng đủ mũi ở một số khu công nghiệp, khu nhà trọ đông dân cư còn thấp do cha mẹ đi làm, trẻ ở với ông bà hoặc thường xuyên chuyển chỗ ở.',
      'Các trạm y tế được yêu cầu tổ chức buổi tiêm ngoài giờ hành chính, vào thứ Bảy và Chủ nhật, đồng thời cập nhật dữ liệu tiêm chủng lên hệ thống quốc gia để phụ huynh tra cứu trên ứng dụng VNeID.',
    ),
    places: ['Thành phố Hồ Chí Minh', 'Hà Nội', 'Đồng Nai'],
    topics: ['y-te-co-so'],
    people: [],
    organisations: [],
  },
  {
    id: 'yt-04',
    desk,
    headline: 'Bệnh viện Đa khoa tỉnh Hưng Yên làm chủ kỹ thuật can thiệp mạch não',
    body: paragraphs(
      'Bệnh viện Đa khoa tỉnh Hưng Yên vừa thực hiện thành công ca lấy huyết khối mạch não cho một bệnh nhân 68 tuổi bị đột quỵ, sau khi được chuyển giao kỹ thuật từ Bệnh viện Bạch Mai. Người bệnh đã tự đi lại được sau 5 ngày điều trị.',
      'Trước đây, bệnh nhân đột quỵ ở tỉnh phải chuyển lên Hà Nội, mất hơn 2 giờ di chuyển và bỏ lỡ "thời gian vàng". Việc làm chủ kỹ thuật tiên tiến này giúp người dân được cấp cứu ngay tại địa phương với chi phí thấp hơn.',
      'Bệnh viện đang đào tạo thêm 2 kíp bác sĩ can thiệp và đề nghị đầu tư hệ thống chụp mạch số hóa xóa nền thứ hai để bảo đảm trực cấp cứu 24/24 giờ.',
      'Từ đầu năm, bệnh viện đã tiếp nhận hơn 900 ca đột quỵ, trong đó khoảng 15% được can thiệp lấy huyết khối. Các bác sĩ khuyến cáo người dân khi thấy người thân méo miệng, nói khó, yếu nửa người cần gọi ngay cấp cứu 115, không tự điều trị bằng mẹo dân gian tại nhà.',
    ),
    places: ['Hưng Yên', 'Hà Nội'],
    topics: [],
    people: [],
    organisations: ['Bệnh viện Đa khoa tỉnh Hưng Yên', 'Bệnh viện Bạch Mai'],
  },
  {
    id: 'yt-05',
    desk,
    headline: 'Hơn 60 công nhân nhập viện nghi ngộ độc thực phẩm',
    body: paragraphs(
      'Trưa 22/4, sau bữa ăn ca tại bếp ăn tập thể của một công ty may ở xã Như Quỳnh, tỉnh Hưng Yên, hơn 60 công nhân có biểu hiện đau bụng, buồn nôn, nôn và tiêu chảy. Các bệnh nhân được đưa đến Trung tâm Y tế khu vực Văn Lâm và một số bệnh viện lân cận.',
      'Đến chiều cùng ngày, sức khỏe các công nhân đã ổn định, phần lớn được xuất viện. Đoàn kiểm tra an toàn thực phẩm đã niêm phong thức ăn còn lại, lấy mẫu gửi xét nghiệm và tạm đình chỉ hoạt động của đơn vị cung cấp suất ăn.',
      'Ngành y tế yêu cầu các doanh nghiệp có bếp ăn tập thể trên 200 suất phải lưu mẫu thức ăn 24 giờ, kiểm tra nguồn gốc nguyên liệu và ký hợp đồng với cơ sở cung ứng có giấy chứng nhận đủ điều kiện.',
    ),
    places: ['Hưng Yên', 'Xã Như Quỳnh'],
    topics: [],
    people: [],
    organisations: ['Trung tâm Y tế khu vực Văn Lâm'],
  },
]
