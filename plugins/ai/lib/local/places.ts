/**
 * Place names in a story: after an administrative word ("tỉnh Quảng Ngãi", "xã Quỳnh Phụ") or a
 * known province name on its own ("VSIP Quảng Ngãi"). The most mentioned one is the story's
 * subject for "<Nơi>: <sự việc>" headlines and for the TV shot list.
 */
import type { StoryText } from '../../types'
import { PROVINCES } from './knownNames'

export type PlaceMention = { name: string; index: number; province: boolean }

const CAPITALISED = '\\p{Lu}[\\p{Ll}\\p{M}]*'
const ADMIN_RE = new RegExp(
  `(?<![\\p{L}])(tỉnh|thành phố|TP\\.?|xã|phường|thị trấn|thị xã|huyện|quận|đặc khu)\\s+(${CAPITALISED}(?:\\s+${CAPITALISED}){0,3})(?![\\p{L}])`,
  'gu',
)
const PROVINCE_RE = new RegExp(
  `(?<![\\p{L}])(${[...PROVINCES].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
  'gu',
)
const PROVINCE_SET = new Set(PROVINCES)
const HCM_RE = /(?<![\p{L}])TP\.?\s?HCM(?![\p{L}])/gu

/** Every place mention in order of appearance (one per position). */
export function placeMentions(text: string): PlaceMention[] {
  const byIndex = new Map<number, PlaceMention>()
  const normalised = text.normalize('NFC')
  for (const match of normalised.matchAll(HCM_RE)) {
    byIndex.set(match.index, { name: 'Hồ Chí Minh', index: match.index, province: true })
  }
  for (const match of normalised.matchAll(ADMIN_RE)) {
    const index = match.index + match[0].length - match[2].length
    const province = match[1] === 'tỉnh' || match[1].startsWith('thành phố') || match[1].startsWith('TP')
    byIndex.set(index, { name: match[2], index, province: province || PROVINCE_SET.has(match[2]) })
  }
  for (const match of normalised.matchAll(PROVINCE_RE)) {
    if (![...byIndex.values()].some((m) => m.index <= match.index && match.index < m.index + m.name.length)) {
      byIndex.set(match.index, { name: match[1], index: match.index, province: true })
    }
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index)
}

/**
 * The place a story is about: the most mentioned (provinces count more, the headline's count
 * double), if mentioned at least twice or in the headline. Null when none stands out.
 */
export function mainPlace(story: StoryText): string | null {
  const weights = new Map<string, number>()
  const add = (text: string, factor: number) => {
    for (const mention of placeMentions(text)) {
      weights.set(mention.name, (weights.get(mention.name) ?? 0) + factor * (mention.province ? 1.5 : 1))
    }
  }
  add(story.headline, 2)
  add(story.standfirst, 1)
  add(story.body, 1)
  const ranked = [...weights.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const [best, second] = ranked
  if (!best || best[1] < 2) return null
  // Two places mentioned equally: the story is about neither alone.
  if (second && second[1] === best[1]) return null
  return best[0]
}
