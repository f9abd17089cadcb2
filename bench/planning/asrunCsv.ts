/**
 * A provincial TV channel's as-run log as its playout system exports it: one line per item that
 * went on air, `;`-separated with Vietnamese headers (Excel set to Vietnamese), UTF-8 with a BOM,
 * CRLF, durations as HH:MM:SS. Every day runs from 00:00:00 to 24:00:00 without a gap, about 96
 * items: programmes with advertising breaks between them, the night filled with reruns. Seeded,
 * so both databases import the same bytes. Pure.
 */
import { createPrng } from '../../src/lib/prng'

export const HEADER = 'ngày;giờ bắt đầu;thời lượng;tên chương trình;thể loại;nguồn;phát lại;ngôn ngữ'

const DAY = 86_400

export type AsRunItem = {
  date: string
  startSeconds: number
  durationSeconds: number
  title: string
  genre: string
  origin: string
  rerun: boolean
}

type Programme = {
  titles: readonly string[]
  genre: string
  origins: readonly string[]
  min: number
  max: number
  episodes?: boolean
}

/** Genre and origin words as a Vietnamese playout system writes them (docs/airtime.md). */
const DAYTIME: readonly Programme[] = [
  {
    titles: ['Thời sự Hưng Yên', 'Bản tin Hưng Yên ngày mới', 'Bản tin cuối ngày', 'Tin tức địa phương'],
    genre: 'thời sự',
    origins: ['tự sản xuất'],
    min: 900,
    max: 1_800,
  },
  {
    titles: ['Tiếp sóng Thời sự VTV1', 'Chuyển động 24h (tiếp sóng)'],
    genre: 'thời sự',
    origins: ['trong nước'],
    min: 1_200,
    max: 2_100,
  },
  {
    titles: ['Chuyên đề: Nông thôn mới', 'Chính luận: Xây dựng Đảng', 'Chuyên đề: Cải cách hành chính'],
    genre: 'chuyên đề',
    origins: ['tự sản xuất'],
    min: 900,
    max: 1_500,
  },
  {
    titles: ['Phóng sự: Làng nghề mây tre Phú Vinh', 'Phóng sự: Mùa nhãn lồng Phố Hiến', 'Ký sự sông Hồng'],
    genre: 'phóng sự',
    origins: ['tự sản xuất', 'trong nước'],
    min: 900,
    max: 1_800,
  },
  {
    titles: ['Khám phá thế giới', 'Thế giới động vật hoang dã'],
    genre: 'phim tài liệu',
    origins: ['nước ngoài'],
    min: 1_500,
    max: 2_700,
  },
  {
    titles: ['Học tiếng Anh cùng HYTV', 'Sức khỏe cho mọi nhà', 'Chuyện nhà nông'],
    genre: 'giáo dục',
    origins: ['tự sản xuất', 'trong nước'],
    min: 900,
    max: 1_800,
  },
  {
    titles: ['Ca nhạc: Giai điệu quê hương', 'Âm nhạc và bạn', 'Hát chèo: Quan Âm Thị Kính'],
    genre: 'ca nhạc',
    origins: ['trong nước', 'tự sản xuất'],
    min: 1_800,
    max: 3_000,
  },
  {
    titles: ['Trò chơi truyền hình: Ai là triệu phú', 'Gặp gỡ cuối tuần', 'Sân khấu hài'],
    genre: 'giải trí',
    origins: ['trong nước'],
    min: 1_800,
    max: 3_300,
  },
  {
    titles: ['Thể thao 24h', 'Bóng đá V-League: Thép Xanh Nam Định – Hà Nội', 'Bản tin thể thao'],
    genre: 'thể thao',
    origins: ['trong nước', 'tự sản xuất'],
    min: 900,
    max: 3_000,
  },
  {
    titles: ['Phim hoạt hình: Dế Mèn phiêu lưu ký', 'Vườn cổ tích', 'Phim hoạt hình nước ngoài'],
    genre: 'thiếu nhi',
    origins: ['trong nước', 'nước ngoài'],
    min: 900,
    max: 1_500,
  },
  {
    titles: ['Phim truyện: Đất rừng phương Nam', 'Phim Việt Nam: Mùa lúa chín', 'Phim truyện nước ngoài'],
    genre: 'phim truyện',
    origins: ['trong nước', 'trong nước', 'nước ngoài'],
    min: 5_100,
    max: 6_600,
  },
  {
    titles: ['Phim bộ: Hương đồng gió nội', 'Phim bộ: Về nhà đi con', 'Phim bộ Hàn Quốc: Gia đình là số một'],
    genre: 'phim bộ',
    origins: ['trong nước', 'trong nước', 'nước ngoài'],
    min: 2_400,
    max: 2_820,
    episodes: true,
  },
]

