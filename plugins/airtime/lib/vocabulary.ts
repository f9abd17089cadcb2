/**
 * The schedule's fixed vocabularies (genre, origin, log, source) with their Vietnamese labels and
 * the words an imported CSV may use for them, folded (no diacritics, lower case).
 */
import { searchKey } from '../../../src/lib/vietnamese'
import {
  GENRES as GENRE_OPTIONS,
  ORIGINS as ORIGIN_OPTIONS,
  type Genre,
  type Origin,
} from '../../broadcast/types'

export type Bilingual = { vi: string; en: string }

/**
 * Genres and origins are the broadcast plugin's (programmes and rundown items carry them), so a
 * rundown's genre and origin carry over into the schedule unchanged.
 */
export const GENRES = GENRE_OPTIONS.map((option) => option.value)
export type { Genre, Origin }
export const GENRE_LABELS = Object.fromEntries(GENRE_OPTIONS.map((o) => [o.value, o.label])) as Record<
  Genre,
  Bilingual
>

/** Who produced it: the station itself, another Vietnamese producer, or a foreign one. */
export const ORIGINS = ORIGIN_OPTIONS.map((option) => option.value)
export const ORIGIN_LABELS = Object.fromEntries(ORIGIN_OPTIONS.map((o) => [o.value, o.label])) as Record<
  Origin,
  Bilingual
>

/** The plan (what the schedule says) and the as-run log (what went on air). */
export const LOGS = ['plan', 'asrun'] as const
export type Log = (typeof LOGS)[number]

export const LOG_LABELS: Record<Log, Bilingual> = {
  plan: { vi: 'Lịch phát sóng (kế hoạch)', en: 'Plan' },
  asrun: { vi: 'Nhật ký phát sóng thực tế (as-run)', en: 'As-run log' },
}

export const SOURCES = ['manual', 'csv', 'rundown'] as const
export type ItemSource = (typeof SOURCES)[number]

export const SOURCE_LABELS: Record<ItemSource, Bilingual> = {
  manual: { vi: 'Nhập tay', en: 'Manual' },
  csv: { vi: 'Nhập từ CSV', en: 'CSV import' },
  rundown: { vi: 'Dựng từ kịch bản', en: 'Built from rundowns' },
}

/** Folded words (Vietnamese first, English aliases) an imported file may use for each genre. */
const GENRE_WORDS: Record<Genre, string[]> = {
  news: ['tin tuc', 'thoi su', 'ban tin', 'tin tuc thoi su', 'news'],
  current: ['chuyen de', 'chinh luan', 'chuyen de chinh luan', 'current', 'current affairs'],
  documentary: ['phim tai lieu', 'tai lieu', 'phong su', 'documentary'],
  education: ['giao duc', 'education'],
  entertainment: ['giai tri', 'entertainment'],
  music: ['am nhac', 'ca nhac', 'music'],
  sport: ['the thao', 'sport', 'sports'],
  children: ['thieu nhi', 'tre em', 'children', 'kids'],
  film: ['phim', 'phim truyen', 'phim le', 'film', 'movie'],
  series: ['phim bo', 'phim truyen hinh', 'series'],
  ads: ['quang cao', 'ads', 'ad', 'advertising', 'commercial'],
  other: ['khac', 'other'],
}

const ORIGIN_WORDS: Record<Origin, string[]> = {
  self: ['tu san xuat', 'tsx', 'self', 'self produced', 'in house'],
  domestic: ['trong nuoc', 'khai thac trong nuoc', 'san xuat trong nuoc', 'domestic'],
  foreign: ['nuoc ngoai', 'khai thac nuoc ngoai', 'foreign', 'imported'],
}

function lookup<T extends string>(words: Record<T, string[]>): Map<string, T> {
  const map = new Map<string, T>()
  for (const [value, list] of Object.entries(words) as Array<[T, string[]]>) {
    map.set(value.toLowerCase(), value)
    for (const word of list) map.set(word, value)
  }
  return map
}

const GENRE_BY_WORD = lookup(GENRE_WORDS)
const ORIGIN_BY_WORD = lookup(ORIGIN_WORDS)
const fold = (text: string) => searchKey(text).replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim()

export const genreOf = (text: string): Genre | undefined => GENRE_BY_WORD.get(fold(text))
export const originOf = (text: string): Origin | undefined => ORIGIN_BY_WORD.get(fold(text))

/** "có/không", "x", "1/0", "yes/no"; empty means no. `undefined` when it is none of these. */
export function yesNoOf(text: string): boolean | undefined {
  const key = fold(text)
  if (['', 'khong', 'k', '0', 'no', 'n', 'false'].includes(key)) return false
  if (['co', 'c', 'x', '1', 'yes', 'y', 'true', 'phat lai'].includes(key)) return true
  return undefined
}

/** Genres and origins as a list for error messages ("tin tức, thời sự; chuyên đề, …"). */
export const GENRE_HINT = GENRES.map((g) => GENRE_LABELS[g].vi).join('; ')
export const ORIGIN_HINT = ORIGINS.map((o) => ORIGIN_LABELS[o].vi).join(', ')

export const isGenre = (value: unknown): value is Genre =>
  typeof value === 'string' && (GENRES as readonly string[]).includes(value)
export const isOrigin = (value: unknown): value is Origin =>
  typeof value === 'string' && (ORIGINS as readonly string[]).includes(value)
export const isLog = (value: unknown): value is Log =>
  typeof value === 'string' && (LOGS as readonly string[]).includes(value)
