/**
 * Numbers as a newsreader says them: Vietnamese number format (thousands dot "1.200", decimal
 * comma "3,5"), dates, times, percentages, units, ranges, ordinals, roman numerals after "quý",
 * "khóa", and phone numbers digit by digit. Readings use "linh" for a zero ten ("một trăm linh
 * năm") and "tỷ" for 10⁹, as national radio does.
 */
import { InvalidNumberError, ReadingConfig, doReadNumber } from 'read-vietnamese-number'

const config = new ReadingConfig()
config.unit = []
config.units = [[], ['nghìn'], ['triệu'], ['tỷ']]
config.pointText = 'phẩy'
config.oddText = 'linh'
// The library joins thousands by regex on this sign; numbers reach it already normalised.
config.pointSign = '.'
config.thousandSign = ','

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']
const NOT_AFTER = '(?<![\\p{L}\\p{N}.,/])'

/** "1.200" → "1200", "3,5" → "3.5", "1.234,5" → "1234.5"; null when the format is unclear. */
export function canonicalNumber(raw: string): string | null {
  if (/^\d+$/.test(raw)) return raw
  if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(raw)) {
    const [integral, fraction] = raw.split(',')
    return `${integral.replace(/\./g, '')}.${fraction}`
  }
  if (/^\d{1,3}(?:\.\d{3})+$/.test(raw)) return raw.replace(/\./g, '')
  if (/^\d+,\d+$/.test(raw)) return raw.replace(',', '.')
  if (/^\d+\.\d{1,2}$/.test(raw)) return raw
  if (/^\d{1,3}(?:,\d{3}){2,}$/.test(raw)) return raw.replace(/,/g, '')
  return null
}

export function readDigits(digits: string): string {
  return [...digits.replace(/\D/g, '')].map((d) => DIGITS[Number(d)]).join(' ')
}

/** Reads one number written in Vietnamese format; unreadable input comes back unchanged. */
export function readNumber(raw: string): string {
  const canonical = canonicalNumber(raw)
  if (canonical === null) return raw.replace(/[.,]/g, ' ').replace(/\d+/g, (d) => readNumber(d))
  // Codes with a leading zero and very long digit strings are read digit by digit.
  if (/^0\d/.test(canonical) || canonical.replace('.', '').length > 15) return readDigits(canonical)
  try {
    return doReadNumber(canonical, config)
  } catch (error) {
    if (error instanceof InvalidNumberError) return raw
    throw error
  }
}

function month(value: string): string {
  return Number(value) === 4 ? 'tư' : readNumber(value)
}

function ordinal(value: string): string {
  const n = Number(value)
  if (n === 1) return 'nhất'
  if (n === 4) return 'tư'
  return readNumber(value)
}

function validDate(day: string, monthValue: string): boolean {
  const d = Number(day)
  const m = Number(monthValue)
  return d >= 1 && d <= 31 && m >= 1 && m <= 12
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 }

function romanValue(roman: string): number | null {
  let total = 0
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman[i]]
    const next = ROMAN[roman[i + 1]] ?? 0
    if (!value) return null
    total += value < next ? -value : value
  }
  return total > 0 ? total : null
}

/** Units after a number, longest first so "m2" wins over "m". */
const UNITS: Array<[string, string]> = [
  ['km²', 'ki-lô-mét vuông'],
  ['km2', 'ki-lô-mét vuông'],
  ['km/h', 'ki-lô-mét một giờ'],
  ['kWh', 'ki-lô-oát giờ'],
  ['MWh', 'mê-ga-oát giờ'],
  ['km', 'ki-lô-mét'],
  ['m²', 'mét vuông'],
  ['m2', 'mét vuông'],
  ['m³', 'mét khối'],
  ['m3', 'mét khối'],
  ['cm', 'xăng-ti-mét'],
  ['mm', 'mi-li-mét'],
  ['ha', 'héc-ta'],
  ['kg', 'ki-lô-gam'],
  ['MW', 'mê-ga-oát'],
  ['kW', 'ki-lô-oát'],
  ['GW', 'gi-ga-oát'],
  ['°C', 'độ C'],
  ['ºC', 'độ C'],
  ['oC', 'độ C'],
  ['%', 'phần trăm'],
  ['m', 'mét'],
  ['g', 'gam'],
  ['đ', 'đồng'],
]
const UNIT_READING = new Map(UNITS)
const UNIT_RE = new RegExp(
  `(\\d|nghìn|triệu|tỷ)\\s?(${UNITS.map(([u]) => u.replace('/', '\\/')).join('|')})(?![\\p{L}\\p{N}²³])`,
  'gu',
)

const NUMBER = '\\d+(?:[.,]\\d+)*'

type Rule = [RegExp, (...groups: string[]) => string]

// "Nghị định 100/2019/NĐ-CP" → "số một trăm năm hai nghìn không trăm mười chín": the code means
// nothing on air. Runs before abbreviations are expanded, while the code is still letters.
const LEGAL_RE = new RegExp(
  `(?:số\\s+)?${NOT_AFTER}(\\d+)(?:\\/(\\d{4}))?\\/[A-ZĐ]{2,}(?:-[A-ZĐ]{2,})*(?![\\p{L}])`,
  'gu',
)

export function speakLegalReferences(text: string): string {
  return text.replace(
    LEGAL_RE,
    (_, n: string, year?: string) => `số ${readNumber(n)}${year ? ` năm ${readNumber(year)}` : ''}`,
  )
}

