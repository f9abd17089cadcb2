/**
 * Realistic provincial news stories shared by the local provider's tests (written for these tests;
 * names of officials are placeholders). Body paragraphs are separated by a blank line, as the
 * tasks receive them.
 */
import type { StoryText } from '../../types'

export const investmentStory: StoryText = {
  locale: 'vi',
  headline: 'Quảng Ngãi trao chủ trương đầu tư cho 12 dự án tổng vốn hơn 25.000 tỷ đồng',
  standfirst:
    'Sáng 12/3, UBND tỉnh Quảng Ngãi tổ chức Hội nghị xúc tiến đầu tư năm 2025, trao quyết định chủ trương đầu tư cho 12 dự án với tổng vốn đăng ký hơn 25.000 tỷ đồng.',
  body: [
    'Sáng 12/3, tại TP. Quảng Ngãi, UBND tỉnh Quảng Ngãi tổ chức Hội nghị xúc tiến đầu tư năm 2025 với chủ đề “Quảng Ngãi – Điểm đến của nhà đầu tư”. Hội nghị thu hút hơn 300 doanh nghiệp trong và ngoài nước tham dự. Tại hội nghị, tỉnh đã trao quyết định chủ trương đầu tư cho 12 dự án với tổng vốn đăng ký hơn 25.000 tỷ đồng.',
    'Theo báo cáo của Sở Tài chính, năm 2024 tốc độ tăng trưởng kinh tế (GRDP) của tỉnh đạt 7,2%, cao hơn mức bình quân cả nước. Thu ngân sách nhà nước trên địa bàn đạt 31.500 tỷ đồng, vượt 12% dự toán. Các KCN Tịnh Phong, VSIP Quảng Ngãi và Khu kinh tế Dung Quất tiếp tục là động lực tăng trưởng chính của tỉnh, với tỷ lệ lấp đầy bình quân khoảng 65%.',
    'Phát biểu tại hội nghị, ông Nguyễn Văn An, Chủ tịch UBND tỉnh Quảng Ngãi, cho biết: “Tỉnh cam kết đồng hành cùng nhà đầu tư, giải quyết nhanh các thủ tục hành chính và bảo đảm mặt bằng sạch cho các dự án trọng điểm.” Ông cũng đề nghị các sở, ngành rút ngắn thời gian cấp phép xuống còn 3-5 ngày làm việc đối với hồ sơ đầy đủ.',
    'Trong số 12 dự án được trao chủ trương, có 4 dự án năng lượng tái tạo với tổng công suất 1.200 MW, 3 dự án hạ tầng KCN với diện tích 850 ha và 5 dự án du lịch, dịch vụ ven biển. Dự án lớn nhất là nhà máy điện khí LNG tại Khu kinh tế Dung Quất với vốn đầu tư khoảng 2,5 tỷ USD.',
    'Bên cạnh đó, tỉnh cũng công bố danh mục 45 dự án kêu gọi đầu tư giai đoạn 2025-2030, tập trung vào công nghiệp chế biến, logistics và nông nghiệp công nghệ cao. Dự kiến từ ngày 1/7/2025, Trung tâm Phục vụ hành chính công của tỉnh sẽ tiếp nhận hồ sơ đầu tư trực tuyến qua cổng dịch vụ công tại https://dichvucong.quangngai.gov.vn.',
    'Hội nghị kết thúc lúc 11h30 cùng ngày. Ban tổ chức cho biết sẽ tiếp tục tổ chức các đoàn xúc tiến đầu tư tại Nhật Bản và Hàn Quốc trong quý III/2025.',
  ].join('\n\n'),
}

