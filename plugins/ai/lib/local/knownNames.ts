/**
 * Names every Vietnamese newsroom writes daily: the provinces (the 34 after the 2025 merger and
 * the former ones, still in every archive and address), the big cities and a few countries and
 * institutions. The headline writer uses them to find a story's subject; the spell checker uses
 * them to catch a misspelt name ("Việt Nan") that a per-syllable dictionary cannot see.
 */

export const PROVINCES = [
  'Hà Nội',
  'Huế',
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Cao Bằng',
  'Tuyên Quang',
  'Lào Cai',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Hải Phòng',
  'Ninh Bình',
  'Quảng Trị',
  'Đà Nẵng',
  'Quảng Ngãi',
  'Gia Lai',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đắk Lắk',
  'Hồ Chí Minh',
  'Đồng Nai',
  'Tây Ninh',
  'Cần Thơ',
  'Vĩnh Long',
  'Đồng Tháp',
  'Cà Mau',
  'An Giang',
  // Merged in 2025, still named in addresses, archives and history.
  'Hà Giang',
  'Yên Bái',
  'Bắc Kạn',
  'Vĩnh Phúc',
  'Hòa Bình',
  'Bắc Giang',
  'Hải Dương',
  'Thái Bình',
  'Hà Nam',
  'Nam Định',
  'Quảng Bình',
  'Thừa Thiên Huế',
  'Quảng Nam',
  'Kon Tum',
  'Bình Định',
  'Phú Yên',
  'Ninh Thuận',
  'Bình Thuận',
  'Đắk Nông',
  'Bình Phước',
  'Bình Dương',
  'Bà Rịa',
  'Vũng Tàu',
  'Long An',
  'Tiền Giang',
  'Bến Tre',
  'Trà Vinh',
  'Hậu Giang',
  'Sóc Trăng',
  'Bạc Liêu',
  'Kiên Giang',
]

const OTHER_NAMES = [
  'Việt Nam',
  'Trung Quốc',
  'Nhật Bản',
  'Hàn Quốc',
  'Hoa Kỳ',
  'Liên Hợp Quốc',
  'Thái Lan',
  'Campuchia',
  'Lào',
  'Trường Sa',
  'Hoàng Sa',
  'Phú Quốc',
  'Côn Đảo',
  'Nha Trang',
  'Đà Lạt',
  'Vịnh Hạ Long',
  'Hạ Long',
  'Sài Gòn',
]

/** Names so common that a near miss is a typo wherever it appears, not someone's name. */
export const FREQUENT_NAMES = new Set([
  'Việt Nam',
  'Hà Nội',
  'Hồ Chí Minh',
  'Đà Nẵng',
  'Hải Phòng',
  'Cần Thơ',
])

/** Multi-syllable names, each as its syllables. */
export const KNOWN_NAMES: string[][] = [...new Set([...PROVINCES, ...OTHER_NAMES])]
  .map((name) => name.split(' '))
  .filter((syllables) => syllables.length > 1)
