/**
 * Fitting text into a character limit without leaving a mess: never cut inside a word, never end
 * on a dangling function word ("... cho các"), a comma or an opening quote.
 */
import { countPrintCharacters } from '../../../../src/lib/textMeasure'

const NEEDS_SEGMENTER_RE = /[\p{M}\u200D\u1100-\u11FF\u{10000}-\u{10FFFF}]/u

/**
 * Characters as the admin's meters count them (countPrintCharacters: grapheme clusters,
 * whitespace runs once), without building a segmenter for plain NFC text, where every code
 * unit is one character: the cutters call this thousands of times.
 */
export function charCount(text: string): number {
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim()
  return NEEDS_SEGMENTER_RE.test(normalised) ? countPrintCharacters(normalised) : normalised.length
}

/** Syllables a phrase cannot end on without sounding cut off. */
const DANGLING = new Set(
  (
    'và của các những cho với tại trong để là được có từ đến theo về như hoặc nhưng mà thì khi do bởi vì ' +
    'nên một này ở trên dưới sau trước cùng bị qua nếu đã sẽ đang vẫn còn rất hơn gần khoảng đạt gồm'
  ).split(' '),
)

const TRAILING_JUNK_RE = /[\s,;:–—\-/(“‘"'[«]+$/u

/** Drops trailing punctuation that would be left hanging, and an unclosed quote or bracket. */
export function trimTrailingJunk(text: string): string {
  let out = text.replace(TRAILING_JUNK_RE, '')
  const opens = (out.match(/[“(]/g) ?? []).length
  const closes = (out.match(/[”)]/g) ?? []).length
  if (opens > closes) {
    const last = Math.max(out.lastIndexOf('“'), out.lastIndexOf('('))
    out = out.slice(0, last).replace(TRAILING_JUNK_RE, '')
  }
  const straight = (out.match(/"/g) ?? []).length
  if (straight % 2 === 1) out = out.slice(0, out.lastIndexOf('"')).replace(TRAILING_JUNK_RE, '')
  return out
}

/** Removes dangling function words at the end ("... hỗ trợ cho các" → "... hỗ trợ"). */
export function dropDanglingWords(text: string): string {
  let out = trimTrailingJunk(text)
  for (;;) {
    const match = /\s+([\p{L}\p{M}]+)$/u.exec(out)
    if (!match || !DANGLING.has(match[1].toLowerCase())) return out
    out = trimTrailingJunk(out.slice(0, match.index))
  }
}

/**
 * Longest prefix of `text` that ends at a word boundary and fits `maxChars` with `ellipsis`
 * appended; `text` itself when it already fits.
 */
export function cutAtWord(text: string, maxChars: number, ellipsis = '…'): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (charCount(clean) <= maxChars) return clean
  const room = maxChars - charCount(ellipsis)
  let cut = ''
  for (const match of clean.matchAll(/\S+/g)) {
    const candidate = clean.slice(0, match.index + match[0].length)
    // Code units never undercount characters, so only long candidates need the exact count.
    if (candidate.length > room && charCount(candidate) > room) break
    cut = candidate
  }
  const tidy = dropDanglingWords(cut.replace(/[.!?…]+$/, ''))
  if (tidy) return tidy + ellipsis
  // One "word" longer than the limit (a pasted link, a run of symbols): nothing to do but cut it.
  return [...clean].slice(0, Math.max(room, 0)).join('') + ellipsis
}

/** Words that open a new phrase: cutting just before one leaves a complete phrase behind. */
const PHRASE_OPENERS = new Set(
  (
    'với tại trong cho của và để từ khi nhằm theo sau trước do vì nhưng mà nên hoặc thông qua bằng ' +
    'trên dưới ở đến tới về cùng gồm như nếu thì góp kèm'
  ).split(' '),
)

/** True when `index` falls inside a quotation or parentheses: no cutting there. */
function enclosed(text: string, index: number): boolean {
  const before = text.slice(0, index)
  const count = (re: RegExp) => (before.match(re) ?? []).length
  return count(/“/g) > count(/”/g) || count(/\(/g) > count(/\)/g) || count(/"/g) % 2 === 1
}

function longestPrefix(text: string, cuts: number[], maxChars: number, minChars: number): string {
  let best = ''
  for (const cut of cuts) {
    if (enclosed(text, cut)) continue
    const candidate = dropDanglingWords(text.slice(0, cut))
    if (charCount(candidate) > maxChars) break
    if (charCount(candidate) >= minChars) best = candidate
  }
  return best
}

/**
 * Shortens to a complete phrase: at a clause boundary (comma, semicolon, dash) when that keeps
 * at least half the room, else before a preposition or conjunction ("... năm học 2025-2026 | với
 * ba môn thi"), else at a space. Commas before a capital are skipped: they separate names in a
 * list or open a title ("ông Bình, Phó Chủ tịch"). No ellipsis: for headlines.
 */
export function cutAtClause(text: string, maxChars: number, minChars = 30): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (charCount(clean) <= maxChars) return clean
  const clauseCuts = [...clean.matchAll(/\s*[,;]\s+(?!\p{Lu})|\s+[–—-]\s+/gu)].map((m) => m.index)
  const byClause = longestPrefix(clean, clauseCuts, maxChars, minChars)
  if (charCount(byClause) >= maxChars / 2) return byClause
  const phraseCuts = [...clean.matchAll(/\s+([\p{L}\p{M}]+)/gu)]
    .filter((m) => PHRASE_OPENERS.has(m[1].toLowerCase()))
    .map((m) => m.index)
  const byPhrase = longestPrefix(clean, phraseCuts, maxChars, minChars)
  const best = charCount(byPhrase) > charCount(byClause) ? byPhrase : byClause
  return best || cutAtWord(clean, maxChars, '')
}

/** Upper-cases the first letter. */
export function capitalise(text: string): string {
  const index = text.search(/\p{L}/u)
  if (index < 0) return text
  return text.slice(0, index) + text[index].toUpperCase() + text.slice(index + 1)
}
