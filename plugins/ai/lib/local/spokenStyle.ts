/**
 * Written news copy → text a newsreader can read cold: no links or asides in parentheses, every
 * abbreviation, number, date, unit and symbol in words, and no sentence too long for one breath.
 */
import { countSyllables } from '../../../../src/lib/textMeasure'
import { expandAbbreviations } from './abbreviations'
import { splitSentences } from './sentences'
import { speakLegalReferences, speakNumbers } from './spokenNumbers'
import { capitalise } from './textFit'

/** About one breath at bulletin pace; longer sentences are split at a comma. */
export const MAX_SPOKEN_SYLLABLES = 35

const URL_RE =
  /(?:\s*(?:tại|ở|qua|theo)\s+(?:địa chỉ|website|trang|trang web)?\s*)?(?:https?:\/\/|www\.)\S*[^\s.,;:!?)”"]/giu
const EMAIL_RE =
  /(?:\s*(?:qua|theo)?\s*(?:địa chỉ\s+)?(?:email|thư điện tử)?\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu

function removeAsides(text: string): string {
  let out = text
  // Inner first, for nested asides.
  for (let previous = ''; previous !== out; ) {
    previous = out
    out = out.replace(/\s*\([^()]*\)/g, '').replace(/\s*\[[^[\]]*\]/g, '')
  }
  return out
}

function speakSymbols(text: string): string {
  return text
    .replace(/\s*&\s*/g, ' và ')
    .replace(/(\p{L})\s*\/\s*(?=\p{L})/gu, '$1, ')
    .replace(/\s+[–—-]\s+/g, ', ')
    .replace(/[*#•_~^|<>{}]/g, ' ')
}

function tidy(text: string): string {
  const out = text
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t]+/g, ' ')
        .replace(/\s+([,.;:!?…])/g, '$1')
        .replace(/([,;:])(?=[^\s\d])/g, '$1 ')
        .replace(/,\s*([.!?…])/g, '$1')
        .replace(/([.!?…]”?\s+)(\p{Ll})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase())
        .trim(),
    )
    .join('\n')
  return capitalise(out)
}

/**
 * Spoken form of news text: URLs, e-mail addresses and parentheses removed; abbreviations
 * (abbreviations.ts), numbers, dates, times, percentages, units and ranges (spokenNumbers.ts)
 * and symbols in words. Pure; keeps line breaks.
 */
export function toSpokenVietnamese(text: string): string {
  let out = text.normalize('NFC')
  out = out.replace(URL_RE, '').replace(EMAIL_RE, '')
  out = removeAsides(out)
  out = speakLegalReferences(out)
  out = expandAbbreviations(out)
  out = speakNumbers(out)
  out = speakSymbols(out)
  return tidy(out)
}

const MIN_PIECE_SYLLABLES = 10
/** Past this, a sentence is split at any clause boundary, even before a bare verb. */
const HARD_MAX_SYLLABLES = 45

// A comma before these closes an aside ("ông A, Phó Chủ tịch UBND tỉnh, dẫn đầu"): not a pause
// that can end a sentence.
const NO_SPLIT_BEFORE_RE =
  /^\s+(?:cho biết|cho hay|nói|khẳng định|nhấn mạnh|chia sẻ|thông tin|dẫn đầu|làm trưởng đoàn|chủ trì|và|hoặc)(?![\p{L}])/u
const TITLE_RE = /^\s*(?:Phó|Chủ tịch|Bí thư|Giám đốc|Trưởng|Tổng|Thứ trưởng|Bộ trưởng|Chánh|Hiệu trưởng)/u
/** Clauses that only set the scene (time, place, cause, source): they cannot stand alone. */
const ADVERBIAL_RE =
  /^\s*(?:do|vì|từ|theo|trong|với|để|nhằm|sau|trước|khi|nếu|tuy|tại|ở|ngày|sáng|chiều|tối|trưa|đêm|rạng sáng|hôm|vào|qua|bên cạnh đó|ngoài ra|đồng thời|ngay)(?![\p{L}])/iu
/** Words that open a clause able to stand as a sentence of its own. */
const CLAUSE_START_RE =
  /^\s+(?:trong đó|đồng thời|tuy nhiên|nhưng|song|do đó|vì vậy|hiện|toàn|nhiều|các|những|mỗi|hơn|gần|khoảng|tỉnh|thành phố|người|lực lượng|ngành|cơ quan|ông|bà|đây|riêng|còn)(?![\p{L}])/u
/** "..., khiến ..." → "... Điều này khiến ...". */
const CONSEQUENCE_RE = /^\s+(?:khiến|làm cho|gây|giúp|góp phần|tạo)(?![\p{L}])/u

type SplitPoint = { at: number; preferred: boolean }

/**
 * Commas where a sentence may be split: outside quotes and parentheses, not inside a list of
 * names (a comma before a capital), not around an aside, and with a full clause before it.
 */
function splitPoints(sentence: string): SplitPoint[] {
  const points: SplitPoint[] = []
  let depth = 0
  let clauseStart = 0
  let hasMainClause = false
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i]
    if (c === '“' || c === '(') depth++
    else if ((c === '”' || c === ')') && depth > 0) depth--
    else if (c === ',' && depth === 0) {
      const clause = sentence.slice(clauseStart, i)
      hasMainClause ||= !ADVERBIAL_RE.test(clause) && !TITLE_RE.test(clause)
      const after = sentence.slice(i + 1, i + 30)
      const allowed = /^\s+\p{Ll}/u.test(after) && !NO_SPLIT_BEFORE_RE.test(after) && !TITLE_RE.test(clause)
      if (allowed && hasMainClause) {
        points.push({ at: i, preferred: CLAUSE_START_RE.test(after) || CONSEQUENCE_RE.test(after) })
      }
      clauseStart = i + 1
    }
  }
  return points
}

/** Splits at the allowed comma nearest the middle, again while a piece is too long. */
function splitSentence(sentence: string, maxSyllables: number): string[] {
  const total = countSyllables(sentence)
  if (total <= maxSyllables) return [sentence]
  let best = -1
  let bestBalance = Infinity
  for (const { at, preferred } of splitPoints(sentence)) {
    if (!preferred && total <= HARD_MAX_SYLLABLES) continue
    const left = countSyllables(sentence.slice(0, at))
    const right = total - left
    if (left < MIN_PIECE_SYLLABLES || right < MIN_PIECE_SYLLABLES) continue
    // A clause-opening word makes a better sentence start than a bare verb: prefer it.
    const balance = Math.abs(left - right) + (preferred ? 0 : total)
    if (balance < bestBalance) [best, bestBalance] = [at, balance]
  }
  if (best < 0) return [sentence]
  const head = `${sentence.slice(0, best).trim()}.`
  let tail = sentence.slice(best + 1).trim()
  if (CONSEQUENCE_RE.test(` ${tail}`)) tail = `Điều này ${tail}`
  return [...splitSentence(head, maxSyllables), ...splitSentence(capitalise(tail), maxSyllables)]
}

/** Splits every sentence longer than `maxSyllables` at commas into shorter sentences. */
export function splitLongSentences(text: string, maxSyllables = MAX_SPOKEN_SYLLABLES): string {
  return text
    .split('\n')
    .map((line) =>
      splitSentences(line)
        .flatMap((s) => splitSentence(s.text, maxSyllables))
        .join(' '),
    )
    .join('\n')
}
