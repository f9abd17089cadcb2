/**
 * How a newsreader says the abbreviations of Vietnamese news copy. Readings follow broadcast
 * practice: administrative and sector names in full ("Ủy ban nhân dân"); international acronyms
 * as they are said on air, transliterated ("Ô-cốp", "Cô-vít"), or as their Vietnamese name when
 * the letters mean nothing to a listener (GDP → "tổng sản phẩm trong nước"). Acronyms not listed
 * are left for the reader to spell.
 */

type Reading = readonly [pattern: string, reading: string]

/** Ordered: longer forms first, so "PGS.TS." is read before "TS.". */
const READINGS: readonly Reading[] = [
  // Cities and titles written with a full stop.
  ['TP\\.?\\s?HCM|TPHCM|Tp\\.?\\s?HCM', 'Thành phố Hồ Chí Minh'],
  ['TP(?=\\s+\\p{Lu})|TP\\.|Tp\\.', 'thành phố'],
  ['PGS\\.\\s?TS\\.?', 'phó giáo sư, tiến sĩ'],
  ['GS\\.\\s?TSKH\\.?', 'giáo sư, tiến sĩ khoa học'],
  ['GS\\.\\s?TS\\.?', 'giáo sư, tiến sĩ'],
  ['PGS\\.', 'phó giáo sư'],
  ['GS\\.', 'giáo sư'],
  ['TSKH\\.', 'tiến sĩ khoa học'],
  ['TS\\.', 'tiến sĩ'],
  ['ThS\\.|Ths\\.', 'thạc sĩ'],
  ['BSCKII\\.?', 'bác sĩ chuyên khoa hai'],
  ['BSCKI\\.?', 'bác sĩ chuyên khoa một'],
  ['BS\\.', 'bác sĩ'],
  ['KS\\.', 'kỹ sư'],
  ['NSND', 'Nghệ sĩ Nhân dân'],
  ['NSƯT', 'Nghệ sĩ Ưu tú'],
  ['Đ/c|đ/c', 'đồng chí'],
  ['v\\.v\\.?', 'vân vân'],
  // Authorities and sectors.
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['BCH', 'Ban Chấp hành'],
  ['BCĐ', 'Ban Chỉ đạo'],
  ['BQL', 'Ban Quản lý'],
  ['TW|T\\.Ư', 'Trung ương'],
  ['LHQ', 'Liên Hợp Quốc'],
  ['GD&ĐT|GD-ĐT|GDĐT', 'Giáo dục và Đào tạo'],
  ['NN&PTNT|NN-PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['NN&MT|NN-MT', 'Nông nghiệp và Môi trường'],
  ['TN&MT|TN-MT', 'Tài nguyên và Môi trường'],
  ['KH&CN|KH-CN', 'Khoa học và Công nghệ'],
  ['KH&ĐT|KH-ĐT', 'Kế hoạch và Đầu tư'],
  ['LĐ-TB&XH|LĐTB&XH|LĐ-TBXH', 'Lao động, Thương binh và Xã hội'],
  ['VH-TT&DL|VHTT&DL|VH,TT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['GTVT', 'giao thông vận tải'],
  ['CNTT', 'công nghệ thông tin'],
  ['CSGT', 'cảnh sát giao thông'],
  ['PCCC', 'phòng cháy, chữa cháy'],
  ['ATGT', 'an toàn giao thông'],
  ['ATTP', 'an toàn thực phẩm'],
  ['BHXH', 'bảo hiểm xã hội'],
  ['BHYT', 'bảo hiểm y tế'],
  ['BHTN', 'bảo hiểm thất nghiệp'],
  ['THPT', 'trung học phổ thông'],
  ['THCS', 'trung học cơ sở'],
  ['ĐH', 'đại học'],
  ['HTX', 'hợp tác xã'],
  ['KCN', 'khu công nghiệp'],
  ['CCN', 'cụm công nghiệp'],
  ['KKT', 'khu kinh tế'],
  ['ĐBSCL', 'đồng bằng sông Cửu Long'],
  ['QL(?=\\s?\\d)', 'quốc lộ'],
  ['ĐT(?=\\s?\\d)', 'đường tỉnh'],
  // International acronyms.
  ['GRDP', 'tổng sản phẩm trên địa bàn'],
  ['GDP', 'tổng sản phẩm trong nước'],
  ['FDI', 'vốn đầu tư trực tiếp nước ngoài'],
  ['OCOP', 'Ô-cốp'],
  ['COVID-19|Covid-19', 'Cô-vít mười chín'],
  ['COVID|Covid', 'Cô-vít'],
  ['ASEAN', 'A-xê-an'],
  ['VN', 'Việt Nam'],
  ['USD', 'đô la Mỹ'],
  ['VNĐ|VND', 'đồng'],
]

// A form ending in a full stop may touch the next word ("TP.Quảng Ngãi"); others must end a word.
const COMPILED = READINGS.map(([pattern, reading]) => {
  const end = pattern.endsWith('\\.') ? '' : '(?![\\p{L}])'
  return [new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})${end}`, 'gu'), reading] as const
})

/** Replaces every listed abbreviation with its spoken form. */
export function expandAbbreviations(text: string): string {
  let out = text
  for (const [pattern, reading] of COMPILED) {
    // "TP.Huế" → "thành phố Huế": the reading needs the space the full stop stood for.
    out = out.replace(pattern, (match: string, offset: number, whole: string) =>
      /\p{L}/u.test(whole.charAt(offset + match.length)) ? `${reading} ` : reading,
    )
  }
  return out
}
