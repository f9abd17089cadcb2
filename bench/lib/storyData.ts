/**
 * Deterministic Vietnamese newsroom content for the benchmarks: taxonomy (desks, sections,
 * topics, provinces and communes) and stories with rich-text bodies of a realistic size
 * (a provincial news story runs 600–1,000 words: ~5 KB of text, ~15 KB as Lexical JSON).
 * Seeded PRNG, so every run (and both databases) measure the same documents.
 */

export type Rng = () => number

export { createPrng as rng } from '../../src/lib/prng'

export const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T

export function pickSome<T>(r: Rng, list: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(r() * (max - min + 1))
  const chosen = new Set<T>()
  while (chosen.size < Math.min(count, list.length)) chosen.add(pick(r, list))
  return [...chosen]
}

export const DESKS = [
  ['Thời sự', 'TS'],
  ['Kinh tế', 'KT'],
  ['Văn hóa – Xã hội', 'VHXH'],
  ['Thể thao', 'TT'],
  ['Phát thanh', 'PT'],
  ['Truyền hình', 'TH'],
] as const

export const SECTIONS = [
  'Chính trị',
  'Kinh tế',
  'Nông nghiệp',
  'Giáo dục',
  'Y tế',
  'Văn hóa',
  'Du lịch',
  'Thể thao',
  'Pháp luật',
  'Môi trường',
  'Đô thị',
  'Biển đảo',
]

export const TOPICS = [
  'Chuyển đổi số',
  'Nông thôn mới',
  'Sáp nhập tỉnh',
  'Giảm nghèo bền vững',
  'Phòng chống thiên tai',
  'Xuất khẩu nông sản',
  'Du lịch cộng đồng',
  'Bảo tồn di sản',
  'Giao thông nông thôn',
  'An toàn thực phẩm',
  'Khởi nghiệp',
  'Năng lượng tái tạo',
  'Cải cách hành chính',
  'Văn hóa đọc',
  'Bóng đá phong trào',
  'Y tế cơ sở',
  'Tuyển sinh',
  'Đồng bào dân tộc thiểu số',
  'Kinh tế biển',
  'Đô thị thông minh',
  'Bảo hiểm xã hội',
  'Phòng chống ma túy',
  'Trật tự an toàn giao thông',
  'Lễ hội truyền thống',
  'Hợp tác xã',
  'OCOP',
  'Rừng phòng hộ',
  'Nước sạch',
  'Nhà ở xã hội',
  'Lao động việc làm',
]

export const PROVINCES = [
  'Hà Nội',
  'Huế',
  'Đà Nẵng',
  'Hải Phòng',
  'TP Hồ Chí Minh',
  'Cần Thơ',
  'Quảng Ninh',
  'Lạng Sơn',
  'Cao Bằng',
  'Điện Biên',
  'Lai Châu',
  'Sơn La',
  'Lào Cai',
  'Tuyên Quang',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Ninh Bình',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Trị',
  'Quảng Ngãi',
  'Gia Lai',
  'Đắk Lắk',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đồng Nai',
  'Tây Ninh',
  'Đồng Tháp',
  'Vĩnh Long',
  'An Giang',
  'Cà Mau',
]

const COMMUNE_STEMS = [
  'Tân Lập',
  'Hòa Bình',
  'Phú Mỹ',
  'Xuân Phong',
  'Quảng Phú',
  'An Thịnh',
  'Đông Hưng',
  'Tam Giang',
]

/** Three communes per province (the 2025 reform put communes directly under provinces). */
export function communes(): Array<{ name: string; province: string }> {
  return PROVINCES.flatMap((province, p) =>
    [0, 1, 2].map((i) => ({ name: `Xã ${COMMUNE_STEMS[(p + i * 3) % COMMUNE_STEMS.length]}`, province })),
  )
}