/** Midnight to five: the day's programmes again, as reruns. */
const NIGHT = DAYTIME.filter((p) => ['thời sự', 'phóng sự', 'phim bộ', 'ca nhạc'].includes(p.genre))

const ADS = ['Quảng cáo', 'Quảng cáo – Thông tin doanh nghiệp', 'Quảng cáo – Tài trợ chương trình']

/** What a break may carry after the advertising. */
const FILLERS: readonly Programme[] = [
  { titles: ['Giới thiệu chương trình'], genre: 'khác', origins: ['tự sản xuất'], min: 30, max: 120 },
  { titles: ['Dự báo thời tiết'], genre: 'thời sự', origins: ['tự sản xuất'], min: 120, max: 300 },
]

const pad2 = (n: number) => String(n).padStart(2, '0')
const clock = (seconds: number) =>
  `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`
const vnDate = (iso: string) => iso.split('-').reverse().join('/')

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** One broadcast day, 00:00:00–24:00:00 exactly, a break (advertising, perhaps a trailer or the weather) after each programme. */
export function asRunDay(date: string, seed: number): AsRunItem[] {
  const r = createPrng(seed)
  const items: AsRunItem[] = []
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)] as T
  const between = (min: number, max: number) => min + Math.floor(r() * (max - min + 1))
  const dayNumber = Number(date.slice(8, 10))
  let t = 0
  while (t < DAY) {
    const night = t < 5 * 3600
    const programme = pick(night ? NIGHT : DAYTIME)
    const base = pick(programme.titles)
    const title = programme.episodes ? `${base} (tập ${dayNumber * 2 + (night ? 0 : 1)})` : base
    const slots: Array<Omit<AsRunItem, 'date' | 'startSeconds'>> = [
      {
        durationSeconds: between(programme.min, programme.max),
        title: night ? `${title} (phát lại)` : title,
        genre: programme.genre,
        origin: pick(programme.origins),
        rerun: night,
      },
      {
        durationSeconds: between(60, 300),
        title: pick(ADS),
        genre: 'quảng cáo',
        origin: 'trong nước',
        rerun: false,
      },
    ]
    if (r() < 0.7) {
      const filler = pick(FILLERS)
      slots.push({
        durationSeconds: between(filler.min, filler.max),
        title: pick(filler.titles),
        genre: filler.genre,
        origin: pick(filler.origins),
        rerun: false,
      })
    }
    for (const slot of slots) {
      if (t >= DAY) break
      // The last item is cut at midnight (the playout log starts the next day at 00:00:00);
      // a sliver under a minute goes to the item before it instead.
      let duration = Math.min(slot.durationSeconds, DAY - t)
      if (DAY - (t + duration) < 60) duration = DAY - t
      items.push({ ...slot, date, startSeconds: t, durationSeconds: duration })
      t += duration
    }
  }
  return items
}

export function asRunDays(firstDate: string, days: number, seed: number): AsRunItem[] {
  return Array.from({ length: days }, (_, i) => asRunDay(addDays(firstDate, i), seed + i)).flat()
}

const cell = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)

export function asRunLine(item: AsRunItem): string {
  return [
    vnDate(item.date),
    clock(item.startSeconds),
    clock(item.durationSeconds),
    cell(item.title),
    item.genre,
    item.origin,
    item.rerun ? 'có' : 'không',
    'vi',
  ].join(';')
}

/** The file's bytes: BOM, header, the lines (and any extra raw lines), CRLF. */
export function asRunCsv(items: readonly AsRunItem[], extraLines: readonly string[] = []): Buffer {
  const lines = [HEADER, ...items.map(asRunLine), ...extraLines]
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8')
}

/** A line that fails the import's checks: a start time past the end of the day. */
export function badLine(date: string): string {
  return `${vnDate(date)};24:15:00;00:30:00;Ca nhạc tổng hợp;ca nhạc;trong nước;không;vi`
}
