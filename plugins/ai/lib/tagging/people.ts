import type { TagOption } from '../../types'
import { EntityCollector } from './entities'
import { PREFIX_WANT } from './gazetteer'
import { ADDRESS_CUES, NOT_PLACE_CUES, ROLE_CUES, SURNAMES, TITLE_CUES } from './lexicon'
import { spanText, toneKey, type Doc, type Token } from './text'

/** How sure a full name is a person, by what stands around it. */
export const PERSON_CONFIDENCE = {
  address: 0.85,
  title: 0.85,
  role: 0.8,
  titleBefore: 0.8,
  titleAfter: 0.75,
  middleName: 0.6,
  min: 0.5,
  max: 10,
} as const

/** How far back a title may stand from its holder's name ("Chủ tịch UBND tỉnh Hưng Yên Nguyễn Văn A"). */
const TITLE_REACH = 12
const MAX_SYLLABLES = 4
const NAME_MIDDLES = new Set(['văn', 'thị'].map(toneKey))

/**
 * Vietnamese personal names: a family name and one to three more capitalised syllables, taken
 * when a form of address, a role or a title points at them, or when the middle name is Văn/Thị.
 * Tokens inside places the gazetteer found are never a person ("xã Lê Lợi").
 */
export function tagPeople(doc: Doc, covered: ReadonlySet<number>): TagOption[] {
  const { tokens } = doc
  const people = new EntityCollector('person')
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!
    if (!first.cap || first.upper || covered.has(i) || !SURNAMES.has(first.tone)) continue
    let end = i + 1
    while (
      end < tokens.length &&
      end - i < MAX_SYLLABLES &&
      isNameSyllable(tokens[end]!) &&
      !covered.has(end)
    )
      end++
    if (end - i < 2) continue
    const confidence = cueConfidence(tokens, i, end, covered)
    if (confidence === undefined) continue
    const key = tokens
      .slice(i, end)
      .map((t) => t.tone)
      .join(' ')
    const label = tokens
      .slice(i, end)
      .map((t) => t.text)
      .join(' ')
    people.add(key, label, confidence, spanText(doc.segments, tokens, i, end), i)
    i = end - 1
  }
  return people.tags(PERSON_CONFIDENCE.max, PERSON_CONFIDENCE.min)
}

function isNameSyllable(token: Token): boolean {
  return (
    token.spaced && token.cap && /^\p{L}+$/u.test(token.text) && (!token.upper || token.text.length === 1)
  )
}

function phraseBefore(tokens: readonly Token[], at: number, set: ReadonlySet<string>): boolean {
  for (const size of [1, 2, 3]) {
    const from = at - size
    if (from < 0) return false
    if (tokens.slice(from + 1, at + 1).some((t) => !t.joined || t.clauseStart)) return false
    const key = tokens
      .slice(from, at)
      .map((t) => t.tone)
      .join(' ')
    if (set.has(key)) return true
  }
  return false
}

function cueConfidence(
  tokens: readonly Token[],
  from: number,
  end: number,
  covered: ReadonlySet<number>,
): number | undefined {
  const first = tokens[from]!
  const before = from > 0 && first.joined && !first.clauseStart ? tokens[from - 1] : undefined
  if (before && (phraseBefore(tokens, from, NOT_PLACE_CUES) || PREFIX_WANT[before.folded])) return undefined
  if (phraseBefore(tokens, from, ADDRESS_CUES)) return PERSON_CONFIDENCE.address
  if (phraseBefore(tokens, from, TITLE_CUES)) return PERSON_CONFIDENCE.title
  if (phraseBefore(tokens, from, ROLE_CUES)) return PERSON_CONFIDENCE.role
  if (titleEarlierInClause(tokens, from)) return PERSON_CONFIDENCE.titleBefore
  if (titleRightAfter(tokens, end)) return PERSON_CONFIDENCE.titleAfter
  const partOfLongerName = before?.cap && !before.sentenceStart && !covered.has(from - 1)
  if (!partOfLongerName && end - from >= 3 && NAME_MIDDLES.has(tokens[from + 1]!.tone)) {
    return PERSON_CONFIDENCE.middleName
  }
  return undefined
}

/** A title earlier in the same clause, with only the body it leads in between. */
function titleEarlierInClause(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - TITLE_REACH); k--) {
    if (tokens[k + 1]!.clauseStart) return false
    for (const size of [1, 2, 3, 4]) {
      const from = k - size + 1
      if (from < 0) break
      const key = tokens
        .slice(from, k + 1)
        .map((t) => t.tone)
        .join(' ')
      if (TITLE_CUES.has(key)) return true
    }
  }
  return false
}

/** "Nguyễn Văn A, Chủ tịch UBND xã": a title right after the name. */
function titleRightAfter(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end]
  if (!next || !/^\s*[,–-]\s*$/.test(next.sep)) return false
  for (const size of [1, 2, 3, 4]) {
    const key = tokens
      .slice(end, end + size)
      .map((t) => t.tone)
      .join(' ')
    if (TITLE_CUES.has(key)) return true
  }
  return false
}
