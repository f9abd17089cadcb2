import type { ChannelKind } from '../../lib/channels'

/**
 * The demo agency: the 2025 merger of the provincial newspapers and radio-TV stations of
 * Hưng Yên and Thái Bình. Addresses and URLs use the reserved .demo domain so nothing here can
 * be mistaken for the real agency's channels.
 */
export const AGENCY = {
  name: 'Báo và Phát thanh, Truyền hình Hưng Yên',
  shortName: 'Báo và PT-TH Hưng Yên',
  kind: 'merged' as const,
  address: 'Phường Phố Hiến, tỉnh Hưng Yên',
  website: 'https://hungyen.toasoan.demo',
}

export type PublicationCode = 'BAO-IN' | 'E-PAPER' | 'WEB' | 'RADIO' | 'TV' | 'ZALO'

export const PUBLICATIONS: ReadonlyArray<{
  code: PublicationCode
  name: string
  kind: ChannelKind
  url: string
}> = [
  { code: 'BAO-IN', name: 'Báo Hưng Yên (báo in)', kind: 'print', url: 'Phát hành thứ Hai – thứ Bảy' },
  {
    code: 'E-PAPER',
    name: 'Báo Hưng Yên – báo in điện tử',
    kind: 'epaper',
    url: 'https://hungyen.toasoan.demo/bao-in',
  },
  { code: 'WEB', name: 'Báo điện tử Hưng Yên', kind: 'website', url: 'https://hungyen.toasoan.demo' },
  {
    code: 'RADIO',
    name: 'Kênh Phát thanh Hưng Yên',
    kind: 'radio',
    url: 'https://hungyen.toasoan.demo/phat-thanh',
  },
  {
    code: 'TV',
    name: 'Kênh Truyền hình Hưng Yên',
    kind: 'tv',
    url: 'https://hungyen.toasoan.demo/truyen-hinh',
  },
  {
    code: 'ZALO',
    name: 'Zalo OA Báo và PT-TH Hưng Yên',
    kind: 'social',
    url: 'https://zalo.me/hungyen-toasoan-demo',
  },
]

export type DeskCode = 'TS' | 'KT' | 'VHXH' | 'PT' | 'TH' | 'DT'

export const DESKS: ReadonlyArray<{ code: DeskCode; vi: string; en: string }> = [
  { code: 'TS', vi: 'Ban Thời sự', en: 'News desk' },
  { code: 'KT', vi: 'Ban Kinh tế', en: 'Economy desk' },
  { code: 'VHXH', vi: 'Ban Văn hóa – Xã hội', en: 'Culture and society desk' },
  { code: 'PT', vi: 'Ban Phát thanh', en: 'Radio desk' },
  { code: 'TH', vi: 'Ban Truyền hình', en: 'Television desk' },
  { code: 'DT', vi: 'Ban Báo điện tử', en: 'Online desk' },
]

export const SECTIONS: ReadonlyArray<{ slug: string; vi: string; en: string; desk: DeskCode }> = [
  { slug: 'thoi-su', vi: 'Thời sự', en: 'News', desk: 'TS' },
  { slug: 'chinh-quyen-hai-cap', vi: 'Chính quyền hai cấp', en: 'Two-tier local government', desk: 'TS' },
  { slug: 'kinh-te', vi: 'Kinh tế', en: 'Economy', desk: 'KT' },
  {
    slug: 'nong-nghiep-nong-thon',
    vi: 'Nông nghiệp – Nông thôn',
    en: 'Agriculture and rural life',
    desk: 'KT',
  },
  { slug: 'do-thi-ha-tang', vi: 'Đô thị – Hạ tầng', en: 'Urban life and infrastructure', desk: 'KT' },
  { slug: 'van-hoa-du-lich', vi: 'Văn hóa – Du lịch', en: 'Culture and tourism', desk: 'VHXH' },
  { slug: 'xa-hoi', vi: 'Xã hội', en: 'Society', desk: 'VHXH' },
  { slug: 'giao-duc', vi: 'Giáo dục', en: 'Education', desk: 'VHXH' },
  { slug: 'suc-khoe', vi: 'Sức khỏe', en: 'Health', desk: 'VHXH' },
  { slug: 'chuyen-doi-so', vi: 'Chuyển đổi số', en: 'Digital transformation', desk: 'DT' },
  { slug: 'ban-tin-phat-thanh', vi: 'Bản tin phát thanh', en: 'Radio bulletins', desk: 'PT' },
  { slug: 'thoi-su-truyen-hinh', vi: 'Thời sự truyền hình', en: 'TV news', desk: 'TH' },
]

