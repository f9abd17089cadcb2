import type { StorySeed } from './types'

/** Ban Thời sự: local government after the 2025 merger, dykes, roads. */
export const NEWS_STORIES: StorySeed[] = [
  {
    key: 'xa-khoai-chau-100-ngay',
    desk: 'TS',
    section: 'chinh-quyen-hai-cap',
    topics: ['sap-xep-don-vi-hanh-chinh', 'chuyen-doi-so'],
    places: ['Hưng Yên', 'Xã Khoái Châu'],
    state: 'published',
    hoursAgo: 48,
    headline: 'Xã Khoái Châu sau 100 ngày vận hành chính quyền hai cấp',
    standfirst:
      'Từ một thị trấn và nhiều xã cũ, xã Khoái Châu mới đã đi qua 100 ngày vận hành mô hình chính quyền địa phương hai cấp. Người dân đánh giá thủ tục nhanh hơn, dù vẫn còn những lúng túng ban đầu.',
    body: [
      'Sáng đầu tuần, Trung tâm Phục vụ hành chính công xã Khoái Châu đông người đến làm thủ tục chứng thực, đăng ký kinh doanh hộ gia đình và hồ sơ đất đai. Các quầy được bố trí theo lĩnh vực, mỗi quầy có một cán bộ hướng dẫn người dân nộp hồ sơ trên Cổng dịch vụ công.',
      'Theo số liệu của UBND xã, trong 100 ngày đầu, trung tâm đã tiếp nhận hơn 6.200 hồ sơ, trong đó gần 80% được nộp trực tuyến toàn trình hoặc một phần. Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt trên 98%.',
      '## Người dân không phải đi xa',
      'Bà Trần Thị Mai, một người dân đến làm thủ tục tách thửa, cho biết trước đây bà lo phải lên huyện như cũ, nhưng nay mọi việc đều giải quyết tại xã. "Cán bộ hướng dẫn tận tình, có chỗ ngồi chờ, có máy lấy số tự động nên không phải chen lấn", bà nói.',
      'Lãnh đạo xã thừa nhận khối lượng công việc tăng mạnh khi xã tiếp nhận nhiều nhiệm vụ từ cấp huyện trước đây, nhất là về đất đai và xây dựng. Xã đang đề nghị tỉnh tiếp tục bồi dưỡng chuyên môn cho công chức và bổ sung thiết bị ký số cho các bộ phận.',
    ],
    bylines: [
      { user: 'reporter1', role: 'writer' },
      { user: 'reporter1', role: 'photographer' },
      { user: 'editor1', role: 'editor' },
    ],
    createdBy: 'reporter1',
    assignee: 'reporter1',
    channels: ['WEB', 'BAO-IN', 'E-PAPER', 'ZALO'],
    image: 'service-centre',
    web: {
      seoDescription:
        'Xã Khoái Châu (Hưng Yên) sau 100 ngày vận hành chính quyền hai cấp: hơn 6.200 hồ sơ, gần 80% nộp trực tuyến, người dân không phải đi xa.',
    },
    print: { headline: 'Khoái Châu: 100 ngày chính quyền gần dân hơn', plannedLength: 1000 },
    social: {
      text: '100 ngày vận hành chính quyền hai cấp, xã Khoái Châu đã tiếp nhận hơn 6.200 hồ sơ, gần 80% nộp trực tuyến. Người dân không còn phải lên huyện làm thủ tục.',
      hashtags: '#HưngYên #ChínhQuyềnHaiCấp',
    },
  },
  {
    key: 'pho-hien-ho-so-truoc-han',
    desk: 'TS',
    section: 'thoi-su',
    topics: ['sap-xep-don-vi-hanh-chinh'],
    places: ['Hưng Yên', 'Phường Phố Hiến'],
    state: 'published',
    hoursAgo: 20,
    headline: 'Phường Phố Hiến trả kết quả hồ sơ trước hạn, xin lỗi công khai khi trễ hẹn',
    standfirst:
      'Phường Phố Hiến áp dụng quy định: hồ sơ nào trễ hẹn dù chỉ một ngày, phường gửi thư xin lỗi người dân và công khai lý do.',
    body: [
      'Từ tháng này, mỗi hồ sơ thủ tục hành chính trễ hẹn tại phường Phố Hiến đều được theo dõi trên bảng điều hành chung. Bộ phận một cửa phải ghi rõ nguyên nhân và thời hạn trả kết quả mới, sau đó gửi thư xin lỗi tới người nộp hồ sơ.',
      'Theo Văn phòng HĐND và UBND phường, số hồ sơ trễ hẹn chiếm chưa đến 1%, chủ yếu do phải xác minh nguồn gốc đất qua nhiều thời kỳ. Phường giao mỗi công chức phụ trách một nhóm thủ tục, chịu trách nhiệm đến khi trả kết quả.',
      'Người dân có thể tra cứu tình trạng hồ sơ bằng mã số trên phiếu hẹn hoặc qua tài khoản định danh điện tử.',
    ],
    bylines: [{ user: 'reporter1', role: 'writer' }],
    createdBy: 'reporter1',
    assignee: 'reporter1',
    channels: ['WEB', 'RADIO'],
    radio: {
      script:
        'Thưa quý vị, từ tháng này, phường Phố Hiến áp dụng một quy định mới: hồ sơ thủ tục hành chính nào trễ hẹn, dù chỉ một ngày, phường sẽ gửi thư xin lỗi người dân và công khai lý do. Hiện số hồ sơ trễ hẹn tại phường chưa đến một phần trăm, chủ yếu là hồ sơ đất đai cần xác minh nguồn gốc. Người dân có thể tra cứu tình trạng hồ sơ bằng mã số trên phiếu hẹn.',
      targetSeconds: 45,
    },
    web: {
      seoDescription: 'Phường Phố Hiến công khai xin lỗi người dân khi hồ sơ thủ tục hành chính trễ hẹn.',
    },
  },
  {
    key: 'hdnd-ky-hop-cuoi-nam',
    desk: 'TS',
    section: 'thoi-su',
    topics: ['sap-xep-don-vi-hanh-chinh'],
    places: ['Hưng Yên'],
    state: 'approved',
    headline: 'Kỳ họp cuối năm của HĐND tỉnh sẽ xem xét kế hoạch đầu tư công trung hạn',
    standfirst:
      'Kỳ họp thường lệ cuối năm dự kiến kéo dài ba ngày, tập trung vào kế hoạch đầu tư công, dự toán ngân sách và các chính sách hỗ trợ cấp xã sau sắp xếp.',
    body: [
      'Theo thông báo của Thường trực HĐND tỉnh, kỳ họp sẽ xem xét báo cáo tình hình kinh tế – xã hội năm nay, kế hoạch năm tới và dự toán ngân sách địa phương. Đây là kỳ họp cuối năm đầu tiên kể từ khi tỉnh Hưng Yên mới đi vào hoạt động.',
      'Một trong những nội dung được cử tri quan tâm là chính sách hỗ trợ cán bộ, công chức cấp xã phải đi lại xa sau khi hợp nhất trụ sở, cùng với kế hoạch sử dụng các trụ sở dôi dư.',
      'Kỳ họp được truyền hình, phát thanh trực tiếp phiên khai mạc, phiên chất vấn và bế mạc trên các kênh của Báo và Phát thanh, Truyền hình Hưng Yên.',
    ],
    bylines: [
      { user: 'reporter1', role: 'writer' },
      { user: 'editor1', role: 'editor' },
    ],
    createdBy: 'reporter1',
    assignee: 'reporter1',
    channels: ['WEB', 'BAO-IN', 'RADIO', 'TV'],
    print: { plannedLength: 500 },
    radio: {
      script:
        'Kỳ họp thường lệ cuối năm của Hội đồng nhân dân tỉnh dự kiến diễn ra trong ba ngày. Các đại biểu sẽ xem xét kế hoạch đầu tư công trung hạn, dự toán ngân sách năm tới và chính sách hỗ trợ cán bộ cấp xã sau sắp xếp. Phiên khai mạc, chất vấn và bế mạc sẽ được phát thanh trực tiếp trên sóng của Đài.',
      targetSeconds: 30,
    },
  },
  {
    key: 'gia-co-de-bien',
    desk: 'TS',
    section: 'thoi-su',
    topics: ['phong-chong-thien-tai', 'kinh-te-bien'],
    places: ['Hưng Yên', 'Xã Thái Thụy', 'Xã Tiền Hải'],
    state: 'corrected',
    hoursAgo: 72,
    headline: 'Gia cố các đoạn đê biển xung yếu trước mùa mưa bão',
    standfirst:
      'Các xã ven biển khẩn trương gia cố những đoạn đê xung yếu, chuẩn bị vật tư và phương án sơ tán dân trước mùa mưa bão.',
    body: [
      'Tại xã Thái Thụy và xã Tiền Hải, lực lượng quản lý đê nhân dân cùng đơn vị thi công đang kè lại mái đê phía biển, đắp bù những vị trí bị sóng đánh sạt trong mùa mưa bão năm trước. Tổng chiều dài các đoạn đê được gia cố đợt này khoảng 3,2 km.',
      'Mỗi xã đã lập kho vật tư dự phòng gồm rọ thép, bao tải, đá hộc và phao cứu sinh, bố trí lực lượng xung kích trực 24/24 giờ khi có bão.',
      'Cơ quan phòng, chống thiên tai của tỉnh đề nghị các xã rà soát hộ dân ở ngoài đê, vùng bãi bồi và lồng bè nuôi trồng thủy sản để chủ động sơ tán khi có cảnh báo.',
    ],
    bylines: [
      { user: 'reporter1', role: 'writer' },
      { name: 'CTV Trần Văn Sơn', role: 'photographer' },
    ],
    createdBy: 'reporter1',
    channels: ['WEB', 'BAO-IN', 'ZALO'],
    print: { plannedLength: 550 },
    social: {
      text: 'Các xã ven biển Thái Thụy, Tiền Hải gia cố khoảng 3,2 km đê xung yếu, chuẩn bị vật tư và phương án sơ tán dân trước mùa mưa bão.',
      hashtags: '#PhòngChốngThiênTai',
    },
    corrections: [
      'Bản đăng trước ghi tổng chiều dài các đoạn đê được gia cố là 32 km; con số đúng là khoảng 3,2 km. Tòa soạn xin lỗi bạn đọc.',
    ],
  },
  {
    key: 'de-tai-nuoc-sach-tra-ly',
    desk: 'TS',
    section: 'thoi-su',
    topics: ['an-sinh-xa-hoi'],
    places: ['Hưng Yên', 'Phường Trà Lý'],
    state: 'idea',
    headline: 'Đề tài: Nước sạch cho các khu dân cư ven sông Trà Lý',
    standfirst: 'Nhiều hộ dân vẫn dùng nước giếng khoan dù đường ống nước sạch đã đi qua đầu ngõ.',
    body: [
      'Ý tưởng: khảo sát vì sao tỷ lệ hộ đấu nối nước sạch ở một số khu dân cư ven sông còn thấp — chi phí đấu nối, thói quen hay chất lượng dịch vụ.',
      'Hướng tiếp cận: gặp người dân, đơn vị cấp nước và chính quyền phường; so sánh kết quả xét nghiệm mẫu nước giếng do trung tâm y tế công bố.',
    ],
    createdBy: 'reporter1',
  },
  {
    key: 'tru-so-doi-du',
    desk: 'TS',
    section: 'chinh-quyen-hai-cap',
    topics: ['sap-xep-don-vi-hanh-chinh'],
    places: ['Hưng Yên', 'Xã Đông Hưng'],
    state: 'assigned',
    headline: 'Trụ sở xã cũ dôi dư: chuyển thành nhà văn hóa, trường học hay để trống?',
    standfirst:
      'Sau sắp xếp, nhiều trụ sở xã cũ không còn sử dụng. Phương án tận dụng đang được các địa phương tính toán.',
    body: [
      'Giao phóng viên khảo sát ít nhất ba trụ sở xã cũ trên địa bàn xã Đông Hưng và các xã lân cận, ghi nhận hiện trạng và ý kiến người dân.',
      'Cần làm rõ: danh mục trụ sở được tỉnh phê duyệt chuyển đổi công năng, tiến độ, và việc bảo quản tài sản trong thời gian chờ.',
    ],
    createdBy: 'chief1',
    assignee: 'reporter1',
    channels: ['WEB', 'BAO-IN'],
    print: { plannedLength: 3000 },
  },
  {
    key: 'diem-den-giao-thong',
    desk: 'TS',
    section: 'thoi-su',
    topics: ['giao-thong'],
    places: ['Hưng Yên', 'Xã Đông Hưng'],
    state: 'drafting',
    headline: 'Những "điểm đen" tai nạn giao thông trên tuyến quốc lộ qua khu dân cư',
    standfirst:
      'Các nút giao không có đèn tín hiệu, hàng quán lấn hành lang an toàn là nguyên nhân của nhiều vụ va chạm.',
    body: [
      'Chiều muộn, tại một nút giao trên tuyến quốc lộ đi qua khu dân cư, dòng xe tải, xe khách và xe máy đan xen. Người dân sống hai bên đường cho biết gần như tuần nào cũng có va chạm.',
      'Theo lực lượng cảnh sát giao thông, đoạn tuyến này đã được đề xuất lắp đèn tín hiệu và gờ giảm tốc. [Đang chờ số liệu tai nạn sáu tháng từ Công an tỉnh.]',
    ],
    bylines: [{ user: 'reporter1', role: 'writer' }],
    createdBy: 'reporter1',
    assignee: 'reporter1',
    channels: ['WEB', 'BAO-IN'],
    print: { plannedLength: 1200 },
  },
  {
    key: 'lich-cat-dien-tran-lam',
    desk: 'TS',
    section: 'thoi-su',
    places: ['Hưng Yên', 'Phường Trần Lãm'],
    state: 'killed',
    hoursAgo: 30,
    headline: 'Tạm ngừng cấp điện một số khu dân cư phường Trần Lãm để bảo dưỡng lưới',
    standfirst:
      'Đơn vị điện lực thông báo lịch tạm ngừng cấp điện từ 7 giờ đến 16 giờ để bảo dưỡng đường dây.',
    body: [
      'Đơn vị điện lực thông báo tạm ngừng cấp điện tại một số tổ dân phố thuộc phường Trần Lãm để bảo dưỡng đường dây trung thế và thay thế thiết bị.',
      'Các hộ kinh doanh, cơ sở sản xuất trong khu vực được khuyến cáo chủ động kế hoạch sản xuất.',
    ],
    bylines: [{ user: 'reporter4', role: 'writer' }],
    createdBy: 'reporter4',
    channels: ['WEB', 'ZALO'],
    social: { text: 'Lịch tạm ngừng cấp điện một số khu dân cư phường Trần Lãm để bảo dưỡng lưới điện.' },
    killReason:
      'Đơn vị điện lực đã hoãn lịch bảo dưỡng; tin không còn đúng. Gỡ để tránh người dân hiểu nhầm, sẽ đăng lại khi có lịch mới.',
  },
]
