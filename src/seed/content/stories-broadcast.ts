import type { StorySeed } from './types'

/** Ban Phát thanh and Ban Truyền hình: stories whose main variant is a script. */
export const BROADCAST_STORIES: StorySeed[] = [
  {
    key: 'ban-tin-nong-vu-ret-dam',
    desk: 'PT',
    section: 'ban-tin-phat-thanh',
    topics: ['nong-nghiep-cong-nghe-cao', 'phong-chong-thien-tai'],
    places: ['Hưng Yên'],
    state: 'published',
    hoursAgo: 6,
    headline: 'Bản tin nông vụ: rét đậm, bà con chú ý chống rét cho mạ và gia súc',
    standfirst:
      'Không khí lạnh tăng cường, nhiệt độ thấp nhất có nơi dưới 10 độ C; ngành nông nghiệp khuyến cáo tạm dừng gieo cấy.',
    body: [
      'Theo cơ quan khí tượng, không khí lạnh tăng cường khiến nhiệt độ thấp nhất ở vùng đồng bằng có nơi xuống dưới 10 độ C trong vài ngày tới.',
      'Ngành nông nghiệp khuyến cáo bà con che phủ nilon cho mạ, giữ nước trong ruộng, không gieo cấy khi nhiệt độ trung bình ngày dưới 15 độ C; chuồng trại gia súc cần được che chắn kín gió.',
    ],
    bylines: [
      { user: 'reporter3', role: 'writer' },
      { user: 'editor2', role: 'editor' },
    ],
    createdBy: 'reporter3',
    channels: ['RADIO', 'ZALO', 'WEB'],
    image: 'loudspeaker',
    radio: {
      script:
        'Thưa bà con nông dân, theo cơ quan khí tượng, không khí lạnh tăng cường khiến nhiệt độ thấp nhất trong vài ngày tới có nơi xuống dưới mười độ C. Bà con chú ý che phủ ni lông cho mạ, giữ nước trong ruộng, và tạm dừng gieo cấy khi trời rét đậm. Chuồng trại trâu, bò, lợn cần che chắn kín gió; không thả trâu bò ra đồng vào sáng sớm và chiều tối. Xin nhắc lại: trời rét đậm, bà con tạm dừng gieo cấy để bảo vệ mạ.',
      targetSeconds: 45,
    },
    social: {
      text: 'Rét đậm: bà con che phủ nilon cho mạ, giữ nước trong ruộng, tạm dừng gieo cấy khi nhiệt độ trung bình dưới 15°C; che chắn kín chuồng trại gia súc.',
    },
  },
  {
    key: 'loa-truyen-thanh-thong-minh',
    desk: 'PT',
    section: 'ban-tin-phat-thanh',
    topics: ['thong-tin-co-so', 'chuyen-doi-so'],
    places: ['Hưng Yên', 'Xã Quỳnh Phụ'],
    state: 'published',
    hoursAgo: 54,
    headline: 'Đài truyền thanh cấp xã chuyển sang loa thông minh',
    standfirst:
      'Cụm loa ứng dụng công nghệ thông tin – viễn thông giúp xã phát bản tin theo lịch, theo từng khu vực và nhận nội dung từ hệ thống thông tin nguồn của tỉnh.',
    body: [
      'Ở xã Quỳnh Phụ, những cụm loa dây cũ kỹ đã được thay bằng loa truyền thanh thông minh, kết nối qua mạng di động. Cán bộ văn hóa xã có thể đặt lịch phát, chọn phát cho một thôn hoặc toàn xã ngay trên máy tính.',
      'Các bản tin của xã, tin cảnh báo thời tiết và thông báo khẩn được đồng bộ với hệ thống thông tin nguồn của tỉnh, nhờ đó lãnh đạo tỉnh có thể theo dõi thời lượng và nội dung phát ở từng xã.',
      'Người dân phản ánh âm thanh rõ hơn, giờ phát phù hợp hơn, không còn tình trạng loa kêu quá to vào sáng sớm.',
    ],
    bylines: [
      { user: 'reporter3', role: 'writer' },
      { name: 'CTV Trần Văn Sơn', role: 'photographer' },
    ],
    createdBy: 'reporter3',
    channels: ['RADIO', 'WEB'],
    image: 'loudspeaker',
    assets: ['loudspeaker'],
    radio: {
      script:
        'Thưa quý vị, ở xã Quỳnh Phụ, những cụm loa dây cũ đã được thay bằng loa truyền thanh thông minh. Cán bộ xã giờ có thể đặt lịch phát, chọn phát cho từng thôn ngay trên máy tính. Các bản tin cảnh báo thời tiết và thông báo khẩn được đồng bộ với hệ thống thông tin nguồn của tỉnh.',
      targetSeconds: 35,
    },
    web: {
      seoDescription:
        'Xã Quỳnh Phụ thay loa dây bằng loa truyền thanh thông minh kết nối hệ thống thông tin nguồn của tỉnh.',
    },
  },
  {
    key: 'hoi-dap-dat-dai-truc-tiep',
    desk: 'PT',
    section: 'ban-tin-phat-thanh',
    topics: ['sap-xep-don-vi-hanh-chinh'],
    places: ['Hưng Yên'],
    state: 'approved',
    headline: 'Phát thanh trực tiếp: Hỏi – đáp thủ tục đất đai sau sắp xếp địa giới',
    standfirst:
      'Thính giả gọi điện hoặc nhắn Zalo đặt câu hỏi; khách mời là cán bộ văn phòng đăng ký đất đai của tỉnh.',
    body: [
      'Chương trình phát thanh trực tiếp kéo dài 45 phút, phát lúc 20 giờ trên Kênh Phát thanh Hưng Yên và trực tuyến trên báo điện tử.',
      'Các câu hỏi được tổng hợp trước từ Zalo OA: sổ đỏ ghi địa chỉ cũ có phải đổi không, nộp hồ sơ đất đai ở đâu sau khi bỏ cấp huyện, thời hạn giải quyết bao lâu.',
    ],
    bylines: [
      { user: 'reporter3', role: 'writer' },
      { user: 'editor2', role: 'editor' },
    ],
    createdBy: 'reporter3',
    assignee: 'reporter3',
    channels: ['RADIO', 'WEB', 'ZALO'],
    radio: {
      script:
        'Kính thưa quý thính giả, chào mừng quý vị đến với chương trình phát thanh trực tiếp Hỏi – đáp pháp luật. Tối nay, chúng tôi dành toàn bộ thời lượng để giải đáp các câu hỏi về thủ tục đất đai sau khi sắp xếp địa giới hành chính. Quý vị có thể gọi điện về đường dây nóng của Đài hoặc nhắn tin qua Zalo của Báo và Phát thanh, Truyền hình Hưng Yên.',
      targetSeconds: 2700,
    },
    social: {
      text: 'Tối nay 20h, phát thanh trực tiếp: Hỏi – đáp thủ tục đất đai sau sắp xếp địa giới. Gửi câu hỏi của bạn qua Zalo OA ngay bây giờ!',
    },
  },
  {
    key: 'phong-chay-khu-dan-cu',
    desk: 'PT',
    section: 'ban-tin-phat-thanh',
    places: ['Hưng Yên', 'Phường Thái Bình'],
    state: 'submitted',
    headline: 'Nhà nhà có bình chữa cháy: mô hình an toàn ở khu dân cư',
    standfirst: 'Mỗi tổ dân phố có điểm chữa cháy công cộng và tổ liên gia an toàn phòng cháy chữa cháy.',
    body: [
      'Tại phường Thái Bình, các tổ dân phố đã lắp đặt điểm chữa cháy công cộng với bình chữa cháy, búa, xà beng và thang dây. Mỗi hộ kinh doanh kết hợp ở được khuyến khích trang bị bình chữa cháy và thiết bị báo khói.',
      'Công an phường thường xuyên tổ chức diễn tập, hướng dẫn người dân thoát nạn khi có cháy, nhất là với nhà ống có lồng sắt kín.',
    ],
    bylines: [{ user: 'reporter3', role: 'writer' }],
    createdBy: 'reporter3',
    assignee: 'reporter3',
    channels: ['RADIO'],
    radio: {
      script:
        'Thưa quý vị, tại phường Thái Bình, mỗi tổ dân phố đã có một điểm chữa cháy công cộng với bình chữa cháy, búa và thang dây. Công an phường khuyến cáo các hộ gia đình, nhất là nhà ống có lồng sắt, cần mở lối thoát hiểm thứ hai và trang bị thiết bị báo khói.',
      targetSeconds: 30,
    },
  },
  {
    key: 'de-tai-ca-nhac-theo-yeu-cau',
    desk: 'PT',
    section: 'ban-tin-phat-thanh',
    state: 'idea',
    headline: 'Đề tài: Chuyên mục ca nhạc theo yêu cầu qua Zalo',
    body: [
      'Ý tưởng: thính giả gửi lời chúc và bài hát yêu cầu qua Zalo OA; biên tập viên chọn và phát vào tối thứ Bảy.',
      'Cần trao đổi với bộ phận bản quyền về danh mục bài hát được phép phát sóng.',
    ],
    createdBy: 'reporter3',
  },
  {
    key: 'truong-quay-moi',
    desk: 'TH',
    section: 'thoi-su-truyen-hinh',
    topics: ['chuyen-doi-so'],
    places: ['Hưng Yên', 'Phường Phố Hiến'],
    state: 'published',
    hoursAgo: 4,
    headline: 'Trường quay mới của cơ quan báo chí hợp nhất đi vào hoạt động',
    standfirst:
      'Bản tin thời sự tối được sản xuất tại trường quay mới, dùng chung cho truyền hình, phát thanh có hình và báo điện tử.',
    body: [
      'Sau khi hợp nhất báo và đài, cơ quan đã cải tạo một trường quay dùng chung cho các bản tin truyền hình, phát thanh có hình và video trên báo điện tử.',
      'Trường quay được trang bị hệ thống đèn LED tiết kiệm điện, phông xanh và máy quay điều khiển từ xa. Quy trình sản xuất được tổ chức theo mô hình tòa soạn hội tụ: một kịch bản, nhiều kênh phát hành.',
      'Theo lãnh đạo cơ quan, trường quay mới giúp rút ngắn thời gian từ khi tin được duyệt đến khi lên sóng.',
    ],
    bylines: [
      { user: 'reporter3', role: 'writer' },
      { user: 'reporter3', role: 'camera' },
      { user: 'chief2', role: 'editor' },
    ],
    createdBy: 'reporter3',
    channels: ['TV', 'WEB', 'ZALO'],
    image: 'studio',
    tv: {
      script:
        '[DẪN] Kính chào quý vị. Bản tin thời sự tối nay được phát đi từ trường quay mới của Báo và Phát thanh, Truyền hình Hưng Yên.\n[LỜI BÌNH] Hệ thống đèn LED, phông xanh và máy quay điều khiển từ xa cho phép một ê-kíp nhỏ sản xuất bản tin cho cả truyền hình, phát thanh có hình và báo điện tử.\n[PHỎNG VẤN] Đạo diễn hình: "Một kịch bản, nhiều kênh phát hành – tin được duyệt là lên sóng nhanh hơn."',
      shotList:
        'Cảnh rộng trường quay; phát thanh viên vào vị trí; phòng điều khiển; cận máy quay robot; phỏng vấn đạo diễn hình.',
      targetSeconds: 60,
    },
    social: {
      text: 'Bản tin thời sự tối nay lên sóng từ trường quay mới: một kịch bản, nhiều kênh – truyền hình, phát thanh có hình và báo điện tử.',
    },
  },
  {
    key: 'phong-su-nguoi-giu-de',
    desk: 'TH',
    section: 'thoi-su-truyen-hinh',
    topics: ['phong-chong-thien-tai', 'kinh-te-bien'],
    places: ['Hưng Yên', 'Xã Thái Thụy'],
    state: 'scheduled',
    scheduledInHours: 5,
    headline: 'Phóng sự: Những người giữ đê biển',
    standfirst: 'Một ngày cùng lực lượng quản lý đê nhân dân ở vùng ven biển, những người thuộc từng mét đê.',
    body: [
      'Từ tờ mờ sáng, những người quản lý đê nhân dân đã đi tuần trên tuyến đê biển. Họ ghi lại từng vết nứt, từng chỗ mái đê bị sóng làm bong đá.',
      'Phóng sự ghi lại công việc thầm lặng của họ trong những ngày chuẩn bị cho mùa mưa bão.',
    ],
    bylines: [
      { user: 'reporter3', role: 'writer' },
      { user: 'reporter3', role: 'camera' },
      { user: 'editor2', role: 'editor' },
    ],
    createdBy: 'reporter3',
    channels: ['TV', 'WEB'],
    image: 'beach',
    tv: {
      script:
        '[LỜI BÌNH] Bốn giờ sáng, con đê biển còn chìm trong sương. Ánh đèn pin của những người quản lý đê nhân dân lần theo từng mét kè đá.\n[PHỎNG VẤN] Một thành viên tổ quản lý đê: "Đê là nhà. Mùa bão, anh em ngủ luôn ở điếm canh."\n[LỜI BÌNH] Với họ, mỗi vết nứt nhỏ đều phải được ghi lại và báo ngay, trước khi cơn bão đầu mùa đổ bộ.',
      shotList:
        'Bình minh trên đê; đèn pin dò kè đá; điếm canh đê; sổ nhật ký tuần tra; phỏng vấn; flycam tuyến đê.',
      targetSeconds: 300,
    },
  },
  {
    key: 'chung-ket-hoi-thi-chuyen-doi-so',
    desk: 'TH',
    section: 'thoi-su-truyen-hinh',
    topics: ['chuyen-doi-so'],
    places: ['Hưng Yên'],
    state: 'edited',
    headline: 'Truyền hình trực tiếp chung kết hội thi tuyên truyền viên chuyển đổi số',
    standfirst: 'Sáu đội đến từ các xã, phường tranh tài với tiểu phẩm, thuyết trình và xử lý tình huống.',
    body: [
      'Đêm chung kết được truyền hình trực tiếp trên Kênh Truyền hình Hưng Yên và phát trực tuyến trên báo điện tử, Zalo OA của cơ quan.',
      'Các đội thi thể hiện tiểu phẩm về hướng dẫn người dân dùng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và phòng tránh lừa đảo qua mạng.',
    ],
    bylines: [
      { user: 'reporter3', role: 'writer' },
      { user: 'editor2', role: 'editor' },
    ],
    createdBy: 'reporter3',
    assignee: 'reporter3',
    channels: ['TV', 'WEB', 'ZALO'],
    image: 'studio',
    tv: {
      script:
        '[DẪN] Kính chào quý vị khán giả. Chào mừng quý vị đến với đêm chung kết hội thi tuyên truyền viên chuyển đổi số, được truyền hình trực tiếp từ nhà văn hóa trung tâm tỉnh.',
      shotList: 'Sân khấu; sáu đội thi; ban giám khảo; khán giả cổ vũ.',
      targetSeconds: 5400,
    },
  },
  {
    key: 'phong-su-cham-bac',
    desk: 'TH',
    section: 'thoi-su-truyen-hinh',
    topics: ['di-tich-le-hoi', 'san-pham-ocop'],
    places: ['Hưng Yên', 'Xã Kiến Xương'],
    state: 'assigned',
    headline: 'Phóng sự: Tiếng búa chạm bạc ở làng nghề',
    standfirst: 'Phóng sự 5 phút về những nghệ nhân giữ nghề chạm bạc truyền thống.',
    body: [
      'Giao quay tại một làng nghề chạm bạc truyền thống: nghệ nhân cao tuổi, lớp thợ trẻ, sản phẩm đạt OCOP và cách làng nghề bán hàng qua mạng.',
      'Yêu cầu: có cảnh cận tay nghệ nhân, âm thanh hiện trường tiếng búa; xin phép trước khi quay trong nhà dân.',
    ],
    createdBy: 'chief2',
    assignee: 'reporter3',
    channels: ['TV', 'WEB'],
    tv: { script: '[Kịch bản sẽ viết sau khi khảo sát.]', targetSeconds: 300 },
  },
  {
    key: 'banh-cay-vao-vu-tet',
    desk: 'TH',
    section: 'thoi-su-truyen-hinh',
    topics: ['san-pham-ocop'],
    places: ['Hưng Yên', 'Xã Đông Hưng'],
    state: 'drafting',
    headline: 'Làng làm bánh cáy tất bật vào vụ Tết',
    standfirst: 'Đặc sản bánh cáy được nhiều gia đình sản xuất quanh năm, nhưng cao điểm vẫn là tháng Chạp.',
    body: [
      'Mùi gừng, mùi mạch nha thơm khắp các ngõ xóm. Các lò bánh làm việc từ sáng sớm đến tối muộn để kịp những đơn hàng Tết.',
      '[Đang dựng: cần thêm phỏng vấn chủ cơ sở sản xuất và số liệu tiêu thụ.]',
    ],
    bylines: [{ user: 'reporter3', role: 'camera' }],
    createdBy: 'reporter3',
    assignee: 'reporter3',
    channels: ['TV'],
    tv: {
      script:
        '[LỜI BÌNH] Tháng Chạp, khi gió mùa tràn về, cũng là lúc những lò bánh cáy đỏ lửa suốt ngày đêm. Gạo nếp, gừng, vừng, mỡ phần, cà rốt… tất cả hòa quyện thành thứ đặc sản làm quà biếu của vùng quê.',
      shotList: 'Lò bánh; cận tay cắt bánh; đóng gói; phỏng vấn.',
      targetSeconds: 120,
    },
  },
]
