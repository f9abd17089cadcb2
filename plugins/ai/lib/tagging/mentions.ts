import type { GazetteerPlace } from '../../types'
import { PREFIX_WANT, type Gazetteer, type PlaceName, type Want } from './gazetteer'
import { ADDRESS_CUES, MIDDLE_NAMES, NOT_PLACE_CUES, SURNAMES } from './lexicon'
import { toneKey, type Doc, type Token } from './text'

/** A place name found in the text, before deciding which place it is. */
export type Mention = {
  candidates: PlaceName[]
  /** First token (the prefix, when there is one), first token of the name, token after the end. */
  from: number
  nameFrom: number
  nameTo: number
  to: number
  /** Folded name, to link bare mentions to a prefixed one ("phường Thái Bình" … "Thái Bình"). */
  key: string
  want: Want
  /** How the level was given: a prefix, an English suffix, a list after a prefix, or nothing. */
  cue: 'prefix' | 'suffix' | 'list' | 'none'
  loose: boolean
  /** Followed by "(cũ)". */
  markedFormer: boolean
  /** A bare province name inside a longer capitalised name ("Báo Hưng Yên"). */
  insideName: boolean
  /** The province named right after the place ("xã Lê Lợi, tỉnh Hưng Yên"). */
  hint?: GazetteerPlace
}

const PREFIX_SPELLING: Readonly<Record<string, string>> = {
  'thanh pho': 'thành phố',
  tp: 'tp',
  tinh: 'tỉnh',
  xa: 'xã',
  phuong: 'phường',
  'dac khu': 'đặc khu',
  'thi xa': 'thị xã',
  'thi tran': 'thị trấn',
  huyen: 'huyện',
  quan: 'quận',
}
const PREFIX_TONES = new Map(
  Object.entries(PREFIX_SPELLING).map(([k, v]) => [k, v.split(' ').map(toneKey).join(' ')]),
)

const SUFFIX_WANT: Readonly<Record<string, Want>> = {
  province: 'province',
  city: 'city',
  commune: 'commune',
  ward: 'ward',
  district: 'district',
}

const LIST_JOINERS = new Set(['và', 'cùng', 'hoặc', 'với'].map(toneKey))

/** Every place name in the story with the evidence around it, in text order. */
export function findMentions(doc: Doc, gazetteer: Gazetteer): Mention[] {
  const { tokens } = doc
  const mentions: Mention[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.cap) continue
    const matches = gazetteer.names.matchAt(tokens, i)
    const end = matches[0]?.end
    if (end === undefined || !allCapitalised(tokens, i, end)) continue
    const longest = matches.filter((m) => m.end === end)
    const mention = describe(
      doc,
      gazetteer,
      i,
      end,
      longest.map((m) => m.value),
      longest.every((m) => m.loose),
    )
    const previous = mentions[mentions.length - 1]
    if (
      mention.cue === 'none' &&
      previous &&
      previous.cue !== 'none' &&
      continuesList(tokens, previous.to, i)
    ) {
      mention.want = previous.want
      mention.cue = 'list'
    }
    if (mention.cue === 'none' && !bareAllowedHere(doc, mention)) continue
    mentions.push(mention)
    i = mention.to - 1
  }
  return mentions
}

function allCapitalised(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!tokens[k]!.cap) return false
  return true
}

