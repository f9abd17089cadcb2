import type { StorySeed } from './types'

/** Ban Kinh tế: farming, industry, infrastructure. */
export const ECONOMY_STORIES: StorySeed[] = [
  {
    key: 'nhan-long-vao-mua',
    desk: 'KT',
    section: 'nong-nghiep-nong-thon',
    topics: ['nhan-long-hung-yen', 'nong-nghiep-cong-nghe-cao', 'chuyen-doi-so'],
    places: ['Hưng Yên', 'Phường Hồng Châu'],
    state: 'published',
    hoursAgo: 30,
    headline: 'Nhãn lồng vào mùa, nhà vườn Hưng Yên mở rộng bán hàng trên sàn thương mại điện tử',
    standfirst:
      'Được mùa, giá ổn định, nhiều nhà vườn nhãn lồng ở phường Hồng Châu chủ động livestream, đóng hộp và giao hàng đi các tỉnh ngay trong ngày.',
    body: [
      'Những ngày này, các vườn nhãn ven đê sông Hồng ở phường Hồng Châu nhộn nhịp từ sáng sớm. Nhãn được cắt theo chùm, tỉa lá, phân loại rồi đóng vào hộp carton có in mã QR truy xuất nguồn gốc.',
      'Anh Phạm Văn Đức, chủ một vườn nhãn hơn 2 ha, cho biết năm nay gia đình bán khoảng một nửa sản lượng qua mạng. "Khách đặt qua sàn và qua Zalo, chiều hái, tối đóng hộp, sáng hôm sau khách ở Hà Nội đã nhận được hàng", anh nói.',
      '## Mã số vùng trồng mở đường xuất khẩu',
      'Nhiều vùng trồng nhãn trong tỉnh đã được cấp mã số, đáp ứng yêu cầu của các thị trường nhập khẩu. Ngành nông nghiệp khuyến cáo nhà vườn ghi chép nhật ký canh tác, sử dụng thuốc bảo vệ thực vật đúng khuyến cáo để giữ mã số.',
      'Bên cạnh nhãn tươi, các hợp tác xã đang đầu tư thêm lò sấy để làm long nhãn, giảm áp lực tiêu thụ vào cao điểm chính vụ.',
    ],
    bylines: [
      { user: 'reporter4', role: 'writer' },
      { user: 'reporter4', role: 'photographer' },
      { user: 'editor1', role: 'editor' },
    ],
    createdBy: 'reporter4',
    assignee: 'reporter4',
    channels: ['WEB', 'BAO-IN', 'E-PAPER', 'ZALO', 'TV'],
    image: 'longan',
    assets: ['longan', 'market'],
    web: {
      headline: 'Nhãn lồng Hưng Yên vào mùa: chiều hái, sáng hôm sau đến tay khách Hà Nội',
      seoDescription:
        'Nhà vườn nhãn lồng ở phường Hồng Châu, Hưng Yên bán hàng qua sàn thương mại điện tử, đóng hộp có mã QR truy xuất nguồn gốc.',
    },
    print: { plannedLength: 800 },
    tv: {
      script:
        '[DẪN] Nhãn lồng Hưng Yên đang vào chính vụ. Năm nay, nhiều nhà vườn không còn chờ thương lái mà tự bán hàng qua mạng.\n[LỜI BÌNH] Năm giờ sáng, vườn nhãn ven đê đã sáng đèn. Từng chùm nhãn được cắt, tỉa lá, xếp vào hộp in mã QR.\n[PHỎNG VẤN] Anh Phạm Văn Đức, chủ vườn: "Chiều hái, tối đóng hộp, sáng mai khách Hà Nội đã nhận được hàng."\n[LỜI BÌNH] Mã số vùng trồng đang mở thêm cơ hội xuất khẩu cho đặc sản của tỉnh.',
      shotList:
        'Toàn cảnh vườn nhãn lúc bình minh; cận tay cắt chùm nhãn; đóng hộp, dán mã QR; phỏng vấn chủ vườn; xe giao hàng rời vườn.',
      targetSeconds: 90,
    },
    social: {
      text: 'Nhãn lồng Hưng Yên vào chính vụ! Nhà vườn ở phường Hồng Châu bán qua sàn và Zalo, chiều hái – sáng hôm sau khách đã nhận hàng. Mỗi hộp đều có mã QR truy xuất nguồn gốc.',
      hashtags: '#NhãnLồngHưngYên #OCOP',
    },
  },
  {
    key: 'khu-cong-nghiep-tuyen-dung',
    desk: 'KT',
    section: 'kinh-te',
    topics: ['khu-cong-nghiep'],
    places: ['Hưng Yên', 'Phường Mỹ Hào', 'Xã Như Quỳnh'],
    state: 'corrected',
    hoursAgo: 60,
    headline: 'Doanh nghiệp trong các khu công nghiệp cần tuyển khoảng 5.000 lao động dịp cuối năm',
    standfirst:
      'Nhu cầu tuyển dụng tập trung vào công nhân lắp ráp điện tử, may mặc và kỹ thuật viên bảo trì; nhiều doanh nghiệp hỗ trợ nhà ở cho lao động ngoại tỉnh.',
    body: [
      'Theo trung tâm dịch vụ việc làm của tỉnh, các doanh nghiệp tại những khu công nghiệp ở phường Mỹ Hào, xã Như Quỳnh và lân cận cần tuyển khoảng 5.000 lao động trong quý cuối năm.',
      'Mức thu nhập bình quân của công nhân phổ thông được các doanh nghiệp niêm yết từ 8 đến 10 triệu đồng mỗi tháng, chưa kể làm thêm giờ. Lao động có tay nghề về điện, cơ khí được trả cao hơn.',
      'Phiên giao dịch việc làm lưu động sẽ được tổ chức tại các xã, phường; người lao động cũng có thể tra cứu vị trí tuyển dụng trên cổng thông tin việc làm của tỉnh.',
    ],
    bylines: [
      { user: 'reporter4', role: 'writer' },
      { user: 'reporter4', role: 'photographer' },
    ],
    createdBy: 'reporter4',
    channels: ['WEB', 'BAO-IN', 'ZALO'],
    image: 'industry',
    print: { plannedLength: 520 },
    social: {
      text: 'Các khu công nghiệp ở Hưng Yên cần tuyển khoảng 5.000 lao động cuối năm, thu nhập công nhân phổ thông 8–10 triệu đồng/tháng. Xem lịch phiên giao dịch việc làm lưu động tại xã, phường.',
      hashtags: '#ViệcLàm',
    },
    corrections: [
      'Bản trước ghi nhầm số lao động cần tuyển là 50.000 người; số đúng là khoảng 5.000 người.',
      'Bổ sung: phiên giao dịch việc làm lưu động do trung tâm dịch vụ việc làm của tỉnh tổ chức, không thu phí.',
    ],
  },
  {
    key: 'canh-dong-mau-co-gioi-hoa',
    desk: 'KT',
    section: 'nong-nghiep-nong-thon',
    topics: ['nong-nghiep-cong-nghe-cao'],
    places: ['Hưng Yên', 'Xã Thái Thụy'],
    state: 'published',
    hoursAgo: 96,
    headline: 'Cánh đồng mẫu lớn ở Thái Thụy: cơ giới hóa giúp giảm gần 30% chi phí',
    standfirst:
      'Từ làm đất, cấy máy đến phun thuốc bằng thiết bị bay không người lái, nông dân xã Thái Thụy đang sản xuất lúa theo cách hoàn toàn khác.',
    body: [
      'Vụ mùa năm nay, hơn 300 ha lúa trên cánh đồng mẫu lớn của xã Thái Thụy được cấy bằng máy, bón phân và phun thuốc bằng thiết bị bay không người lái. Hợp tác xã ký hợp đồng bao tiêu với doanh nghiệp ngay từ đầu vụ.',
      'Theo tính toán của hợp tác xã, chi phí sản xuất giảm gần 30% so với cách làm truyền thống, chủ yếu nhờ tiết kiệm công lao động, giống và thuốc bảo vệ thực vật.',
      'Ông Lê Văn Hòa, một xã viên, cho biết trước kia cả nhà phải ra đồng cả tháng vào mùa cấy, nay chỉ cần thăm đồng và theo dõi lịch phun trên điện thoại.',
      'Ngành nông nghiệp tỉnh định hướng nhân rộng mô hình, gắn với dồn điền, đổi thửa và xây dựng vùng nguyên liệu lúa chất lượng cao.',
    ],
    bylines: [
      { user: 'reporter1', role: 'writer' },
      { user: 'reporter1', role: 'photographer' },
      { user: 'editor1', role: 'editor' },
    ],
    createdBy: 'reporter1',
    channels: ['WEB', 'BAO-IN', 'E-PAPER', 'RADIO'],
    image: 'rice',
    print: { plannedLength: 650 },
    radio: {
      script:
        'Vụ mùa năm nay, hơn ba trăm héc-ta lúa trên cánh đồng mẫu lớn của xã Thái Thụy đã được cấy bằng máy, phun thuốc bằng thiết bị bay không người lái. Theo hợp tác xã, chi phí sản xuất giảm gần ba mươi phần trăm. Bà con xã viên giờ chỉ cần thăm đồng và theo dõi lịch phun trên điện thoại.',
      targetSeconds: 40,
    },
    web: {
      seoDescription:
        'Cơ giới hóa trên cánh đồng mẫu lớn xã Thái Thụy giúp giảm gần 30% chi phí sản xuất lúa.',
    },
  },
  {
    key: 'them-san-pham-ocop',
    desk: 'KT',
    section: 'kinh-te',
    topics: ['san-pham-ocop'],
    places: ['Hưng Yên'],
    state: 'edited',
    headline: 'Thêm 18 sản phẩm được công nhận đạt chuẩn OCOP',
    standfirst: 'Các sản phẩm mới đạt chuẩn chủ yếu là nông sản chế biến, đặc sản vùng biển và đồ thủ công.',
    body: [
      'Hội đồng đánh giá, phân hạng sản phẩm OCOP của tỉnh vừa công nhận thêm 18 sản phẩm đạt từ 3 sao trở lên, nâng tổng số sản phẩm OCOP còn hiệu lực của tỉnh lên hơn 600.',
      'Các sản phẩm mới gồm long nhãn, mật ong hoa nhãn, bánh cáy, nước mắm, ngao sạch và các sản phẩm mây tre đan. Nhiều chủ thể là hợp tác xã mới thành lập sau khi sắp xếp địa giới.',
      'Ngành công thương cho biết sẽ hỗ trợ các chủ thể tham gia hội chợ và đưa sản phẩm lên sàn thương mại điện tử.',
    ],
    bylines: [
      { user: 'reporter4', role: 'writer' },
      { user: 'editor1', role: 'editor' },
    ],
    createdBy: 'reporter4',
    assignee: 'reporter4',
    channels: ['WEB', 'ZALO'],
    image: 'market',
    social: {
      text: 'Hưng Yên có thêm 18 sản phẩm đạt chuẩn OCOP: long nhãn, mật ong hoa nhãn, bánh cáy, nước mắm, ngao sạch…',
    },
  },
  {
    key: 'cau-vuot-song-hong-tang-ca',
    desk: 'KT',
    section: 'do-thi-ha-tang',
    topics: ['giao-thong'],
    places: ['Hưng Yên', 'Phường Hồng Châu'],
    state: 'approved',
    headline: 'Công trường cầu vượt sông Hồng tăng ca để kịp tiến độ',
    standfirst:
      'Nhà thầu bố trí ba ca, huy động thêm sà lan và cần cẩu để hoàn thành các nhịp chính trước mùa lũ.',
    body: [
      'Trên công trường, các mũi thi công làm việc liên tục cả ngày lẫn đêm. Những đốt dầm cuối cùng của nhịp chính đang được đúc hẫng, chuẩn bị hợp long.',
      'Đại diện ban quản lý dự án cho biết khối lượng hoàn thành đã đạt khoảng 75%. Khó khăn lớn nhất là mực nước sông thay đổi thất thường, ảnh hưởng đến vận chuyển vật liệu bằng đường thủy.',
      'Khi hoàn thành, cây cầu sẽ rút ngắn đáng kể thời gian đi lại giữa Hưng Yên và các tỉnh bên kia sông, giảm tải cho các tuyến đường hiện có.',
    ],
    bylines: [
      { user: 'reporter3', role: 'camera' },
      { user: 'reporter1', role: 'writer' },
    ],
    createdBy: 'reporter1',
    assignee: 'reporter1',
    channels: ['WEB', 'BAO-IN', 'TV'],
    image: 'bridge',
    print: { plannedLength: 480 },
    tv: {
      script:
        '[DẪN] Công trường cầu vượt sông Hồng đang bước vào giai đoạn nước rút.\n[LỜI BÌNH] Ba ca thi công nối tiếp nhau. Những đốt dầm cuối của nhịp chính đang được đúc hẫng, chuẩn bị hợp long.\n[PHỎNG VẤN] Đại diện ban quản lý dự án: khối lượng đã đạt khoảng bảy mươi lăm phần trăm.',
      shotList: 'Flycam toàn cảnh cầu; công nhân ca đêm; sà lan chở vật liệu; phỏng vấn ban quản lý dự án.',
      targetSeconds: 75,
    },
  },
  {
    key: 'gia-phan-bon-vu-dong',
    desk: 'KT',
    section: 'nong-nghiep-nong-thon',
    topics: ['nong-nghiep-cong-nghe-cao'],
    places: ['Hưng Yên', 'Xã Ân Thi'],
    state: 'submitted',
    headline: 'Giá phân bón tăng, nông dân tính toán lại cây vụ đông',
    standfirst:
      'Nhiều hộ chuyển sang bón phân hữu cơ vi sinh, giảm diện tích cây cần nhiều phân như ngô ngọt.',
    body: [
      'Tại các đại lý vật tư nông nghiệp ở xã Ân Thi, giá phân đạm, phân kali tăng từ 10 đến 15% so với đầu năm. Nhiều hộ nông dân cân nhắc giảm diện tích hoặc chuyển sang cây trồng ít phân hơn.',
      'Cán bộ khuyến nông khuyến cáo bà con bón phân cân đối, kết hợp phân hữu cơ ủ từ rơm rạ và phụ phẩm chăn nuôi để giảm chi phí mà vẫn giữ năng suất.',
    ],
    bylines: [{ user: 'reporter4', role: 'writer' }],
    createdBy: 'reporter4',
    assignee: 'reporter4',
    channels: ['WEB', 'RADIO'],
    radio: {
      script:
        'Giá phân bón tăng từ mười đến mười lăm phần trăm so với đầu năm khiến nhiều bà con ở xã Ân Thi phải tính toán lại cây vụ đông. Cán bộ khuyến nông khuyên bà con bón phân cân đối, tận dụng rơm rạ ủ làm phân hữu cơ để giảm chi phí.',
      targetSeconds: 30,
    },
  },
  {
    key: 'ke-hoach-vu-dong',
    desk: 'KT',
    section: 'nong-nghiep-nong-thon',
    topics: ['nong-nghiep-cong-nghe-cao'],
    places: ['Hưng Yên'],
    state: 'scheduled',
    scheduledInHours: 48,
    headline: 'Vụ đông năm nay: ưu tiên rau màu hàng hóa và ngô sinh khối',
    standfirst:
      'Toàn tỉnh phấn đấu gieo trồng hàng chục nghìn ha cây vụ đông, tập trung vào các cây có thị trường ổn định.',
    body: [
      'Theo kế hoạch của ngành nông nghiệp, vụ đông năm nay ưu tiên các loại rau màu hàng hóa như khoai tây, bí xanh, dưa chuột và ngô sinh khối phục vụ chăn nuôi.',
      'Các xã được khuyến khích liên kết với doanh nghiệp thu mua, hình thành vùng sản xuất tập trung và ứng dụng màng phủ nông nghiệp, tưới tiết kiệm.',
      'Tỉnh tiếp tục hỗ trợ một phần giá giống và chi phí làm đất bằng máy cho các vùng sản xuất quy mô lớn.',
    ],
    bylines: [
      { user: 'reporter1', role: 'writer' },
      { user: 'editor1', role: 'editor' },
    ],
    createdBy: 'reporter1',
    channels: ['WEB', 'BAO-IN', 'E-PAPER'],
    image: 'rice',
    print: { plannedLength: 400 },
  },
  {
    key: 'nuoi-ngao-tien-hai',
    desk: 'KT',
    section: 'kinh-te',
    topics: ['kinh-te-bien'],
    places: ['Hưng Yên', 'Xã Tiền Hải', 'Xã Đồng Châu'],
    state: 'drafting',
    headline: 'Nuôi ngao vùng bãi triều: hướng đi bền vững cho kinh tế biển',
    standfirst:
      'Người nuôi ngao ở vùng ven biển Tiền Hải chuyển sang nuôi theo tiêu chuẩn để giữ đầu ra xuất khẩu.',
    body: [
      'Khi thủy triều rút, những bãi ngao ở vùng ven biển lộ ra hàng trăm ô nuôi được đánh dấu bằng cọc tre. Người nuôi đi thăm bãi, kiểm tra mật độ và dọn rác thải trôi dạt.',
      '[Cần bổ sung: ý kiến hợp tác xã nuôi ngao, số liệu diện tích và sản lượng của ngành thủy sản.]',
    ],
    bylines: [{ user: 'reporter1', role: 'writer' }],
    createdBy: 'reporter1',
    assignee: 'reporter1',
    channels: ['WEB', 'TV'],
  },
  {
    key: 'gia-dat-nong-nghiep',
    desk: 'KT',
    section: 'kinh-te',
    places: ['Hưng Yên'],
    state: 'assigned',
    headline: 'Bảng giá đất mới: nông dân được lợi gì khi bị thu hồi đất?',
    standfirst: 'Bài giải thích, hỏi – đáp ngắn cho bạn đọc về bảng giá đất áp dụng sau khi hợp nhất tỉnh.',
    body: [
      'Giao phóng viên phỏng vấn cơ quan tài nguyên và môi trường, một luật sư và hai hộ dân đang có đất trong diện thu hồi.',
      'Dạng bài: hỏi – đáp, kèm đồ họa so sánh giá đất nông nghiệp trước và sau khi áp dụng bảng giá mới.',
    ],
    createdBy: 'chief1',
    assignee: 'reporter4',
    channels: ['WEB', 'BAO-IN'],
    print: { plannedLength: 1500 },
  },
]
