import { foldVietnamese } from '../../../../src/lib/vietnamese'

/**
 * One word of the story with the forms the matchers compare. Vietnamese writes a word per
 * syllable, so a token is a syllable; names and phrases are runs of tokens.
 */
export type Token = {
  text: string
  /** Offsets in the normalised text. */
  start: number
  end: number
  lower: string
  /** Lower case without diacritics, đ → d. */
  folded: string
  /** Lower case with the tone mark moved to one place, so "hoà" and "hòa" compare equal. */
  tone: string
  /** Has any diacritic (đ included). */
  marked: boolean
  /** Starts with an upper-case letter. */
  cap: boolean
  /** Two or more letters, all upper case (an abbreviation, or a headline in capitals). */
  upper: boolean
  /** The text between the previous token and this one. */
  sep: string
  /** Only spaces since the previous token: the two can belong to one name. */
  spaced: boolean
  /** Spaces, one dash or an abbreviation's dot: a gazetteer name or keyword may run on. */
  joined: boolean
  /** First token of a sentence (or of the headline, standfirst or a paragraph). */
  sentenceStart: boolean
  /** Punctuation since the previous token (a clause boundary). */
  clauseStart: boolean
  /** 0 headline, 1 standfirst, 2.. body paragraphs. */
  segment: number
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g
const WORD = /[\p{L}\p{M}\p{N}]+/gu
const SPACES = /^[ \t\u00a0\u202f]+$/
const DASHED = /^[ \t\u00a0]*[-–—][ \t\u00a0]*$/
const SENTENCE_END = /[.!?…:\n]/
const CLAUSE_PUNCT = /[.,;:!?…()[\]"“”«»/\n]/
/** Abbreviations followed by a dot that does not end the sentence ("TP. Hải Phòng", "PGS.TS."). */
const DOTTED_ABBREVIATIONS = new Set([
  'tp',
  'pgs',
  'gs',
  'ts',
  'ths',
  'bs',
  'ks',
  'ls',
  'th',
  'tt',
  'ck',
  'bsck',
  'st',
])

/** NFC, and the Icelandic eth some Vietnamese keyboards and converters type for Đ/đ. */
export function normaliseText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\u00d0/g, 'Đ')
    .replace(/\u00f0/g, 'đ')
    .replace(/\u0189/g, 'Đ')
}

export function toneKey(word: string): string {
  const decomposed = word.toLowerCase().normalize('NFD')
  const tones = decomposed.match(TONE_MARKS)?.join('') ?? ''
  return decomposed.replace(TONE_MARKS, '').normalize('NFC') + tones
}

export function foldWord(word: string): string {
  return foldVietnamese(word.toLowerCase())
}

/**
 * Folding and tone keys per distinct word: Vietnamese has a few thousand syllables, so a story
 * mostly repeats known ones and Unicode decomposition runs once per syllable, not per token.
 */
const forms = new Map<string, { folded: string; tone: string }>()
const MAX_CACHED_FORMS = 50_000

function formsOf(lower: string): { folded: string; tone: string } {
  let cached = forms.get(lower)
  if (!cached) {
    const folded = foldVietnamese(lower)
    cached = { folded, tone: folded === lower ? lower : toneKey(lower) }
    if (forms.size >= MAX_CACHED_FORMS) forms.clear()
    forms.set(lower, cached)
  }
  return cached
}

/** Splits already-normalised segments into tokens; each segment starts a new sentence. */
export function tokenize(segments: readonly string[]): Token[] {
  const tokens: Token[] = []
  segments.forEach((text, segment) => {
    let previousEnd = 0
    let first = true
    for (const match of text.matchAll(WORD)) {
      const word = match[0]
      const start = match.index
      const sep = first ? '\n' : text.slice(previousEnd, start)
      const previous = first ? undefined : tokens[tokens.length - 1]
      const dotAfterAbbreviation =
        previous !== undefined && /^\.\s*$/.test(sep) && isDottedAbbreviation(previous)
      const lower = word.toLowerCase()
      const { folded, tone } = formsOf(lower)
      const letters = word.replace(/[^\p{L}]/gu, '')
      tokens.push({
        text: word,
        start,
        end: start + word.length,
        lower,
        folded,
        tone,
        marked: folded !== lower,
        cap: /^\p{Lu}/u.test(word),
        upper: letters.length >= 2 && letters === letters.toUpperCase(),
        sep,
        spaced: SPACES.test(sep),
        joined: SPACES.test(sep) || DASHED.test(sep) || dotAfterAbbreviation,
        sentenceStart: first || (SENTENCE_END.test(sep) && !dotAfterAbbreviation),
        clauseStart: first || (CLAUSE_PUNCT.test(sep) && !dotAfterAbbreviation),
        segment,
      })
      previousEnd = start + word.length
      first = false
    }
  })
  return tokens
}

function isDottedAbbreviation(token: Token): boolean {
  return DOTTED_ABBREVIATIONS.has(token.folded) && token.cap
}

/** The story's own spelling of tokens [from, to), separators included. */
export function spanText(
  segments: readonly string[],
  tokens: readonly Token[],
  from: number,
  to: number,
): string {
  const first = tokens[from]
  const last = tokens[to - 1]
  if (!first || !last || first.segment !== last.segment)
    return tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(' ')
  return segments[first.segment]!.slice(first.start, last.end)
}

/**
 * Whether the text is written without diacritics (English, or Vietnamese typed plainly): then a
 * plain word may stand for a marked one. Written properly, Vietnamese marks about three syllables
 * in four; an English story with Vietnamese names marks few.
 */
export function isUnmarkedText(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => /\p{L}/u.test(token.text))
  if (words.length === 0) return true
  return words.filter((token) => token.marked).length / words.length < UNMARKED_TEXT_RATIO
}

const UNMARKED_TEXT_RATIO = 0.3

/** A story prepared once for every matcher. */
export type Doc = {
  segments: readonly string[]
  tokens: readonly Token[]
  /** Written without diacritics: plain words may stand for marked ones. */
  unmarked: boolean
}

/** Headline, standfirst, then each paragraph of the body (separated by blank lines). */
export function readDoc(parts: { headline: string; standfirst: string; body: string }): Doc {
  const paragraphs = normaliseText(parts.body).split(/\n\s*\n/)
  const segments = [normaliseText(parts.headline), normaliseText(parts.standfirst), ...paragraphs]
  const tokens = tokenize(segments)
  return { segments, tokens, unmarked: isUnmarkedText(tokens) }
}
