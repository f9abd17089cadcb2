/**
 * Stories for the print and e-paper parts: a headline, a standfirst and a body of about 3,000
 * characters (a page lead or a second story of a provincial daily), each about its own people,
 * place and figures, so that two stories on one printed page share no more stock phrases than
 * real ones do (the e-paper's zone matcher tells them apart by pairs of syllables). Seeded. Pure.
 */
import { createPrng } from '../../src/lib/prng'
import { PROVINCES } from '../lib/storyData'

export type PlannedStory = { headline: string; standfirst: string; paragraphs: string[] }

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương']
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Hữu', 'Thu', 'Xuân']
const GIVEN = ['Hùng', 'Lan', 'Dũng', 'Hoa', 'Tuấn', 'Mai', 'Khoa', 'Yến', 'Sơn', 'Hạnh', 'Phong', 'Trang']
const ROLES = [
  'Chủ tịch UBND xã',
  'Giám đốc hợp tác xã',
  'Bí thư chi bộ thôn',
  'Phó Giám đốc Sở Xây dựng',
  'hiệu trưởng nhà trường',
  'trưởng trạm y tế',
  'chủ doanh nghiệp',
  'cán bộ khuyến nông',
]
const COMMUNES = [
  'Phụng Công',
  'Tân Hưng',
  'Quang Vinh',
  'Hồng Nam',
  'Đoàn Đào',
  'Lạc Hồng',
  'Bảo Khê',
  'Nghĩa Trụ',
]
const PROJECTS = [
  ['cầu', 'bắc qua sông Luộc, dài 420 mét, rộng 12 mét'],
  ['trường mầm non', 'với 14 phòng học, bếp một chiều và sân chơi có mái che'],
  ['chợ đầu mối nông sản', 'rộng bốn héc-ta, có kho lạnh và khu sơ chế'],
  ['trạm bơm tiêu úng', 'công suất 36.000 mét khối mỗi giờ cho ba xã vùng trũng'],
  ['nhà văn hóa thôn', 'kèm sân bóng chuyền, thư viện nhỏ và tủ sách pháp luật'],
  ['vùng trồng nhãn VietGAP', 'được cấp mã số vùng trồng để xuất khẩu sang Úc'],
  ['cụm công nghiệp làng nghề', 'gom các xưởng đúc đồng ra khỏi khu dân cư'],
  ['tuyến đê tả Hồng', 'được gia cố bằng bê tông và trồng tre chắn sóng'],
  ['trạm y tế xã', 'có phòng khám từ xa nối với bệnh viện tuyến tỉnh'],
  ['khu nhà ở xã hội', 'gồm 320 căn hộ cho công nhân các khu công nghiệp'],
]
const PHASES = ['khởi công', 'khánh thành', 'nghiệm thu', 'đưa vào sử dụng', 'đẩy nhanh tiến độ']
const DETAILS = [
  (n: number, p: string) =>
    `Tổng mức đầu tư ${n * 7 + 15} tỷ đồng, trong đó ngân sách tỉnh bố trí ${n + 9} tỷ, phần còn lại do ${p} huy động xã hội hóa.`,
  (n: number, p: string) =>
    `Nhà thầu cam kết hoàn thành trong ${n + 8} tháng, bảo đảm an toàn lao động và vệ sinh môi trường quanh ${p}.`,
  (n: number, p: string) =>
    `Có ${n * 37 + 120} hộ dân đã bàn giao mặt bằng trước thời hạn, nhận tiền bồi thường ngay tại nhà văn hóa ${p}.`,
  (n: number, p: string) =>
    `Mỗi tuần có khoảng ${n * 150 + 800} lượt người qua lại, phần lớn là học sinh và tiểu thương của ${p}.`,
  (n: number, p: string) =>
    `Đoàn kiểm tra liên ngành đã ${n % 2 ? 'lấy mẫu bê tông' : 'đo cao độ nền'} ở ${n + 3} vị trí và đánh giá đạt yêu cầu thiết kế tại ${p}.`,
  (n: number, p: string) =>
    `Năm ngoái, mưa lớn kéo dài khiến ${n * 11 + 40} héc-ta lúa của ${p} bị ngập, thiệt hại ước ${n + 2} tỷ đồng.`,
]
const QUOTES = [
  'Bà con mong chờ công trình này từ lâu, bây giờ đi chợ, đưa con đi học đều thuận tiện hơn nhiều',
  'Chúng tôi sẽ giám sát chặt chẽ chất lượng, không để xảy ra tình trạng làm ẩu, làm dối',
  'Nguồn vốn đã được phân bổ đủ, vướng mắc còn lại là thủ tục đất đai ở hai thửa ven sông',
  'Khi hoàn thành, sản phẩm của hợp tác xã sẽ có đầu ra ổn định, giá bán cao hơn từ mười đến mười lăm phần trăm',
  'Ngành y tế tỉnh đã cử bác sĩ về hướng dẫn, người dân không phải lên tuyến trên cho những bệnh thông thường',
]

/** `count` stories, each with a body of about `bodyChars` characters. */
export function plannedStories(count: number, seed: number, bodyChars = 3_000): PlannedStory[] {
  const r = createPrng(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)] as T
  const person = () => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`
  return Array.from({ length: count }, (_, i) => {
    const commune = `xã ${pick(COMMUNES)}`
    const province = pick(PROVINCES)
    const [project, description] = pick(PROJECTS) as [string, string]
    const phase = pick(PHASES)
    const who = person()
    const role = pick(ROLES)
    const headline = `${commune[0]!.toUpperCase()}${commune.slice(1)} (${province}) ${phase} ${project} số ${i + 1}`
    const standfirst = `Sáng ${(i % 28) + 1}/3, ${commune} tổ chức lễ ${phase} ${project} ${description}, niềm vui của ${i * 13 + 200} hộ dân.`
    const paragraphs: string[] = []
    let length = 0
    for (let p = 0; length < bodyChars; p++) {
      const sentences = [
        `${pick(DETAILS)(i + p, commune)}`,
        `Ông ${who}, ${role}, cho biết: "${pick(QUOTES)}".`,
        `${pick(DETAILS)(i * 3 + p, `${commune}, tỉnh ${province}`)}`,
        p === 0
          ? `Theo kế hoạch, ${project} ${description} sẽ phục vụ cả các thôn lân cận.`
          : `Bà ${person()}, người dân thôn ${p + 1}, nói thêm rằng gia đình bà đã chờ ${project} này ${p + 2} năm.`,
      ]
      const paragraph = sentences.join(' ')
      paragraphs.push(paragraph)
      length += paragraph.length + 1
    }
    return { headline, standfirst, paragraphs }
  })
}
