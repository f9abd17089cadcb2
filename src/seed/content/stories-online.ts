import type { StorySeed } from './types'

/** Ban Báo điện tử: digital services, citizen feedback, explainers, wire-fed drafts. */
export const ONLINE_STORIES: StorySeed[] = [
  {
    key: 'dich-vu-cong-truc-tuyen',
    desk: 'DT',
    section: 'chuyen-doi-so',
    topics: ['chuyen-doi-so', 'sap-xep-don-vi-hanh-chinh'],
    places: ['Hưng Yên'],
    state: 'published',
    hoursAgo: 15,
    headline: 'Gần 90% hồ sơ thủ tục hành chính cấp xã được nộp trực tuyến',
    standfirst:
      'Sau khi bỏ cấp huyện, dịch vụ công trực tuyến trở thành "cửa chính" của người dân; các xã, phường cử tổ công nghệ số cộng đồng hướng dẫn tận nhà.',
    body: [
      'Theo báo cáo của cơ quan chuyên môn về khoa học và công nghệ của tỉnh, gần 90% hồ sơ thủ tục hành chính tại các xã, phường trong tháng qua được nộp trực tuyến, tăng mạnh so với trước khi sắp xếp.',
      'Các thủ tục có tỷ lệ nộp trực tuyến cao nhất là chứng thực bản sao điện tử, đăng ký khai sinh, đăng ký thường trú và cấp phiếu lý lịch tư pháp.',
      '## Tổ công nghệ số cộng đồng đến từng nhà',
      'Ở nhiều thôn, tổ dân phố, thành viên tổ công nghệ số cộng đồng – phần lớn là đoàn viên thanh niên – đến tận nhà hướng dẫn người cao tuổi cài đặt ứng dụng định danh điện tử và nộp hồ sơ.',
      'Tỉnh đặt mục tiêu đến cuối năm, mọi thủ tục đủ điều kiện đều được cung cấp trực tuyến toàn trình, kết quả trả về tài khoản điện tử của người dân.',
    ],
    bylines: [
      { user: 'reporter4', role: 'writer' },
      { user: 'editor1', role: 'editor' },
    ],
    createdBy: 'reporter4',
    channels: ['WEB', 'ZALO', 'E-PAPER'],
    image: 'service-centre',
    web: {
      seoDescription:
        'Gần 90% hồ sơ thủ tục hành chính cấp xã ở Hưng Yên được nộp trực tuyến; tổ công nghệ số cộng đồng hướng dẫn tận nhà.',
    },
    social: {
      text: 'Gần 90% hồ sơ thủ tục hành chính cấp xã ở Hưng Yên đã được nộp trực tuyến. Cần hỗ trợ? Tổ công nghệ số cộng đồng ở thôn, tổ dân phố sẽ hướng dẫn tận nhà.',
      hashtags: '#ChuyểnĐổiSố #DịchVụCông',
    },
  },
  {
    key: 'phan-anh-qua-zalo',
    desk: 'DT',
    section: 'chuyen-doi-so',
    topics: ['chuyen-doi-so', 'thong-tin-co-so'],
    places: ['Hưng Yên', 'Phường Sơn Nam', 'Xã Văn Giang'],
    state: 'published',
    hoursAgo: 80,
    headline: 'Gửi phản ánh qua Zalo, người dân nhận trả lời của xã trong 48 giờ',
    standfirst:
      'Đèn đường hỏng, rác thải, lấn chiếm vỉa hè… được người dân chụp ảnh gửi qua Zalo OA và theo dõi kết quả xử lý.',
    body: [
      'Chị Nguyễn Thu Trang ở phường Sơn Nam chụp ảnh một cột đèn đường bị hỏng, gửi qua Zalo OA của phường lúc 21 giờ. Sáng hôm sau, chị nhận được tin nhắn xác nhận và đến chiều, đèn đã được thay.',
      'Theo quy chế của nhiều xã, phường, mỗi phản ánh phải được trả lời trong 48 giờ; trường hợp phức tạp phải thông báo thời hạn xử lý. Kết quả được công khai để người dân cùng theo dõi.',
      'Tại xã Văn Giang, phần lớn phản ánh liên quan đến vệ sinh môi trường và trật tự xây dựng. Xã giao từng lĩnh vực cho một công chức đầu mối.',
    ],
    bylines: [{ user: 'reporter4', role: 'writer' }],
    createdBy: 'reporter4',
    channels: ['WEB', 'ZALO'],
    social: {
      text: 'Đèn đường hỏng, rác thải, lấn chiếm vỉa hè? Chụp ảnh gửi qua Zalo OA của xã, phường – mỗi phản ánh được trả lời trong 48 giờ.',
    },
  },
  {
    key: 'cho-ocop-truc-tuyen',
    desk: 'DT',
    section: 'kinh-te',
    topics: ['san-pham-ocop', 'chuyen-doi-so'],
    places: ['Hưng Yên', 'Xã Yên Mỹ'],
    state: 'published',
    hoursAgo: 26,
    headline: 'Phiên chợ OCOP trực tuyến bán hơn 3 tấn nông sản trong một buổi tối',
    standfirst:
      'Các chủ thể OCOP livestream giới thiệu sản phẩm; đơn hàng được giao qua bưu điện ngay hôm sau.',
    body: [
      'Phiên chợ trực tuyến do ngành công thương phối hợp với bưu điện tỉnh tổ chức đã thu hút hàng chục nghìn lượt xem. Các sản phẩm bán chạy nhất là long nhãn, gạo đặc sản, mật ong và nước mắm.',
      'Một hợp tác xã ở xã Yên Mỹ cho biết chỉ trong hai giờ livestream đã nhận hơn 400 đơn hàng, nhiều gấp ba lần một tháng bán tại cửa hàng.',
      'Ban tổ chức dự kiến duy trì phiên chợ trực tuyến mỗi tháng một lần, ưu tiên các chủ thể mới đạt chuẩn OCOP.',
    ],
    bylines: [
      { user: 'reporter4', role: 'writer' },
      { user: 'reporter4', role: 'photographer' },
    ],
    createdBy: 'reporter4',
    channels: ['WEB', 'ZALO', 'BAO-IN'],
    image: 'market',
    assets: ['market', 'longan'],
    print: { plannedLength: 450 },
    social: {
      text: 'Hơn 3 tấn nông sản OCOP bán hết trong một buổi tối livestream! Phiên chợ trực tuyến tiếp theo sẽ diễn ra vào tháng sau.',
      hashtags: '#OCOP',
    },
  },
  {
    key: 'canh-bao-gia-danh-can-bo',
    desk: 'DT',
    section: 'xa-hoi',
    topics: ['chuyen-doi-so'],
    places: ['Hưng Yên'],
    state: 'corrected',
    hoursAgo: 40,
    headline: 'Cảnh giác thủ đoạn giả danh cán bộ xã yêu cầu "cập nhật dữ liệu sau sáp nhập"',
    standfirst:
      'Kẻ gian gọi điện, gửi đường link giả mạo, yêu cầu người dân cài ứng dụng để "đổi địa chỉ trên căn cước" rồi chiếm đoạt tài khoản ngân hàng.',
    body: [
      'Công an tỉnh cho biết thời gian gần đây xuất hiện các cuộc gọi giả danh cán bộ xã, phường, yêu cầu người dân cập nhật địa chỉ mới sau sáp nhập bằng cách cài ứng dụng lạ hoặc truy cập đường link.',
      'Cơ quan chức năng khẳng định người dân không phải làm thủ tục đổi giấy tờ chỉ vì địa giới hành chính thay đổi, và cán bộ không bao giờ yêu cầu cung cấp mã OTP hay mật khẩu ngân hàng qua điện thoại.',
      'Khi nghi ngờ, người dân liên hệ trực tiếp công an xã, phường nơi cư trú hoặc gọi số khẩn cấp 113.',
    ],
    bylines: [
      { user: 'reporter4', role: 'writer' },
      { user: 'editor1', role: 'editor' },
    ],
    createdBy: 'reporter4',
    channels: ['WEB', 'ZALO', 'RADIO'],
    radio: {
      script:
        'Thưa quý vị, công an tỉnh cảnh báo thủ đoạn giả danh cán bộ xã, phường gọi điện yêu cầu người dân cài ứng dụng lạ để cập nhật địa chỉ sau sáp nhập. Xin nhớ: người dân không phải đổi giấy tờ chỉ vì địa giới thay đổi, và cán bộ không bao giờ hỏi mã OTP hay mật khẩu ngân hàng. Khi nghi ngờ, hãy gọi số khẩn cấp một một ba.',
      targetSeconds: 35,
    },
    social: {
      text: 'CẢNH GIÁC: cán bộ xã không bao giờ gọi điện yêu cầu cài ứng dụng hay cung cấp mã OTP để "cập nhật địa chỉ sau sáp nhập". Nghi ngờ, hãy gọi 113.',
    },
    corrections: ['Bản trước ghi số điện thoại khẩn cấp là 114 (cứu hỏa); số đúng để báo công an là 113.'],
  },
  {
    key: 'lich-tiep-cong-dan-tu-dong',
    desk: 'DT',
    section: 'chinh-quyen-hai-cap',
    topics: ['thong-tin-co-so'],
    places: ['Hưng Yên'],
    state: 'drafting',
    headline: 'Lịch tiếp công dân định kỳ của UBND các xã, phường trong tháng',
    standfirst:
      'Bản tin tạo tự động từ hệ thống thông tin nguồn của tỉnh; biên tập viên kiểm tra trước khi đăng.',
    body: [
      'Dữ liệu nhận từ hệ thống thông tin nguồn: lịch tiếp công dân định kỳ của chủ tịch UBND các xã, phường trong tháng, địa điểm và đầu mối liên hệ.',
      'Biên tập viên cần đối chiếu với thông báo chính thức trên trang thông tin điện tử của từng xã trước khi chuyển duyệt.',
    ],
    bylines: [{ name: 'Hệ thống thông tin nguồn tỉnh', role: 'writer' }],
    createdBy: 'api',
    channels: ['WEB', 'ZALO'],
  },
  {
    key: 'hoi-dap-giay-to-sau-sap-nhap',
    desk: 'DT',
    section: 'chinh-quyen-hai-cap',
    topics: ['sap-xep-don-vi-hanh-chinh'],
    places: ['Hưng Yên'],
    state: 'approved',
    headline: 'Hỏi – đáp: Có phải đổi căn cước, sổ đỏ khi tên xã, tỉnh thay đổi?',
    standfirst:
      'Những câu hỏi bạn đọc gửi về nhiều nhất sau khi sắp xếp đơn vị hành chính, được cơ quan chức năng giải đáp.',
    body: [
      'Hỏi: Căn cước của tôi ghi địa chỉ huyện cũ, tỉnh Thái Bình. Tôi có phải làm lại không? Trả lời: Không bắt buộc. Giấy tờ đã cấp vẫn có giá trị sử dụng; người dân chỉ cập nhật khi có nhu cầu hoặc khi cấp đổi theo quy định.',
      'Hỏi: Sổ đỏ ghi tên xã cũ có ảnh hưởng khi mua bán? Trả lời: Giấy chứng nhận đã cấp vẫn hợp pháp. Khi thực hiện giao dịch, cơ quan đăng ký đất đai cập nhật thông tin địa giới mới.',
      'Hỏi: Tôi nộp hồ sơ ở đâu khi không còn cấp huyện? Trả lời: Tại trung tâm phục vụ hành chính công của xã, phường hoặc trực tuyến trên Cổng dịch vụ công.',
    ],
    bylines: [
      { user: 'reporter4', role: 'writer' },
      { user: 'editor1', role: 'editor' },
    ],
    createdBy: 'reporter4',
    assignee: 'reporter4',
    channels: ['WEB', 'BAO-IN', 'ZALO'],
    print: { headline: 'Đổi tên xã, tỉnh: giấy tờ cũ vẫn dùng được', plannedLength: 600 },
    social: {
      text: 'Tên xã, tỉnh thay đổi – có phải đổi căn cước, sổ đỏ? Không bắt buộc: giấy tờ đã cấp vẫn có giá trị. Xem hỏi – đáp đầy đủ trên báo điện tử.',
    },
  },
  {
    key: 'thanh-toan-khong-tien-mat-cho-que',
    desk: 'DT',
    section: 'chuyen-doi-so',
    topics: ['chuyen-doi-so'],
    places: ['Hưng Yên', 'Xã Tiên Lữ'],
    state: 'submitted',
    headline: 'Quét mã QR ở chợ quê: tiểu thương quen dần thanh toán không dùng tiền mặt',
    standfirst: 'Từ hàng rau đến hàng cá, mã QR đã xuất hiện ở hầu hết các sạp trong chợ xã.',
    body: [
      'Bà Đỗ Thị Hằng bán rau ở chợ xã Tiên Lữ đã ba mươi năm. Trên sạp của bà giờ có tấm mã QR được bọc nhựa cẩn thận. "Con cháu đi làm về mua hàng toàn quét mã, mình không có là mất khách", bà nói.',
      'Đoàn thanh niên xã phối hợp với các ngân hàng hướng dẫn tiểu thương mở tài khoản, in mã QR và cài thông báo giọng nói khi nhận tiền để tránh bị lừa bằng ảnh chụp màn hình giả.',
    ],
    bylines: [{ user: 'reporter4', role: 'writer' }],
    createdBy: 'reporter4',
    assignee: 'reporter4',
    channels: ['WEB'],
  },
  {
    key: 'de-tai-ban-do-wifi',
    desk: 'DT',
    section: 'chuyen-doi-so',
    topics: ['chuyen-doi-so'],
    state: 'idea',
    headline: 'Đề tài: Bản đồ số các điểm wifi công cộng miễn phí',
    body: [
      'Ý tưởng: tổng hợp các điểm wifi công cộng miễn phí tại trung tâm hành chính công, nhà văn hóa, bến xe; làm bản đồ tương tác trên báo điện tử.',
      'Có thể mời bạn đọc gửi bổ sung qua Zalo OA.',
    ],
    createdBy: 'reporter4',
  },
]
