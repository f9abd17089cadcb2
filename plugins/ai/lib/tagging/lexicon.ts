/**
 * Word lists the tagger's rules rely on, written as Vietnamese is spelt and compared by tone key
 * (see text.ts), so the lists stay readable and "Hoà"/"Hòa" variants need no second entry.
 */
import { toneKey } from './text'

function keys(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((word) => word.split(/\s+/).map(toneKey).join(' ')))
}

/** Common family names; "Phó" and "Ông" are left out because they open titles and pronouns. */
export const SURNAMES = keys([
  ...['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'],
  ...['Ngô', 'Dương', 'Lý', 'Đinh', 'Đào', 'Cao', 'Trịnh', 'Lương', 'Mai', 'Tạ', 'Vương', 'Chu', 'Lưu'],
  ...['Đoàn', 'Tô', 'Hà', 'Lâm', 'Quách', 'Triệu', 'Trương', 'Phùng', 'Kiều', 'Khúc', 'Tăng', 'Nghiêm'],
  ...['Lã', 'Lại', 'Tống', 'Mạc', 'Diệp', 'Châu', 'Doãn', 'Khổng', 'Khương', 'Thân', 'Hứa', 'Đàm'],
  ...['Bạch', 'Chử', 'Lục', 'Nông', 'Phí', 'Ninh', 'Quản', 'Tiêu', 'Từ', 'Âu', 'Giáp', 'Lò', 'Hầu'],
])

/**
 * Family names that rarely open a place name: a two-syllable name starting with one of them
 * ("Lê Lợi", "Nguyễn Trãi") is read as a person unless a prefix says otherwise, while "Vũ Thư" or
 * "Châu Ninh" stay places.
 */
export const STRONG_SURNAMES = keys([
  ...['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'],
  ...['Lý', 'Đinh', 'Trịnh', 'Lương', 'Tống', 'Triệu', 'Quách', 'Trương'],
])

/** Middle names: a capitalised word before a place name that makes it part of a person's name. */
export const MIDDLE_NAMES = keys(['Văn', 'Thị', 'Hữu', 'Đức', 'Công', 'Quang', 'Xuân', 'Ngọc', 'Thanh'])

