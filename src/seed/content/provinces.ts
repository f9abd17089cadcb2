/**
 * The 34 provinces and centrally-run cities in force since 1 July 2025 (Nghị quyết
 * 202/2025/QH15). Codes are the official two-digit codes of Quyết định 19/2025/QĐ-TTg: a
 * merged province keeps the code of the province whose seat it kept. `formerUnits` is empty
 * for the eleven that were not merged.
 */
export type ProvinceSeed = { name: string; code: string; formerUnits?: string }

export const PROVINCES: readonly ProvinceSeed[] = [
  { name: 'Hà Nội', code: '01' },
  { name: 'Cao Bằng', code: '04' },
  { name: 'Tuyên Quang', code: '08', formerUnits: 'Tuyên Quang, Hà Giang' },
  { name: 'Điện Biên', code: '11' },
  { name: 'Lai Châu', code: '12' },
  { name: 'Sơn La', code: '14' },
  { name: 'Lào Cai', code: '15', formerUnits: 'Lào Cai, Yên Bái' },
  { name: 'Thái Nguyên', code: '19', formerUnits: 'Thái Nguyên, Bắc Kạn' },
  { name: 'Lạng Sơn', code: '20' },
  { name: 'Quảng Ninh', code: '22' },
  { name: 'Bắc Ninh', code: '24', formerUnits: 'Bắc Ninh, Bắc Giang' },
  { name: 'Phú Thọ', code: '25', formerUnits: 'Phú Thọ, Vĩnh Phúc, Hòa Bình' },
  { name: 'Hải Phòng', code: '31', formerUnits: 'Hải Phòng, Hải Dương' },
  { name: 'Hưng Yên', code: '33', formerUnits: 'Hưng Yên, Thái Bình' },
  { name: 'Ninh Bình', code: '37', formerUnits: 'Ninh Bình, Hà Nam, Nam Định' },
  { name: 'Thanh Hóa', code: '38' },
  { name: 'Nghệ An', code: '40' },
  { name: 'Hà Tĩnh', code: '42' },
  { name: 'Quảng Trị', code: '44', formerUnits: 'Quảng Trị, Quảng Bình' },
  { name: 'Huế', code: '46' },
  { name: 'Đà Nẵng', code: '48', formerUnits: 'Đà Nẵng, Quảng Nam' },
  { name: 'Quảng Ngãi', code: '51', formerUnits: 'Quảng Ngãi, Kon Tum' },
  { name: 'Gia Lai', code: '52', formerUnits: 'Gia Lai, Bình Định' },
  { name: 'Khánh Hòa', code: '56', formerUnits: 'Khánh Hòa, Ninh Thuận' },
  { name: 'Đắk Lắk', code: '66', formerUnits: 'Đắk Lắk, Phú Yên' },
  { name: 'Lâm Đồng', code: '68', formerUnits: 'Lâm Đồng, Đắk Nông, Bình Thuận' },
  { name: 'Đồng Nai', code: '75', formerUnits: 'Đồng Nai, Bình Phước' },
  {
    name: 'Thành phố Hồ Chí Minh',
    code: '79',
    formerUnits: 'TP. Hồ Chí Minh, Bình Dương, Bà Rịa – Vũng Tàu',
  },
  { name: 'Tây Ninh', code: '80', formerUnits: 'Tây Ninh, Long An' },
  { name: 'Đồng Tháp', code: '82', formerUnits: 'Đồng Tháp, Tiền Giang' },
  { name: 'Vĩnh Long', code: '86', formerUnits: 'Vĩnh Long, Bến Tre, Trà Vinh' },
  { name: 'An Giang', code: '91', formerUnits: 'An Giang, Kiên Giang' },
  { name: 'Cần Thơ', code: '92', formerUnits: 'Cần Thơ, Sóc Trăng, Hậu Giang' },
  { name: 'Cà Mau', code: '96', formerUnits: 'Cà Mau, Bạc Liêu' },
]

/** The demo agency's province. */
export const DEMO_PROVINCE = 'Hưng Yên'

/**
 * Wards and communes of the new Hưng Yên used by the demo stories. Names only: the five-digit
 * commune codes could not be checked against the official list, and a wrong official code is
 * worse than none.
 */
export const DEMO_COMMUNES: ReadonlyArray<{ name: string; level: 'ward' | 'commune' }> = [
  { name: 'Phường Phố Hiến', level: 'ward' },
  { name: 'Phường Sơn Nam', level: 'ward' },
  { name: 'Phường Hồng Châu', level: 'ward' },
  { name: 'Phường Mỹ Hào', level: 'ward' },
  { name: 'Phường Đường Hào', level: 'ward' },
  { name: 'Phường Thượng Hồng', level: 'ward' },
  { name: 'Phường Thái Bình', level: 'ward' },
  { name: 'Phường Trần Lãm', level: 'ward' },
  { name: 'Phường Trần Hưng Đạo', level: 'ward' },
  { name: 'Phường Trà Lý', level: 'ward' },
  { name: 'Phường Vũ Phúc', level: 'ward' },
  { name: 'Xã Khoái Châu', level: 'commune' },
  { name: 'Xã Văn Giang', level: 'commune' },
  { name: 'Xã Yên Mỹ', level: 'commune' },
  { name: 'Xã Như Quỳnh', level: 'commune' },
  { name: 'Xã Ân Thi', level: 'commune' },
  { name: 'Xã Tiên Lữ', level: 'commune' },
  { name: 'Xã Hoàng Hoa Thám', level: 'commune' },
  { name: 'Xã Hưng Hà', level: 'commune' },
  { name: 'Xã Quỳnh Phụ', level: 'commune' },
  { name: 'Xã Đông Hưng', level: 'commune' },
  { name: 'Xã Thái Thụy', level: 'commune' },
  { name: 'Xã Tiền Hải', level: 'commune' },
  { name: 'Xã Đồng Châu', level: 'commune' },
  { name: 'Xã Kiến Xương', level: 'commune' },
  { name: 'Xã Vũ Thư', level: 'commune' },
]
