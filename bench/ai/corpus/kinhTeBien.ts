import { paragraphs, type LabelledText } from './types'

const desk = 'Kinh tế biển'

export const KINH_TE_BIEN: LabelledText[] = [
  {
    id: 'kb-01',
    desk,
    headline: 'Nghề nuôi ngao ven biển Hưng Yên hướng tới xuất khẩu sang châu Âu',
    body: paragraphs(
      'Vùng nuôi ngao rộng hơn 2.600 ha ở các xã ven biển Nam Thụy Anh, Đông Tiền Hải và Nam Tiền Hải của tỉnh Hưng Yên đang được chuẩn hóa theo tiêu chuẩn ASC để đủ điều kiện xuất khẩu sang châu Âu.',
      'Hợp tác xã Thủy sản Nam Thụy Anh đã liên kết với một doanh nghiệp chế biến ở Hải Phòng, cam kết thu mua ngao thương phẩm với giá ổn định 18.000–22.000 đồng/kg. Các hộ nuôi phải ghi chép nhật ký, kiểm soát mật độ thả giống và không dùng hóa chất cấm.',
      'Những năm gần đây, hiện tượng ngao chết hàng loạt khi nắng nóng kéo dài khiến nhiều hộ thua lỗ. Ngành nông nghiệp đang lắp đặt trạm quan trắc tự động môi trường nước để cảnh báo sớm cho người nuôi.',
      'Để giảm rủi ro, hợp tác xã khuyến khích các hộ nuôi mua bảo hiểm nông nghiệp và luân phiên thả giống theo từng khu. Một số hộ đã thử nghiệm nuôi ngao kết hợp rong biển, giúp cải thiện chất lượng nước và có thêm nguồn thu.',
    ),
    places: ['Hưng Yên', 'Xã Nam Thụy Anh', 'Xã Đông Tiền Hải', 'Xã Nam Tiền Hải', 'Hải Phòng'],
    topics: ['kinh-te-bien'],
    people: [],
    organisations: ['Hợp tác xã Thủy sản Nam Thụy Anh'],
  },
  {
    id: 'kb-02',
    desk,
    headline: 'Nâng cấp cảng cá Diêm Điền thành cảng cá loại I',
    body: paragraphs(
      'UBND tỉnh Hưng Yên phê duyệt dự án nâng cấp cảng cá Diêm Điền ở xã Thái Thụy với tổng vốn 320 tỷ đồng. Sau nâng cấp, cảng có thể tiếp nhận tàu cá công suất đến 1.000 CV và 120.000 tấn hàng thủy sản qua cảng mỗi năm.',
      'Dự án gồm nạo vét luồng vào cảng, xây mới 400 m cầu cảng, khu chợ đầu mối thủy sản và hệ thống xử lý nước thải. Cảng cũng sẽ lắp đặt hệ thống giám sát tàu cá ra vào, phục vụ chống khai thác bất hợp pháp, không báo cáo và không theo quy định (IUU).',
      'Ngư dân Phạm Văn Lực, chủ tàu cá 800 CV, cho biết luồng lạch cạn khiến tàu lớn phải chờ nước lên mới vào được cảng, nhiều chuyến cá bị giảm giá vì chậm lên bờ.',
    ),
    places: ['Hưng Yên', 'Xã Thái Thụy'],
    topics: ['kinh-te-bien'],
    people: ['Phạm Văn Lực'],
    organisations: [],
  },
  {
    id: 'kb-03',
    desk,
    headline: 'Biển Cồn Vành hút khách dịp nghỉ lễ',
    body: paragraphs(
      'Dịp nghỉ lễ 30/4 – 1/5, khu du lịch biển Cồn Vành ở xã Nam Cường, tỉnh Hưng Yên đón khoảng 35.000 lượt khách, tăng gần gấp đôi năm trước. Khách chủ yếu đến từ Hà Nội, Hải Phòng và các xã, phường trong tỉnh.',
      'Rừng phi lao ven biển, bãi cát dài và hải sản tươi như ngao, cua, cá bống bớp là điểm hút khách. Các nhà hàng niêm yết giá công khai, chính quyền xã lập đường dây nóng tiếp nhận phản ánh về chặt chém, ép giá.',
      'Tuy nhiên, hạ tầng du lịch còn hạn chế: thiếu khách sạn đạt chuẩn, bãi đỗ xe và nhà vệ sinh công cộng. Tỉnh đang kêu gọi đầu tư khu du lịch sinh thái biển Cồn Vành – Cồn Thủ với quy mô 400 ha.',
      'Trong dịp hè, xã tổ chức chuỗi sự kiện văn hóa, thể thao bãi biển như bóng đá bãi biển, thả diều, liên hoan ẩm thực hải sản. Ban quản lý khu du lịch cũng bố trí lực lượng cứu hộ, cắm biển cảnh báo những khu vực có dòng chảy xa bờ nguy hiểm.',
    ),
    places: ['Hưng Yên', 'Xã Nam Cường', 'Hà Nội', 'Hải Phòng'],
    topics: ['kinh-te-bien'],
    people: [],
    organisations: [],
  },
  {
    id: 'kb-04',
    desk,
    headline: 'Điện gió ngoài khơi: hai dự án thí điểm được cấp phép khảo sát biển',
    body: paragraphs(
      'Hai doanh nghiệp nhà nước vừa được cấp phép khảo sát biển cho các dự án điện gió ngoài khơi thí điểm tại vùng biển ngoài khơi Bình Thuận cũ, nay thuộc tỉnh Lâm Đồng, và vùng biển Quảng Ninh. Tổng công suất dự kiến 1.500 MW.',
      'Theo Bộ Công Thương, vùng biển Nam Trung Bộ có tốc độ gió trung bình trên 9 m/s, thuộc loại tốt nhất khu vực. Ninh Thuận cũ, nay thuộc Khánh Hòa, cũng đang đề xuất một dự án điện gió ngoài khơi gắn với trung tâm năng lượng tái tạo.',
      'Giới chuyên gia cho rằng cần sớm hoàn thiện quy định về giao khu vực biển, đấu nối lưới điện và cơ chế giá để thu hút nhà đầu tư nước ngoài có kinh nghiệm.',
    ),
    places: ['Lâm Đồng', 'Quảng Ninh', 'Khánh Hòa'],
    topics: ['kinh-te-bien'],
    people: [],
    organisations: [],
  },
  {
    id: 'kb-05',
    desk,
    headline: 'Diêm dân xã Hưng Phú được mùa muối',
    body: paragraphs(
      'Những ngày nắng gắt đầu tháng 6, diêm dân xã Hưng Phú, tỉnh Hưng Yên tất bật thu hoạch muối. Năng suất bình quân đạt 80–90 kg mỗi ô kết tinh một ngày, giá muối tại ruộng 2.500–3.000 đồng/kg, cao hơn cùng kỳ năm ngoái.',
      'Xã hiện còn khoảng 60 ha đồng muối, giảm một nửa so với 10 năm trước do nhiều hộ chuyển sang nuôi tôm, nuôi ngao. Nghề làm muối vất vả, thu nhập bấp bênh nên lớp trẻ ít người theo nghề.',
      'Để giữ nghề truyền thống, xã đang hỗ trợ trải bạt ô kết tinh giúp hạt muối sạch hơn và liên kết với doanh nghiệp sản xuất muối tinh, muối tôm đóng gói mang thương hiệu riêng của địa phương.',
    ),
    places: ['Hưng Yên', 'Xã Hưng Phú'],
    topics: ['kinh-te-bien'],
    people: [],
    organisations: [],
  },
  {
    id: 'kb-06',
    desk,
    headline: 'Xã Đồng Châu trồng mới 20 ha rừng ngập mặn',
    body: paragraphs(
      'Hưởng ứng chương trình trồng một tỷ cây xanh, xã Đồng Châu, tỉnh Hưng Yên phối hợp với một tổ chức bảo tồn trồng mới 20 ha rừng ngập mặn, chủ yếu là cây bần chua và cây trang, tại các bãi bồi ven biển.',
      'Rừng ngập mặn giúp giảm sóng, bảo vệ đê biển, đồng thời là nơi sinh sống của nhiều loài thủy sản và chim di cư. Khu vực này nằm trong vùng đệm của Khu dự trữ sinh quyển thế giới châu thổ sông Hồng.',
      'Người dân tham gia trồng và chăm sóc rừng được trả công, sau ba năm được khai thác thủy sản dưới tán rừng theo quy chế cộng đồng. Xã cũng phát triển tour du lịch sinh thái kết hợp tắm biển.',
    ),
    places: ['Hưng Yên', 'Xã Đồng Châu'],
    topics: ['phong-chong-thien-tai', 'kinh-te-bien'],
    people: [],
    organisations: [],
  },
]
