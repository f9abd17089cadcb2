import { foldVietnamese, searchKey, slugifyVietnamese } from './vietnamese'

describe('foldVietnamese', () => {
  it('strips tone marks and maps đ/Đ to d/D', () => {
    expect(foldVietnamese('Đà Nẵng')).toBe('Da Nang')
    expect(foldVietnamese('đường Điện Biên Phủ')).toBe('duong Dien Bien Phu')
    expect(foldVietnamese('Hưng Yên, Thái Bình, Quảng Ngãi')).toBe('Hung Yen, Thai Binh, Quang Ngai')
  })

  it('folds precomposed and decomposed input the same way', () => {
    const decomposed = 'Nguyễn'.normalize('NFD')
    expect(foldVietnamese(decomposed)).toBe('Nguyen')
  })
})

describe('searchKey', () => {
  it('lower-cases and collapses whitespace', () => {
    expect(searchKey('  ĐÀ   Nẵng ')).toBe('da nang')
  })
})

describe('slugifyVietnamese', () => {
  it('builds ASCII slugs with đ → d', () => {
    expect(slugifyVietnamese('Đà Nẵng đón 1,2 triệu khách')).toBe('da-nang-don-1-2-trieu-khach')
    expect(slugifyVietnamese('Hưng Yên: Đường mới "về đích" sớm!')).toBe('hung-yen-duong-moi-ve-dich-som')
  })

  it('returns an empty string when nothing usable is left', () => {
    expect(slugifyVietnamese('!!! ???')).toBe('')
  })

  it('cuts long slugs at a word boundary', () => {
    const slug = slugifyVietnamese('tin nóng '.repeat(40), 50)
    expect(slug.length).toBeLessThanOrEqual(50)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug.split('-').every((part) => part === 'tin' || part === 'nong')).toBe(true)
  })
})
