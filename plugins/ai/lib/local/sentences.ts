/**
 * Paragraph and sentence splitting for Vietnamese news text. A full stop is not always the end of
 * a sentence: "TP. Quảng Ngãi", "PGS.TS. Nguyễn Văn A", "1.200 tỷ đồng", "TP.HCM"; and a quote
 * may hold several sentences that belong together (“... làm. Sau đó ...”).
 */

export type Sentence = {
  text: string
  /** Offsets of `text` in the string that was split. */
  start: number
  end: number
}

/** Titles and administrative abbreviations written with a full stop before a name. */
const ABBREVIATIONS = new Set([
  'TP',
  'Tp',
  'TX',
  'TT',
  'TS',
  'PGS',
  'GS',
  'ThS',
  'Ths',
  'TSKH',
  'BS',
  'BSCKI',
  'BSCKII',
  'KS',
  'KTS',
  'LS',
  'NSND',
  'NSƯT',
  'NXB',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'St',
])

const TERMINATORS = '.!?…'
const CLOSERS = '”’")]»'
const OPENERS = '“‘"([«'
const LETTER_RE = /\p{L}/u
const UPPER_START_RE = /[\p{Lu}\p{N}“‘"'([«–—•-]/u

/** Body paragraphs: any newline run separates them (Lexical's plain text uses single newlines). */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
}

/** A title or unit label written with a full stop ("TP.", "PGS.", "ThS."). */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word)
}

function wordBefore(text: string, dot: number): string {
  let i = dot
  while (i > 0 && LETTER_RE.test(text[i - 1])) i--
  return text.slice(i, dot)
}

function isAbbreviationDot(text: string, dot: number): boolean {
  const word = wordBefore(text, dot)
  if (!word) return false
  if (ABBREVIATIONS.has(word)) return true
  // An initial ("Nguyễn V. An") or a one-letter unit label ("Q. 1", "P. Bến Nghé").
  return word.length === 1 && word === word.toUpperCase() && word !== word.toLowerCase()
}

function boundaries(text: string, trackQuotes: boolean): { ends: number[]; balanced: boolean } {
  const ends: number[] = []
  let depth = 0
  let straightOpen = false
  const trackChar = (c: string) => {
    if (c === '"') {
      straightOpen = !straightOpen
      depth += straightOpen ? 1 : -1
    } else if (OPENERS.includes(c)) depth++
    else if (CLOSERS.includes(c) && depth > 0) depth--
  }
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (!TERMINATORS.includes(c)) {
      if (trackQuotes) trackChar(c)
      i++
      continue
    }
    let j = i
    while (j < text.length && TERMINATORS.includes(text[j])) j++
    const singleDot = j - i === 1 && c === '.'
    while (j < text.length && CLOSERS.includes(text[j])) {
      if (trackQuotes) trackChar(text[j])
      j++
    }
    const atEnd = j >= text.length
    if (!atEnd && !/\s/.test(text[j])) {
      i = j
      continue
    }
    let k = j
    while (k < text.length && /[ \t]/.test(text[k])) k++
    const nextStarts = k >= text.length || UPPER_START_RE.test(text[k])
    const insideQuote = trackQuotes && depth > 0
    if (nextStarts && !insideQuote && !(singleDot && isAbbreviationDot(text, i))) ends.push(j)
    i = j
  }
  return { ends, balanced: depth === 0 }
}

/** Sentences of `text` in order, trimmed, with their offsets; newlines always end a sentence. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let lineStart = 0
  for (const line of text.split('\n')) {
    const quoted = boundaries(line, true)
    // A quote left open (a typo, or one running over paragraphs) must not swallow the line.
    const ends = quoted.balanced ? quoted.ends : boundaries(line, false).ends
    let start = 0
    for (const end of [...ends, line.length]) {
      const raw = line.slice(start, end)
      const lead = raw.length - raw.trimStart().length
      const trimmed = raw.trim()
      if (trimmed) {
        const from = lineStart + start + lead
        sentences.push({ text: trimmed, start: from, end: from + trimmed.length })
      }
      start = end
    }
    lineStart += line.length + 1
  }
  return sentences
}