function describe(
  doc: Doc,
  gazetteer: Gazetteer,
  at: number,
  end: number,
  candidates: PlaceName[],
  loose: boolean,
): Mention {
  const { tokens } = doc
  const mention: Mention = {
    candidates,
    from: at,
    nameFrom: at,
    nameTo: end,
    to: end,
    key: tokens
      .slice(at, end)
      .map((t) => t.folded)
      .join(' '),
    want: 'bare',
    cue: 'none',
    loose,
    markedFormer: false,
    insideName: false,
  }
  const prefix = prefixBefore(tokens, at, loose || doc.unmarked)
  if (prefix) {
    mention.from = prefix.from
    mention.want = prefix.want
    mention.cue = 'prefix'
  } else {
    const suffix = tokens[end]
    const want = suffix?.spaced ? SUFFIX_WANT[suffix.folded] : undefined
    if (want) {
      mention.want = want
      mention.cue = 'suffix'
      mention.to = end + 1
    }
  }
  const former = tokens[mention.to]
  if (former && former.tone === toneKey('cũ') && /^\s*\(?\s*$/.test(former.sep)) {
    mention.markedFormer = true
    mention.to += 1
  }
  mention.hint = provinceAfter(tokens, gazetteer, mention.to)
  return mention
}

/** "xã", "thị xã", "TP." … right before the name, spelt properly (or plainly in plain text). */
function prefixBefore(
  tokens: readonly Token[],
  at: number,
  plainAllowed: boolean,
): { want: Want; from: number } | undefined {
  if (!tokens[at]!.joined || tokens[at]!.clauseStart) return undefined
  for (const size of [2, 1]) {
    const from = at - size
    if (from < 0) continue
    const words = tokens.slice(from, at)
    if (words.some((t, k) => k > 0 && !t.spaced) || words[0]!.segment !== tokens[at]!.segment) continue
    const folded = words.map((t) => t.folded).join(' ')
    const want = PREFIX_WANT[folded]
    if (!want) continue
    const tones = words.map((t) => t.tone).join(' ')
    const spelt = tones === PREFIX_TONES.get(folded) || (plainAllowed && words.every((t) => !t.marked))
    if (spelt) return { want, from }
  }
  return undefined
}

/** A province named right after: ", tỉnh Hưng Yên", " (Hưng Yên)", " – Hưng Yên". */
function provinceAfter(
  tokens: readonly Token[],
  gazetteer: Gazetteer,
  at: number,
): GazetteerPlace | undefined {
  const first = tokens[at]
  if (!first || !/^\s*[,(–-]?\s*$/.test(first.sep)) return undefined
  let k = at
  const prefix = [2, 1].find((size) => {
    const folded = tokens
      .slice(at, at + size)
      .map((t) => t.folded)
      .join(' ')
    return ['tinh', 'thanh pho', 'tp'].includes(folded)
  })
  if (prefix) k += prefix
  if (!tokens[k]?.cap) return undefined
  const match = gazetteer.names.matchAt(tokens, k).find((m) => m.value.provinceLevel)
  if (!match) return undefined
  // Without "tỉnh", ", Hà Nội" may be the next item of a list; it names the province only when
  // the clause ends there ("xã Lê Lợi, Hưng Yên." or "xã Lê Lợi (Hưng Yên)").
  const after = tokens[match.end]
  const clauseEnds = !after || after.clauseStart || after.segment !== tokens[k]!.segment
  return prefix || clauseEnds || /^\s*\(/.test(first.sep) ? match.value.place : undefined
}

/** ", " or " và " between the end of one place and the start of the next. */
function continuesList(tokens: readonly Token[], previousEnd: number, at: number): boolean {
  if (previousEnd === at) return /^\s*,\s*$/.test(tokens[at]!.sep)
  if (previousEnd + 1 !== at) return false
  const joiner = tokens[previousEnd]!
  return LIST_JOINERS.has(joiner.tone) && /^\s*,?\s*$/.test(joiner.sep) && tokens[at]!.spaced
}

/**
 * A name without a prefix is a place only in a place's position: not after "ông", "đường",
 * "Trường THPT", not inside a person's name ("Nguyễn Thái Bình") or a longer capitalised name.
 */
function bareAllowedHere(doc: Doc, mention: Mention): boolean {
  const { tokens } = doc
  const first = tokens[mention.nameFrom]!
  const capsLine = tokens.slice(mention.nameFrom, mention.nameTo).every((t) => t.upper)
  const before = mention.nameFrom > 0 && first.spaced ? tokens[mention.nameFrom - 1] : undefined
  if (before && !capsLine) {
    if (
      before.cap &&
      (SURNAMES.has(before.tone) || (MIDDLE_NAMES.has(before.tone) && !before.sentenceStart))
    ) {
      return false
    }
    if (cueBefore(tokens, mention.nameFrom)) return false
    if (before.cap && !before.sentenceStart) {
      if (!mention.candidates.some((c) => c.provinceLevel)) return false
      mention.insideName = true
    }
  }
  const after = tokens[mention.to]
  if (after?.spaced && after.cap && !capsLine && !startsFullName(tokens, mention.to)) return false
  return true
}

function cueBefore(tokens: readonly Token[], at: number): boolean {
  for (const size of [1, 2, 3]) {
    const from = at - size
    if (from < 0) return false
    const words = tokens.slice(from, at)
    if (words.some((t, k) => !tokens[from + k + 1]!.spaced)) return false
    const key = words.map((t) => t.tone).join(' ')
    if (NOT_PLACE_CUES.has(key) || ADDRESS_CUES.has(key)) return true
  }
  return false
}

/** A family name and at least one more capitalised word: a person's name follows. */
export function startsFullName(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at]
  const second = tokens[at + 1]
  return !!first && SURNAMES.has(first.tone) && !!second && second.spaced && second.cap
}
