import type { Motif } from '../svgScene'

export type ImageSeed = {
  key: string
  filename: string
  motif: Motif
  /** Sky top, sky bottom, ground. */
  palette: [string, string, string]
  label: string
  alt: string
  altEn: string
  caption: string
  credit: string
  rights: string
  /** Days from seeding; negative = rights already expired (the library must flag it). */
  rightsExpiryInDays?: number
  /** Percentages, as Payload stores the focal point; the social crop follows it. */
  focal?: { x: number; y: number }
}

const OWN = 'Báo và Phát thanh, Truyền hình Hưng Yên – mọi quyền được bảo lưu'

export const IMAGES: readonly ImageSeed[] = [
  {
    key: 'rice',
    filename: 'canh-dong-lua-thai-thuy.jpg',
    motif: 'fields',
    palette: ['#7cc3f0', '#d8eefa', '#8fbf4a'],
    label: 'Cánh đồng lúa vụ mùa – xã Thái Thụy',
    alt: 'Cánh đồng lúa chín vàng trải dài tới chân trời',
    altEn: 'Ripe rice fields stretching to the horizon',
    caption: 'Máy gặt đập liên hợp thu hoạch lúa vụ mùa trên cánh đồng mẫu lớn ở xã Thái Thụy.',
    credit: 'Ảnh: Hoàng Minh Tuấn',
    rights: OWN,
    focal: { x: 35, y: 60 },
  },
  {
    key: 'longan',
    filename: 'vuon-nhan-long-hong-chau.jpg',
    motif: 'orchard',
    palette: ['#9fd3f5', '#eef7e2', '#5b8f3a'],
    label: 'Vườn nhãn lồng – phường Hồng Châu',
    alt: 'Vườn nhãn sai quả, tán cây tròn xanh thẫm',
    altEn: 'A longan orchard heavy with fruit',
    caption: 'Nhà vườn ở phường Hồng Châu thu hoạch nhãn lồng chính vụ, chuẩn bị đóng hộp gửi đi các tỉnh.',
    credit: 'Ảnh: Ngô Thanh Hương',
    rights: OWN,
    focal: { x: 62, y: 48 },
  },
  {
    key: 'bridge',
    filename: 'cau-vuot-song-hong.jpg',
    motif: 'river',
    palette: ['#f6b26b', '#fde6c8', '#6f9e4f'],
    label: 'Cầu vượt sông Hồng lúc hoàng hôn',
    alt: 'Cây cầu dây văng bắc qua dòng sông rộng lúc chiều tà',
    altEn: 'A cable-stayed bridge over a wide river at dusk',
    caption: 'Công trình cầu vượt sông Hồng nối Hưng Yên với các tỉnh lân cận đang vào giai đoạn hoàn thiện.',
    credit: 'Ảnh: Đỗ Văn Hiếu',
    rights: OWN,
    focal: { x: 50, y: 45 },
  },
  {
    key: 'service-centre',
    filename: 'trung-tam-phuc-vu-hanh-chinh-cong-xa.jpg',
    motif: 'building',
    palette: ['#8ec9ef', '#e4f3fc', '#c9c2b2'],
    label: 'Trung tâm Phục vụ hành chính công xã',
    alt: 'Trụ sở hai tầng của trung tâm phục vụ hành chính công cấp xã',
    altEn: 'The two-storey public service centre of a commune',
    caption:
      'Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công xã Khoái Châu sau sắp xếp đơn vị hành chính.',
    credit: 'Ảnh: Hoàng Minh Tuấn',
    rights: OWN,
  },
  {
    key: 'festival',
    filename: 'le-hoi-den-tran.jpg',
    motif: 'temple',
    palette: ['#f4d06f', '#fbf1cf', '#b5854b'],
    label: 'Lễ hội truyền thống mùa xuân',
    alt: 'Mái đình cong với đèn lồng đỏ trong ngày hội',
    altEn: 'Curved temple roofs hung with red lanterns on festival day',
    caption: 'Đông đảo du khách về dự lễ hội truyền thống đầu xuân tại khu di tích ở phường Trần Hưng Đạo.',
    credit: 'Ảnh: CTV Nguyễn Văn Bình',
    rights: 'Cộng tác viên Nguyễn Văn Bình – cấp quyền sử dụng cho tòa soạn',
    rightsExpiryInDays: 365,
    focal: { x: 50, y: 35 },
  },
  {
    key: 'beach',
    filename: 'bai-bien-dong-chau.jpg',
    motif: 'sea',
    palette: ['#6ec6f0', '#d9f1fb', '#f1dcaa'],
    label: 'Bãi biển Đồng Châu',
    alt: 'Bãi cát dài và những con sóng nhỏ dưới trời xanh',
    altEn: 'A long sandy beach with small waves under a blue sky',
    caption: 'Khu du lịch biển Đồng Châu chuẩn bị đón khách dịp hè với nhiều dịch vụ mới.',
    credit: 'Ảnh: Bùi Thị Lan Anh',
    rights: OWN,
    focal: { x: 30, y: 55 },
  },
  {
    key: 'industry',
    filename: 'khu-cong-nghiep-my-hao.jpg',
    motif: 'factory',
    palette: ['#a7c7dc', '#eef3f6', '#9aa79a'],
    label: 'Khu công nghiệp – phường Mỹ Hào',
    alt: 'Dãy nhà xưởng mái tôn và ống khói trong khu công nghiệp',
    altEn: 'Rows of factory sheds and chimneys in an industrial park',
    caption:
      'Nhà xưởng trong một khu công nghiệp tại phường Mỹ Hào; nhiều doanh nghiệp đang tuyển thêm lao động.',
    credit: 'Ảnh: Ngô Thanh Hương',
    rights: OWN,
  },
  {
    key: 'school',
    filename: 'truong-tieu-hoc-vu-thu.jpg',
    motif: 'school',
    palette: ['#86c5ee', '#eaf6fd', '#7fb069'],
    label: 'Ngày khai giảng ở xã Vũ Thư',
    alt: 'Ngôi trường ba tầng sơn vàng với sân trường rợp bóng cây',
    altEn: 'A three-storey yellow school building with a shaded yard',
    caption: 'Học sinh trường tiểu học ở xã Vũ Thư trong ngày khai giảng năm học mới.',
    credit: 'Ảnh: Bùi Thị Lan Anh',
    rights: OWN,
  },
  {
    key: 'clinic',
    filename: 'tram-y-te-xa-tien-lu.jpg',
    motif: 'clinic',
    palette: ['#9ad0f2', '#f0f8fd', '#b8d8b0'],
    label: 'Trạm y tế xã Tiên Lữ',
    alt: 'Trạm y tế xã một tầng, mái ngói đỏ, sân lát gạch',
    altEn: 'A single-storey commune health station with a red-tiled roof',
    caption: 'Trạm y tế xã Tiên Lữ được đầu tư trang thiết bị để khám chữa bệnh ban đầu cho người dân.',
    credit: 'Ảnh: Bùi Thị Lan Anh',
    rights: OWN,
  },
  {
    key: 'studio',
    filename: 'truong-quay-thoi-su.jpg',
    motif: 'studio',
    palette: ['#1d2b4f', '#3b4f7d', '#2a2f3a'],
    label: 'Trường quay thời sự',
    alt: 'Trường quay truyền hình với máy quay và đèn chiếu',
    altEn: 'A television studio with cameras and lights',
    caption: 'Ê-kíp Ban Truyền hình chuẩn bị bản tin thời sự tối tại trường quay mới của cơ quan hợp nhất.',
    credit: 'Ảnh: Đỗ Văn Hiếu',
    rights: OWN,
    focal: { x: 40, y: 50 },
  },
  {
    key: 'loudspeaker',
    filename: 'loa-truyen-thanh-thong-minh.jpg',
    motif: 'loudspeaker',
    palette: ['#8fd0f0', '#e7f5fb', '#86b35a'],
    label: 'Cụm loa truyền thanh thông minh',
    alt: 'Cột loa truyền thanh bên cánh đồng làng',
    altEn: 'A village loudspeaker pole beside the fields',
    caption: 'Cụm loa truyền thanh ứng dụng công nghệ thông tin – viễn thông ở xã Quỳnh Phụ.',
    credit: 'Ảnh tư liệu: CTV Trần Văn Sơn',
    rights: 'Mua quyền sử dụng 12 tháng từ CTV Trần Văn Sơn',
    rightsExpiryInDays: -30,
    focal: { x: 70, y: 40 },
  },
  {
    key: 'market',
    filename: 'phien-cho-ocop.jpg',
    motif: 'market',
    palette: ['#f7c873', '#fdf0d5', '#c98d4b'],
    label: 'Phiên chợ sản phẩm OCOP',
    alt: 'Các gian hàng mái bạt nhiều màu bày bán đặc sản địa phương',
    altEn: 'Colourful market stalls selling local specialities',
    caption: 'Phiên chợ giới thiệu sản phẩm OCOP của các xã, phường trong tỉnh thu hút đông người mua.',
    credit: 'Ảnh: Ngô Thanh Hương',
    rights: OWN,
  },
]