const RULES: Rule[] = [
  // Phone numbers and hotlines, digit by digit in their groups.
  [
    /(tổng đài|đường dây nóng|hotline|số điện thoại|điện thoại|số máy)(\s*:?\s*)(\d[\d .]{4,}\d)/giu,
    (_, label, gap, number: string) => `${label}${gap}${number.split(/[ .]+/).map(readDigits).join(', ')}`,
  ],
  [
    /(?<![\d.,])(0\d{2,3})[ .]?(\d{3})[ .]?(\d{3,4})(?!\d)/gu,
    (_, a, b, c) => [a, b, c].map(readDigits).join(', '),
  ],
  // Times: "14h30", "14 giờ 30", "14:30", "8h".
  [
    new RegExp(`${NOT_AFTER}(\\d{1,2})\\s*(?:h|giờ|g|:)\\s*(\\d{2})(?:\\s*phút)?(?![\\p{L}\\d])`, 'gu'),
    (all, h, m) => (Number(h) <= 24 && Number(m) < 60 ? `${readNumber(h)} giờ ${readNumber(m)} phút` : all),
  ],
  [new RegExp(`${NOT_AFTER}(\\d{1,2})\\s?h(?![\\p{L}\\d])`, 'gu'), (_, h) => `${readNumber(h)} giờ`],
  // Dates: "12-13/3", "12/3/2025", "tháng 3/2025", "5/9".
  [
    new RegExp(
      `(?:[Nn]gày\\s+)?${NOT_AFTER}(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\/(\\d{1,2})(?:\\/(\\d{4}))?(?![\\d/])`,
      'gu',
    ),
    (all, d1, d2, m, y) =>
      validDate(d1, m) && validDate(d2, m)
        ? `ngày ${readNumber(d1)} đến ${readNumber(d2)} tháng ${month(m)}${y ? ` năm ${readNumber(y)}` : ''}`
        : all,
  ],
  [
    new RegExp(`(?:[Nn]gày\\s+)?${NOT_AFTER}(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})(?!\\d)`, 'gu'),
    (all, d, m, y) =>
      validDate(d, m) ? `ngày ${readNumber(d)} tháng ${month(m)} năm ${readNumber(y)}` : all,
  ],
  [/[Tt]háng\s+(\d{1,2})\/(\d{4})(?!\d)/gu, (_, m, y) => `tháng ${month(m)} năm ${readNumber(y)}`],
  [
    new RegExp(`(?:[Nn]gày\\s+)?${NOT_AFTER}(\\d{1,2})\\/(\\d{1,2})(?![\\d/])`, 'gu'),
    (_, d, m) =>
      validDate(d, m) ? `ngày ${readNumber(d)} tháng ${month(m)}` : `${readNumber(d)} trên ${readNumber(m)}`,
  ],
  // Roman numerals after the words that take them: "quý III/2025", "khóa XV", "thế kỷ XXI".
  [
    /(quý|khóa|khoá|thế kỷ|thế kỉ|Đại hội|đại hội|giai đoạn|phần|kỳ|lần thứ|Khóa|Quý)\s+([IVXLC]+)(?![\p{L}])(?:\/(\d{4}))?/gu,
    (all, word: string, roman: string, y) => {
      const value = romanValue(roman)
      if (value === null) return all
      const spoken = word.endsWith('thứ') ? ordinal(String(value)) : readNumber(String(value))
      return `${word} ${spoken}${y ? ` năm ${readNumber(y)}` : ''}`
    },
  ],
  [/([Tt]háng)\s+(\d{1,2})(?![\d/]|[.,]\d)/gu, (_, word, m) => `${word} ${month(m)}`],
  [/([Tt]hứ)\s+(\d{1,2})(?![\d/]|[.,]\d)/gu, (_, word, n) => `${word} ${ordinal(n)}`],
  // Units and percentages: "850 ha", "27°C", "12%"; the number itself is read below.
  [UNIT_RE, (_, before, unit) => `${before} ${UNIT_READING.get(unit) ?? unit}`],
  // Ranges: "3-5" → "ba đến năm"; a falling pair is a score ("3-2" → "ba, hai").
  [
    new RegExp(`${NOT_AFTER}(${NUMBER})\\s*[-–]\\s*(${NUMBER})(?![\\p{N}/])`, 'gu'),
    (_, a, b) => {
      const [x, y] = [Number(canonicalNumber(a)), Number(canonicalNumber(b))]
      return x < y ? `${readNumber(a)} đến ${readNumber(b)}` : `${readNumber(a)}, ${readNumber(b)}`
    },
  ],
  // Negative numbers: "-2 độ C".
  [/(^|[\s(])[-−](?=\d)/gu, (_, before) => `${before}âm `],
  // Codes mixing letters and digits ("QL1A", "U23"): read the digits apart from the letters.
  [/(\p{L})(?=\d)/gu, (_, letter) => `${letter} `],
  [/(\d)(?=\p{L})/gu, (_, digit) => `${digit} `],
  [new RegExp(`${NUMBER}`, 'gu'), (number) => readNumber(number)],
]

/** Every number in `text` in words. */
export function speakNumbers(text: string): string {
  let out = text
  for (const [pattern, replace] of RULES) out = out.replace(pattern, replace as (...args: string[]) => string)
  return out
}
