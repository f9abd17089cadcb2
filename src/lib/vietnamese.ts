/**
 * Vietnamese text folding. `normalize('NFD')` + stripping diacritics leaves đ/Đ untouched
 * (it is a distinct letter, not d + a mark), so it is mapped by hand; without that,
 * "da nang" never finds "Đà Nẵng".
 */
export function foldVietnamese(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')
}

/** Lower-case, diacritic-free form used for search keys and comparisons. */
export function searchKey(input: string): string {
  return foldVietnamese(input).toLowerCase().replace(/\s+/g, ' ').trim()
}

const MAX_SLUG_LENGTH = 120

/** URL slug: "Đà Nẵng đón 1,2 triệu khách" → "da-nang-don-1-2-trieu-khach". */
export function slugifyVietnamese(input: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = foldVietnamese(input)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '')
}
