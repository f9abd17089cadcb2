/**
 * House-style checks that need no dictionary: spacing around punctuation, a function word typed
 * twice, the agency's tone-mark placement ("hòa", "thủy", "khỏe"), chat abbreviations, and
 * i/y written both ways in one story. Each issue's offset is in the text given.
 */
import type { SpellingIssue } from '../../types'
import { isAbbreviation } from './sentences'
import { placeTone, tonePlacementOf } from './syllable'

/** Chat shorthand and the words it stands for. */
export const SLANG: ReadonlyMap<string, string[]> = new Map([
  ['ko', ['không']],
  ['k', ['không']],
  ['khum', ['không']],
  ['hok', ['không']],
  ['dc', ['được']],
  ['đc', ['được']],
  ['vs', ['với', 'và']],
  ['ntn', ['như thế nào']],
  ['mn', ['mọi người']],
  ['cx', ['cũng']],
  ['j', ['gì']],
  ['ng', ['người']],
  ['trc', ['trước']],
  ['nhg', ['nhưng']],
  ['thik', ['thích']],
])

/** Words that are never doubled on purpose (unlike "từ từ", "người người", "xa xa"). */
const NEVER_DOUBLED = new Set(
  'của và các những là được cho với trong đã sẽ này đó tại theo để thì mà nhưng khi về có một bị'.split(' '),
)

/** i/y spellings of the same syllable; the first is the agency's default on a tie. */
const I_Y_PAIRS: Array<[string, string]> = [
  ['kỹ', 'kĩ'],
  ['lý', 'lí'],
  ['mỹ', 'mĩ'],
  ['sĩ', 'sỹ'],
  ['kỷ', 'kỉ'],
  ['hy sinh', 'hi sinh'],
  ['hy vọng', 'hi vọng'],
]

/** Only open "oa", "oe", "uy" can carry the tone mark in two places; skip the rest cheaply. */
const PLACEMENT_CANDIDATE_RE = /[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ]/iu
const SKIP_RE = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu
const WORD_RE = /[\p{L}\p{M}]+/gu

function skippedRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(SKIP_RE)].map((m) => [m.index, m.index + m[0].length])
}

function issue(offset: number, word: string, message: string, suggestions: string[]): SpellingIssue {
  return { offset, length: word.length, word, kind: 'style', message, suggestions }
}

function spacing(text: string, inSkipped: (i: number) => boolean): SpellingIssue[] {
  const issues: SpellingIssue[] = []
  for (const m of text.matchAll(/(?<=\S)( {2,})(?=\S)/g)) {
    issues.push(issue(m.index, m[0], 'Thừa dấu cách.', [' ']))
  }
  for (const m of text.matchAll(/[ \t]+([,.;:!?])(?![\d.])/g)) {
    if (inSkipped(m.index)) continue
    issues.push(issue(m.index, m[0], `Không đặt dấu cách trước dấu “${m[1]}”.`, [m[1]]))
  }
  for (const m of text.matchAll(/([,;:])([\p{L}][\p{L}\p{M}]*)/gu)) {
    if (inSkipped(m.index)) continue
    issues.push(issue(m.index, m[0], `Thiếu dấu cách sau dấu “${m[1]}”.`, [`${m[1]} ${m[2]}`]))
  }
  // "tỉnh.Sáng": a full stop between a lower-case word and a capital, not an abbreviation.
  for (const m of text.matchAll(/([\p{L}\p{M}]+)([.!?])(\p{Lu}[\p{L}\p{M}]*)/gu)) {
    const dot = m.index + m[1].length
    if (inSkipped(m.index) || !/\p{Ll}$/u.test(m[1]) || isAbbreviation(m[1])) continue
    const word = m[0].slice(m[1].length)
    issues.push(issue(dot, word, `Thiếu dấu cách sau dấu “${m[2]}”.`, [`${m[2]} ${m[3]}`]))
  }
  return issues
}

function repeatedWords(text: string): SpellingIssue[] {
  const issues: SpellingIssue[] = []
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])([\p{L}\p{M}]+)\s+\1(?![\p{L}\p{M}])/giu)) {
    if (!NEVER_DOUBLED.has(m[1].toLowerCase())) continue
    issues.push(issue(m.index, m[0], `Lặp từ “${m[1]}”.`, [m[1]]))
  }
  return issues
}

function wordRules(text: string, inSkipped: (i: number) => boolean): SpellingIssue[] {
  const issues: SpellingIssue[] = []
  const words = [...text.matchAll(WORD_RE)]
  words.forEach((m, i) => {
    if (inSkipped(m.index)) return
    const word = m[0]
    const nfc = word.normalize('NFC')
    if (PLACEMENT_CANDIDATE_RE.test(nfc) && tonePlacementOf(nfc) === 'modern') {
      const preferred = placeTone(nfc, 'classic')
      issues.push(
        issue(
          m.index,
          word,
          `Theo quy chuẩn của tòa soạn, viết “${preferred}” (dấu thanh như “hòa”, “thủy”, “khỏe”).`,
          [preferred],
        ),
      )
    }
    const lower = nfc.toLowerCase()
    const expansions = SLANG.get(lower)
    const allCaps = word.length > 1 && word === word.toUpperCase()
    if (!expansions || allCaps) return
    // One-letter shorthand only between words: "5 k" or "điểm K" are something else.
    if (word.length === 1) {
      const prev = words[i - 1]
      const next = words[i + 1]
      const between = (a: RegExpMatchArray | undefined, b: RegExpMatchArray | undefined) =>
        !!a && !!b && /^ $/.test(text.slice((a.index ?? 0) + a[0].length, b.index))
      if (word !== lower || !between(prev, m) || !between(m, next)) return
    }
    issues.push(
      issue(
        m.index,
        word,
        `“${word}” là cách viết tắt kiểu tin nhắn; viết đầy đủ “${expansions[0]}”.`,
        expansions,
      ),
    )
  })
  return issues
}

function iyConsistency(text: string): SpellingIssue[] {
  const issues: SpellingIssue[] = []
  for (const [yForm, iForm] of I_Y_PAIRS) {
    const find = (form: string) => [
      ...text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${form}(?![\\p{L}\\p{M}])`, 'gu')),
    ]
    const ys = find(yForm)
    const is = find(iForm)
    if (!ys.length || !is.length) continue
    const [preferred, minority] = is.length > ys.length ? [iForm, ys] : [yForm, is]
    for (const m of minority) {
      issues.push(
        issue(m.index, m[0], `Bài dùng cả “${yForm}” và “${iForm}”; thống nhất một cách viết.`, [preferred]),
      )
    }
  }
  return issues
}

/** Style issues in `text`, in text order. */
export function findStyleIssues(text: string): SpellingIssue[] {
  const ranges = skippedRanges(text)
  const inSkipped = (index: number) => ranges.some(([start, end]) => index >= start && index < end)
  return [
    ...spacing(text, inSkipped),
    ...repeatedWords(text),
    ...wordRules(text, inSkipped),
    ...iyConsistency(text),
  ].sort((a, b) => a.offset - b.offset)
}