const SUBJECTS = [
  'UBND tỉnh',
  'Sở Nông nghiệp và Môi trường',
  'Hội Nông dân',
  'Bệnh viện Đa khoa tỉnh',
  'Công an xã',
  'Hợp tác xã Thanh Long',
  'Trường THPT Chu Văn An',
  'Ban Quản lý dự án',
  'Người dân vùng lũ',
  'Đoàn Thanh niên',
  'Doanh nghiệp chế biến thủy sản',
  'Ngành du lịch',
  'Bộ đội Biên phòng',
  'Câu lạc bộ bóng đá tỉnh',
]
const VERBS = [
  'triển khai',
  'đẩy mạnh',
  'khởi công',
  'hoàn thành',
  'kiểm tra',
  'hỗ trợ',
  'ra mắt',
  'tổng kết',
  'đón nhận',
  'khắc phục',
  'mở rộng',
  'ký kết',
  'phát động',
  'tháo gỡ',
]
const OBJECTS = [
  'dự án đường liên xã',
  'mô hình trồng lúa hữu cơ',
  'chương trình nước sạch nông thôn',
  'đợt tiêm chủng mở rộng',
  'tuyến đê biển mới',
  'khu tái định cư',
  'lễ hội đua ghe Ngo',
  'vùng nguyên liệu sầu riêng',
  'trạm y tế xã',
  'kế hoạch chuyển đổi số',
  'chợ phiên vùng cao',
  'hệ thống cảnh báo sạt lở',
  'giải việt dã truyền thống',
]
const TAILS = [
  'trước mùa mưa bão',
  'trong quý III',
  'sau sáp nhập',
  'với tổng vốn 120 tỷ đồng',
  'cho hơn 2.000 hộ dân',
  'đạt kết quả tích cực',
  'vượt kế hoạch đề ra',
  'bảo đảm an toàn',
  'thu hút đông đảo người dân',
  'năm 2026',
]
const FILLER = [
  'Theo báo cáo của địa phương,',
  'Trao đổi với phóng viên,',
  'Cũng trong dịp này,',
  'Đáng chú ý,',
  'Trước đó,',
  'Bên cạnh đó,',
  'Theo kế hoạch,',
  'Ông Nguyễn Văn Hùng, Chủ tịch UBND xã, cho biết',
  'Bà Trần Thị Lan, người dân thôn Đông, chia sẻ',
  'Đại diện ngành chức năng khẳng định',
]

export function headline(r: Rng, placeName: string): string {
  return `${pick(r, SUBJECTS)} ${placeName} ${pick(r, VERBS)} ${pick(r, OBJECTS)} ${pick(r, TAILS)}`
}

function sentence(r: Rng): string {
  return `${pick(r, FILLER)} ${pick(r, SUBJECTS).toLowerCase()} đã ${pick(r, VERBS)} ${pick(r, OBJECTS)} ${pick(r, TAILS)}, góp phần nâng cao đời sống vật chất và tinh thần của bà con trên địa bàn.`
}

const textNode = (text: string, format = 0) => ({
  type: 'text',
  text,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})
const block = (type: 'paragraph' | 'heading', children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...(type === 'paragraph' ? { textFormat: 0, textStyle: '' } : {}),
  ...extra,
})

/** A Lexical document: 8–12 paragraphs of 4–6 sentences, a sub-heading, a bold lead-in. */
export function body(r: Rng): { root: Record<string, unknown> } {
  const children: unknown[] = []
  const paragraphs = 8 + Math.floor(r() * 5)
  for (let p = 0; p < paragraphs; p++) {
    if (p === Math.floor(paragraphs / 2))
      children.push(block('heading', [textNode(pick(r, OBJECTS))], { tag: 'h2' }))
    const sentences = Array.from({ length: 4 + Math.floor(r() * 3) }, () => sentence(r)).join(' ')
    children.push(
      block(
        'paragraph',
        p === 0 ? [textNode('(Tòa soạn) – ', 1), textNode(sentences)] : [textNode(sentences)],
      ),
    )
  }
  return { root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } }
}

export function standfirst(r: Rng): string {
  return [sentence(r), sentence(r)].join(' ')
}