export const TOPICS: ReadonlyArray<{ slug: string; vi: string; en: string; description: string }> = [
  {
    slug: 'sap-xep-don-vi-hanh-chinh',
    vi: 'Sắp xếp đơn vị hành chính',
    en: 'Administrative reorganisation',
    description: 'Hợp nhất tỉnh, sắp xếp xã, phường và vận hành chính quyền địa phương hai cấp từ năm 2025.',
  },
  {
    slug: 'chuyen-doi-so',
    vi: 'Chuyển đổi số',
    en: 'Digital transformation',
    description: 'Dịch vụ công trực tuyến, dữ liệu số và kỹ năng số cho người dân.',
  },
  {
    slug: 'nong-nghiep-cong-nghe-cao',
    vi: 'Nông nghiệp công nghệ cao',
    en: 'High-tech farming',
    description: 'Cơ giới hóa, mã số vùng trồng, sản xuất theo chuỗi giá trị.',
  },
  {
    slug: 'nhan-long-hung-yen',
    vi: 'Nhãn lồng Hưng Yên',
    en: 'Hưng Yên longan',
    description: 'Mùa vụ, tiêu thụ và xuất khẩu đặc sản nhãn lồng.',
  },
  {
    slug: 'san-pham-ocop',
    vi: 'Sản phẩm OCOP',
    en: 'OCOP products',
    description: 'Chương trình Mỗi xã một sản phẩm và các sản phẩm đạt sao.',
  },
  {
    slug: 'giao-thong',
    vi: 'Giao thông',
    en: 'Transport',
    description: 'Cầu, đường, bến xe và an toàn giao thông.',
  },
  {
    slug: 'khu-cong-nghiep',
    vi: 'Khu công nghiệp',
    en: 'Industrial parks',
    description: 'Thu hút đầu tư, việc làm và nhà ở cho công nhân.',
  },
  {
    slug: 'kinh-te-bien',
    vi: 'Kinh tế biển',
    en: 'Marine economy',
    description: 'Nuôi trồng, khai thác thủy sản, du lịch và năng lượng vùng ven biển.',
  },
  {
    slug: 'di-tich-le-hoi',
    vi: 'Di tích – Lễ hội',
    en: 'Heritage and festivals',
    description: 'Di tích lịch sử, lễ hội truyền thống và bảo tồn di sản.',
  },
  {
    slug: 'giao-duc-tuyen-sinh',
    vi: 'Tuyển sinh',
    en: 'School admissions',
    description: 'Tuyển sinh đầu cấp, thi tốt nghiệp và hướng nghiệp.',
  },
  {
    slug: 'y-te-co-so',
    vi: 'Y tế cơ sở',
    en: 'Primary health care',
    description: 'Trạm y tế xã, phường, tiêm chủng và khám chữa bệnh ban đầu.',
  },
  {
    slug: 'an-sinh-xa-hoi',
    vi: 'An sinh xã hội',
    en: 'Social welfare',
    description: 'Nhà ở cho người có công, hộ nghèo, bảo hiểm xã hội.',
  },
  {
    slug: 'phong-chong-thien-tai',
    vi: 'Phòng chống thiên tai',
    en: 'Disaster preparedness',
    description: 'Bão, lũ, đê điều và ứng phó biến đổi khí hậu.',
  },
  {
    slug: 'thong-tin-co-so',
    vi: 'Thông tin cơ sở',
    en: 'Grassroots information',
    description: 'Đài truyền thanh cấp xã, bảng tin điện tử công cộng và hệ thống thông tin nguồn.',
  },
]