/** Forms of address before a name: what follows is a person, never a place ("anh Thái Bình"). */
export const ADDRESS_CUES = keys([
  ...['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'cháu', 'bé', 'thầy', 'cậu', 'dì', 'mợ'],
  ...['đồng chí', 'cô giáo', 'thầy giáo', 'NSND', 'NSƯT', 'NGND', 'NGƯT', 'PGS', 'GS', 'TS', 'ThS', 'BS'],
  ...['KS', 'LS', 'BSCKII', 'BSCKI', 'CKII', 'CKI'],
])

/** Roles before a full name that make it a person ("nông dân Nguyễn Văn A"). */
export const ROLE_CUES = keys([
  ...['lão nông', 'nông dân', 'tiểu thương', 'chủ hộ', 'chủ vườn', 'chủ trang trại', 'nhà báo', 'nhà văn'],
  ...['nhà thơ', 'nghệ nhân', 'nghệ sĩ', 'ca sĩ', 'họa sĩ', 'bác sĩ', 'y sĩ', 'kỹ sư', 'luật sư', 'dược sĩ'],
  ...['điều dưỡng', 'vận động viên', 'cầu thủ', 'học sinh', 'sinh viên', 'em học sinh', 'cựu chiến binh'],
  ...['thương binh', 'liệt sĩ', 'đại biểu', 'doanh nhân', 'tác giả', 'phóng viên', 'biên tập viên'],
  ...['giáo sư', 'tiến sĩ', 'thạc sĩ', 'phó giáo sư', 'bị cáo', 'nạn nhân', 'đối tượng', 'người dân'],
])

/**
 * Titles: the holder's name may follow at once or after the body they lead ("Chủ tịch UBND tỉnh
 * Hưng Yên Nguyễn Văn A").
 */
export const TITLE_CUES = keys([
  ...['Chủ tịch', 'Phó Chủ tịch', 'Bí thư', 'Phó Bí thư', 'Giám đốc', 'Phó Giám đốc', 'Tổng Giám đốc'],
  ...['Phó Tổng Giám đốc', 'Trưởng phòng', 'Phó Trưởng phòng', 'Trưởng ban', 'Phó Trưởng ban', 'Trưởng Ban'],
  ...['Phó Trưởng Ban', 'Chủ nhiệm', 'Phó Chủ nhiệm', 'Chánh Văn phòng', 'Chánh văn phòng', 'Hiệu trưởng'],
  ...[
    'Phó Hiệu trưởng',
    'Tổng Bí thư',
    'Thủ tướng',
    'Phó Thủ tướng',
    'Bộ trưởng',
    'Thứ trưởng',
    'Cục trưởng',
  ],
  ...['Phó Cục trưởng', 'Chi cục trưởng', 'Viện trưởng', 'Tổng biên tập', 'Phó Tổng biên tập', 'Trưởng thôn'],
  ...[
    'Trưởng công an',
    'Trưởng Công an',
    'Trưởng trạm',
    'Trạm trưởng',
    'Chỉ huy trưởng',
    'Chánh án',
    'Viện trưởng',
  ],
  ...[
    'Đại tướng',
    'Thượng tướng',
    'Trung tướng',
    'Thiếu tướng',
    'Đại tá',
    'Thượng tá',
    'Trung tá',
    'Thiếu tá',
  ],
  ...[
    'Đại úy',
    'Thượng úy',
    'Trung úy',
    'Thiếu úy',
    'Tổng thư ký',
    'Phát ngôn viên',
    'Ủy viên',
    'Chủ tịch nước',
  ],
  ...['Phó Chủ tịch nước', 'Chủ tịch Quốc hội', 'Phó Chủ tịch Quốc hội', 'Trưởng đoàn', 'Người phát ngôn'],
  ...['Giám đốc điều hành', 'Chủ tịch HĐQT', 'Trưởng khoa', 'Phó Trưởng khoa', 'Điều dưỡng trưởng'],
])

/** Words before a name that make it a street, a school, a river, a village or a monument. */
export const NOT_PLACE_CUES = keys([
  ...['đường', 'phố', 'ngõ', 'ngách', 'hẻm', 'đại lộ', 'tuyến phố', 'quốc lộ', 'sông', 'cầu', 'đê', 'hồ'],
  ...['kênh', 'thôn', 'xóm', 'làng', 'ấp', 'bản', 'khu', 'tổ', 'cụm', 'khối', 'trường', 'THPT', 'THCS'],
  ...['tiểu học', 'mầm non', 'lăng', 'tượng đài', 'tượng', 'mang tên', 'tên', 'giải', 'giải thưởng', 'tàu'],
  ...[
    'tư tưởng',
    'di tích',
    'khu di tích',
    'quảng trường',
    'nhà văn hóa',
    'sân vận động',
    'cung',
    'hội trường',
  ],
])

/** Words of an organisation's name that may be written in lower case between its capitalised parts. */
export const ORG_CONNECTORS = keys([
  'và',
  'tỉnh',
  'thành phố',
  'xã',
  'phường',
  'huyện',
  'quận',
  'thị xã',
  'đặc khu',
])

/** Two-syllable words whose second half is lower case inside an organisation's name ("Sở Y tế"). */
export const ORG_COMPOUNDS = keys([
  ...['Y tế', 'Giáo dục', 'Đào tạo', 'Nông nghiệp', 'Môi trường', 'Tài chính', 'Công thương', 'Nội vụ'],
  ...['Tư pháp', 'Xây dựng', 'Khoa học', 'Công nghệ', 'Văn hóa', 'Thể thao', 'Du lịch', 'Ngoại vụ'],
  ...['Dân tộc', 'Tôn giáo', 'Thanh tra', 'Nhân dân', 'Đa khoa', 'Sản nhi', 'Phụ sản', 'Y học'],
  ...['Cổ truyền', 'Y dược', 'Phát triển', 'Thương mại', 'Cổ phần', 'Đầu tư', 'Điện lực', 'Cấp nước'],
  ...['Quản lý', 'Dịch vụ', 'Sản xuất', 'Chế biến', 'Kiểm soát', 'Tuyên giáo', 'Dân vận', 'Tổ chức'],
  ...['Kiểm tra', 'Thanh niên', 'Phụ nữ', 'Nông dân', 'Liên hiệp', 'Phát thanh', 'Truyền hình', 'Công an'],
  ...['Quân sự', 'Biên phòng', 'Hải quan', 'Bảo hiểm', 'Chính trị', 'Đại học', 'Cao đẳng', 'Trung cấp'],
  ...['Nghiên cứu', 'Tư vấn', 'Thiết kế', 'Vật liệu', 'Đô thị', 'Công nghiệp', 'Hạ tầng', 'Giao thông'],
  ...['Vận tải', 'Thông tin', 'Truyền thông', 'Lao động', 'Thương binh', 'Xã hội', 'Kế hoạch', 'Mặt trận'],
  ...['Tổ quốc', 'Thủy lợi', 'Thủy sản', 'Xuất khẩu', 'Nhập khẩu', 'Tài nguyên', 'Chăn nuôi', 'Thú y'],
  ...['Trồng trọt', 'Bảo vệ', 'Thực vật', 'Khuyến nông', 'Chữ thập', 'Ung bướu', 'Nhi đồng', 'Chấn thương'],
])

/** Lower-case pairs that may stand anywhere inside an organisation's name. */
export const ORG_LOWER_PAIRS = keys([
  'nông thôn',
  'chi nhánh',
  'trách nhiệm',
  'hữu hạn',
  'cổ phần',
  'đa khoa',
])

export type OrgHead = { words: string; confidence: number; needs?: ReadonlySet<string> }

/** Schools are named after people and places; only a school type after "Trường" makes it one. */
const SCHOOL_TYPES = keys([
  ...['THPT', 'THCS', 'Tiểu học', 'Mầm non', 'Đại học', 'Cao đẳng', 'Trung cấp', 'Phổ thông', 'Chính trị'],
  ...['PTDTNT', 'Mẫu giáo', 'Quân sự', 'Sĩ quan', 'Trung học', 'Liên cấp', 'TH', 'MN', 'THPT chuyên'],
])

/** Words that open an organisation's name, with how sure the name is an organisation. */
export const ORG_HEADS: readonly OrgHead[] = [
  ...['UBND', 'HĐND', 'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Tỉnh ủy', 'Thành ủy', 'Đảng ủy'].map(
    (words) => ({
      words,
      confidence: 0.85,
    }),
  ),
  ...['Sở', 'Bộ', 'Cục', 'Chi cục', 'Tổng cục', 'Công ty', 'Tổng công ty', 'Tập đoàn', 'Ngân hàng'].map(
    (words) => ({ words, confidence: 0.85 }),
  ),
  ...['Bệnh viện', 'Hợp tác xã', 'HTX', 'Viện', 'Học viện', 'Đại học', 'Công an', 'Kho bạc'].map((words) => ({
    words,
    confidence: 0.8,
  })),
  ...['Bảo hiểm xã hội', 'Trung tâm', 'Ban Quản lý', 'Báo', 'Đài', 'Tạp chí', 'Nhà máy', 'Quỹ'].map(
    (words) => ({ words, confidence: 0.75 }),
  ),
  ...['Hội', 'Liên đoàn', 'Liên minh', 'Ủy ban', 'Văn phòng', 'Câu lạc bộ', 'CLB', 'Ban'].map((words) => ({
    words,
    confidence: 0.65,
  })),
  { words: 'Trường', confidence: 0.8, needs: SCHOOL_TYPES },
]

/** Capitalised phrases that look like an organisation but are places or people. */
export const NOT_ORGANISATIONS = keys(['Hội An', 'Đài Loan', 'Ban Mê'])
