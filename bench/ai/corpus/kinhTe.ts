import { paragraphs, type LabelledText } from './types'

const desk = 'Kinh tế'

export const KINH_TE: LabelledText[] = [
  {
    id: 'kt-01',
    desk,
    headline: 'Bánh cáy làng Nguyễn vào mùa Tết, đơn hàng tăng gấp đôi',
    body: paragraphs(
      'Những ngày cuối năm, các cơ sở làm bánh cáy ở làng Nguyễn thuộc xã Đông Hưng, tỉnh Hưng Yên hoạt động hết công suất. Nhiều hộ phải thuê thêm lao động thời vụ để kịp giao hàng cho đại lý ở Hà Nội, Hải Phòng và Quảng Ninh.',
      'Bánh cáy làng Nguyễn làm từ gạo nếp cái hoa vàng, mạch nha, gấc, gừng và vừng, đã được công nhận sản phẩm OCOP 4 sao. Theo Hợp tác xã Bánh cáy Nguyên Xá, giá bán năm nay ổn định ở mức 120.000–150.000 đồng/kg, riêng loại hộp quà cao cấp được đặt trước từ tháng 11.',
      'Bà Trần Thị Nhàn, chủ một cơ sở có 30 năm trong nghề, cho biết khách hàng ngày càng đòi hỏi bao bì đẹp và truy xuất được nguồn gốc, nên các hộ đã in mã QR trên từng hộp bánh.',
      'Năm nay, lần đầu tiên một số cơ sở đưa bánh cáy lên sàn thương mại điện tử và bán qua livestream. Chỉ trong tháng 12, riêng kênh trực tuyến đã tiêu thụ khoảng 3 tấn bánh, đơn hàng xa nhất được gửi vào các tỉnh phía Nam và cả kiều bào ở nước ngoài đặt làm quà Tết.',
    ),
    places: ['Hưng Yên', 'Xã Đông Hưng', 'Hà Nội', 'Hải Phòng', 'Quảng Ninh'],
    topics: ['san-pham-ocop'],
    people: ['Trần Thị Nhàn'],
    organisations: ['Hợp tác xã Bánh cáy Nguyên Xá'],
  },
  {
    id: 'kt-02',
    desk,
    headline: 'Sức mua tăng tại các chợ trên địa bàn phường Hồng Châu dịp cuối năm',
    body: paragraphs(
      'Những ngày giáp Tết, chợ trung tâm và các chợ dân sinh trên địa bàn phường Hồng Châu, tỉnh Hưng Yên luôn đông người mua sắm. Hàng hóa dồi dào, giá thịt lợn, rau xanh và trái cây tăng nhẹ 5–10% so với tháng trước.',
      'Theo Phòng Kinh tế phường, lực lượng quản lý thị trường đã tăng cường kiểm tra nguồn gốc thực phẩm, xử phạt 7 trường hợp bán hàng không rõ xuất xứ. Các siêu thị lớn như Co.opmart, WinMart cam kết giữ giá nhiều mặt hàng thiết yếu đến hết tháng Giêng.',
      'Tiểu thương cho biết các mặt hàng đặc sản địa phương như nhãn sấy, tương Bần, gà Đông Tảo được khách mua làm quà biếu nhiều hơn năm trước, đặc biệt là khách từ Hà Nội về quê ăn Tết.',
    ),
    places: ['Hưng Yên', 'Phường Hồng Châu', 'Hà Nội'],
    topics: [],
    people: [],
    organisations: ['Co.opmart', 'WinMart'],
  },
  {
    id: 'kt-03',
    desk,
    headline: 'Giá xăng giảm lần thứ ba liên tiếp, dầu diesel về dưới 18.000 đồng/lít',
    body: paragraphs(
      'Liên Bộ Công Thương – Tài chính chiều 16/10 điều chỉnh giá bán lẻ xăng dầu theo hướng giảm. Xăng E5 RON 92 giảm 310 đồng/lít, còn 19.540 đồng/lít; xăng RON 95-III giảm 290 đồng, còn 20.260 đồng/lít. Dầu diesel giảm mạnh nhất, 520 đồng/lít, xuống còn 17.870 đồng/lít.',
      'Đây là lần giảm thứ ba liên tiếp do giá dầu thế giới chịu áp lực từ lo ngại nhu cầu yếu và nguồn cung tăng. Trong kỳ điều hành này, liên bộ không trích lập và không chi sử dụng Quỹ bình ổn giá xăng dầu.',
      'Các doanh nghiệp vận tải cho biết giá nhiên liệu giảm giúp chi phí mỗi chuyến hàng đường dài giảm khoảng 2–3%, song chưa đủ để hạ giá cước trong bối cảnh phí đường bộ và chi phí nhân công vẫn cao.',
    ),
    places: [],
    topics: [],
    people: [],
    organisations: [],
  },
  {
    id: 'kt-04',
    desk,
    headline: 'Cần Thơ xây dựng trung tâm logistics nông sản ở phường Hưng Phú',
    body: paragraphs(
      'Thành phố Cần Thơ vừa khởi công trung tâm logistics nông sản quy mô 30 ha tại phường Hưng Phú, gần cảng Cái Cui và cầu Cần Thơ. Trung tâm có kho lạnh 20.000 tấn, khu sơ chế, đóng gói và kiểm định chất lượng phục vụ xuất khẩu.',
      'Khi đi vào hoạt động, trung tâm sẽ tiếp nhận lúa gạo, trái cây, thủy sản từ các tỉnh Đồng bằng sông Cửu Long như An Giang, Đồng Tháp, Vĩnh Long, giảm chi phí vận chuyển lên cảng biển ở TP.HCM.',
      'Lãnh đạo thành phố cho biết sẽ ưu tiên cho thuê kho với giá ưu đãi đối với hợp tác xã và doanh nghiệp nhỏ, đồng thời kết nối đường thủy nội địa để giảm tải cho quốc lộ 1.',
    ),
    places: ['Cần Thơ', 'An Giang', 'Đồng Tháp', 'Vĩnh Long', 'Thành phố Hồ Chí Minh'],
    topics: [],
    people: [],
    organisations: [],
  },
]