export const floodStory: StoryText = {
  locale: 'vi',
  headline: 'Mưa lớn kéo dài, hơn 1.200 ha lúa tại Hưng Yên bị ngập úng',
  standfirst:
    'Do ảnh hưởng của hoàn lưu bão số 3, từ đêm 20/7 đến sáng 22/7, nhiều xã trên địa bàn tỉnh Hưng Yên có mưa to đến rất to, khiến hơn 1.200 ha lúa mới cấy bị ngập úng.',
  body: [
    'Chiều 22/7, Sở Nông nghiệp và Môi trường tỉnh Hưng Yên cho biết mưa lớn kéo dài đã làm hơn 1.200 ha lúa mới cấy bị ngập úng, tập trung tại các xã Quỳnh Phụ, Thái Thụy và Tiên Hưng. Nhiều diện tích lúa bị ngập sâu từ 0,3-0,5 m, có nguy cơ mất trắng nếu không được tiêu nước kịp thời.',
    'Theo Trung tâm Khí tượng thủy văn tỉnh, tổng lượng mưa phổ biến từ 150-250 mm, có nơi trên 300 mm. Mực nước trên các sông nội đồng dâng cao, nhiều tuyến đường liên xã bị ngập, gây khó khăn cho việc đi lại của người dân.',
    'Ngay trong chiều 22/7, đoàn công tác của tỉnh do ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh, dẫn đầu đã kiểm tra công tác tiêu úng tại các trạm bơm. Hiện toàn tỉnh đã vận hành 85 trạm bơm với công suất tiêu khoảng 2,5 triệu m3 nước mỗi giờ.',
    'Ông Trần Văn Bình yêu cầu các địa phương khẩn trương khơi thông dòng chảy, huy động lực lượng tại chỗ hỗ trợ người dân gia cố bờ vùng, bờ thửa. “Phải tiêu úng cho diện tích lúa trong 48 giờ tới, nếu để ngập lâu hơn cây lúa sẽ chết”, ông Bình nhấn mạnh.',
    'Theo ước tính ban đầu, thiệt hại do mưa lớn khoảng 18 tỷ đồng. Ngành nông nghiệp đang chuẩn bị 50 tấn lúa giống để hỗ trợ nông dân gieo cấy lại những diện tích bị mất trắng. Nhiệt độ những ngày tới dao động 27-33°C, thuận lợi cho việc gieo cấy bổ sung.',
  ].join('\n\n'),
}

export const schoolStory: StoryText = {
  locale: 'vi',
  headline: 'Gần 18.000 học sinh Khánh Hòa bước vào kỳ thi tuyển sinh lớp 10',
  standfirst:
    'Sáng 5/6, gần 18.000 học sinh tỉnh Khánh Hòa bước vào kỳ thi tuyển sinh lớp 10 THPT năm học 2025-2026 với ba môn thi Ngữ văn, Toán và Ngoại ngữ.',
  body: [
    'Sáng 5/6, gần 18.000 thí sinh tỉnh Khánh Hòa làm thủ tục dự thi tuyển sinh vào lớp 10 THPT năm học 2025-2026 tại 42 điểm thi. Theo Sở Giáo dục và Đào tạo, tỷ lệ thí sinh dự thi đạt 99,6%, cao hơn năm trước.',
    'Năm nay, các trường THPT công lập trên địa bàn tỉnh tuyển khoảng 13.500 chỉ tiêu, tương đương 75% số học sinh tốt nghiệp THCS. Trường THPT chuyên Lê Quý Đôn tuyển 420 học sinh cho 12 lớp chuyên.',
    'Bà Lê Thị Hoa, Phó Giám đốc Sở Giáo dục và Đào tạo, cho biết ngành đã bố trí lực lượng y tế, công an và điện lực tại tất cả điểm thi. “Chúng tôi yêu cầu các điểm thi bảo đảm an toàn tuyệt đối, không để thí sinh nào vì lý do khách quan mà lỡ kỳ thi”, bà Hoa nói.',
    'Kết quả thi dự kiến được công bố trước ngày 20/6. Thí sinh có thể tra cứu điểm trên cổng thông tin của Sở hoặc qua tổng đài 1900 1234 từ 8h sáng cùng ngày.',
  ].join('\n\n'),
}
