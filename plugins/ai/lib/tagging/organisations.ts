import type { TagOption } from '../../types'
import { EntityCollector } from './entities'
import {
  NOT_ORGANISATIONS,
  ORG_COMPOUNDS,
  ORG_CONNECTORS,
  ORG_HEADS,
  ORG_LOWER_PAIRS,
  TITLE_CUES,
  type OrgHead,
} from './lexicon'
import { startsFullName } from './mentions'
import { PhraseIndex } from './phrases'
import { spanText, toneKey, type Doc, type Token } from './text'

export const ORGANISATION_LIMITS = { min: 0.5, max: 10, longName: 3, longNameBonus: 0.05, cap: 0.95 } as const

/** Words that open what is said about the organisation, never the end of its name. */
const PREDICATE_WORDS = new Set(
  [
    ...['cho', 'đã', 'đang', 'sẽ', 'vừa', 'là', 'có', 'được', 'bị', 'tại', 'ở', 'với', 'của', 'trong'],
    ...['từ', 'đến', 'này', 'đó', 'cũng', 'không', 'chưa', 'mới', 'vẫn', 'phối', 'tổ', 'thực', 'triển'],
    ...['khai', 'tiếp', 'nhận', 'cùng', 'khẳng', 'thông', 'ban', 'yêu', 'đề', 'kiểm', 'trao', 'ký', 'hỗ'],
    ...['và', 'để', 'khi', 'nên', 'thì', 'mà', 'như', 'về', 'theo', 'trên', 'dưới', 'sau', 'trước'],
  ].map(toneKey),
)

let heads: PhraseIndex<OrgHead> | undefined

function headIndex(): PhraseIndex<OrgHead> {
  if (!heads) {
    heads = new PhraseIndex<OrgHead>()
    for (const head of ORG_HEADS) heads.add(head.words, head)
  }
  return heads
}

/**
 * Organisations: a capitalised head word ("Sở", "Công ty", "UBND", "Trường THPT"…) and the name
 * after it. Vietnamese capitalises only the first syllable of each word of a name ("Sở Giáo dục
 * và Đào tạo tỉnh Hưng Yên"), so the name runs over capitalised words, the lower-case second
 * half of a known compound or of a word the name continues after, and connectors ("và",
 * "tỉnh"…) followed by more of the name; it stops at the first other lower-case word.
 */
export function tagOrganisations(doc: Doc, places: ReadonlySet<number>): TagOption[] {
  const { tokens } = doc
  const found = new EntityCollector('organisation')
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.cap) continue
    const match = headIndex()
      .matchAt(tokens, i)
      .find((m) => !m.loose || doc.unmarked)
    if (!match) continue
    const head = match.value
    if (head.needs && !startsWithAny(tokens, match.end, head.needs)) continue
    const end = nameEnd(tokens, match.end, places)
    if (end === match.end) continue
    const key = tokens
      .slice(i, end)
      .map((t) => t.tone)
      .join(' ')
    if (NOT_ORGANISATIONS.has(key)) continue
    const label = spanText(doc.segments, tokens, i, end)
    const bonus = end - match.end >= ORGANISATION_LIMITS.longName ? ORGANISATION_LIMITS.longNameBonus : 0
    found.add(key, label, Math.min(ORGANISATION_LIMITS.cap, head.confidence + bonus), label, i)
    i = end - 1
  }
  return found.tags(ORGANISATION_LIMITS.max, ORGANISATION_LIMITS.min)
}

function startsWithAny(tokens: readonly Token[], at: number, phrases: ReadonlySet<string>): boolean {
  for (const size of [1, 2, 3]) {
    const words = tokens.slice(at, at + size)
    if (words.length < size || words.some((t) => !t.joined)) return false
    if (phrases.has(words.map((t) => t.tone).join(' '))) return true
  }
  return false
}

function pairAt(tokens: readonly Token[], at: number): string {
  const next = tokens[at + 1]
  return next?.spaced ? `${tokens[at]!.tone} ${next.tone}` : ''
}

/** Token index after the organisation's name, or `from` when no name follows the head. */
function nameEnd(tokens: readonly Token[], from: number, places: ReadonlySet<number>): number {
  let end = from
  let k = from
  let named = false
  while (k < tokens.length) {
    const token = tokens[k]!
    const listed = end === k && k > from && commaInName(tokens, k)
    if ((!listed && (!token.joined || token.clauseStart)) || startsAnother(tokens, k, places)) break
    if (token.cap || /^\d/.test(token.text)) {
      named = true
      end = ++k
      continue
    }
    const pair = pairAt(tokens, k)
    const capitalAfter = (offset: number): boolean =>
      !!tokens[k + offset]?.spaced && !!tokens[k + offset]?.cap
    if (ORG_CONNECTORS.has(pair) && capitalAfter(2)) {
      k += 2
      continue
    }
    if (ORG_CONNECTORS.has(token.tone) && capitalAfter(1) && !startsAnother(tokens, k + 1, places, true)) {
      k += 1
      continue
    }
    if (ORG_LOWER_PAIRS.has(pair)) {
      end = k += 2
      continue
    }
    if (k > from && secondHalf(tokens, k)) {
      end = ++k
      continue
    }
    break
  }
  return named ? end : from
}

/**
 * Whether lower-case token k finishes the capitalised word before it ("Y tế", "Phục vụ"): a
 * known compound, a word the name goes on after, or the only capitalised word since the head
 * (a proper name of two capitalised words, "Hòa Phát", ends there) unless it is a word that
 * starts the sentence's predicate.
 */
function secondHalf(tokens: readonly Token[], k: number): boolean {
  const previous = tokens[k - 1]!
  const token = tokens[k]!
  if (!previous.cap || previous.upper || ORG_CONNECTORS.has(token.tone)) return false
  if (ORG_COMPOUNDS.has(`${previous.tone} ${token.tone}`)) return true
  const next = tokens[k + 1]
  if (next?.spaced && (next.cap || ORG_CONNECTORS.has(next.tone))) return true
  const beforePrevious = tokens[k - 2]
  const loneCapital = !beforePrevious?.cap || !previous.spaced
  return loneCapital && !PREDICATE_WORDS.has(token.tone)
}

/**
 * Token k opens something else: a title ("… tỉnh Hưng Yên Chủ tịch …"), a person's name right
 * after a place ("UBND tỉnh Hưng Yên Trần Văn A") or, after "và", another organisation.
 */
function startsAnother(
  tokens: readonly Token[],
  k: number,
  places: ReadonlySet<number>,
  afterAnd = false,
): boolean {
  for (const size of [1, 2, 3, 4]) {
    const words = tokens.slice(k, k + size)
    if (words.length < size) break
    if (TITLE_CUES.has(words.map((t) => t.tone).join(' '))) return true
  }
  if (places.has(k - 1) && !places.has(k) && startsFullName(tokens, k)) return true
  return afterAnd && headIndex().matchAt(tokens, k).length > 0
}

const AND = toneKey('và')

/**
 * "Sở Văn hóa, Thể thao và Du lịch": a comma inside a name lists its fields, so a capitalised
 * word after it that is not another organisation is followed, in the same clause, by "và".
 */
function commaInName(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!
  if (!/^,\s+$/.test(token.sep) || !token.cap || headIndex().matchAt(tokens, k).length > 0) return false
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
    if (tokens[j]!.clauseStart) return false
    if (tokens[j]!.tone === AND) return true
  }
  return false
}
