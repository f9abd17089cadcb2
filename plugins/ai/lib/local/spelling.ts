/**
 * Vietnamese spell check with the hunspell dictionary (dictionary-vi through nspell). The
 * dictionary lists syllables, so each syllable is checked on its own; it writes "hoà", "thuỷ",
 * so both tone placements are accepted here (styleRules flags the one the agency does not use).
 * False alarms cost editors' trust, so numbers, links, abbreviations, loanwords and proper names
 * are left alone unless clearly misspelt.
 */
import nspell from 'nspell'

import type { SpellingIssue, StoryText } from '../../types'
import { FREQUENT_NAMES, KNOWN_NAMES } from './knownNames'
import { SLANG, findStyleIssues } from './styleRules'
import {
  breaksStopToneRule,
  hasVietnameseMarks,
  looksVietnamese,
  markVariants,
  matchCase,
  placeTone,
} from './syllable'

export type Speller = { correct(word: string): boolean; suggest(word: string): string[] }

let loading: Promise<Speller> | undefined

/** The checker, built once per process on first use (reading and parsing take ~20 ms). */
export function loadSpeller(): Promise<Speller> {
  loading ??= import('dictionary-vi')
    .then(({ default: dictionary }) => {
      const decoder = new TextDecoder()
      return nspell({ aff: decoder.decode(dictionary.aff), dic: decoder.decode(dictionary.dic) }) as Speller
    })
    .catch((error: unknown) => {
      loading = undefined
      throw error
    })
  return loading
}

/**
 * The text the checker reads: `headline + '\n\n' + standfirst + '\n\n' + body`. Every issue's
 * offset is a character (UTF-16 code unit) offset into this string.
 */
export function checkedText(story: Pick<StoryText, 'headline' | 'standfirst' | 'body'>): string {
  return `${story.headline}\n\n${story.standfirst}\n\n${story.body}`
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu
const SKIP_RE = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[#@][\p{L}\p{N}_]+/gu
const MAX_SUGGESTIONS = 5
/**
 * nspell's own suggestions cost from one to tens of milliseconds a word, so only the first few
 * words (in text order) that the mark variants leave short get them: the same story always gets
 * the same suggestions, and a story full of typos still comes back fast.
 */
const NSPELL_SUGGEST_BUDGET = 8
const ENOUGH_MARK_VARIANTS = 3
const MAX_SYLLABLE_LENGTH = 7

/**
 * Syllables of Central Highlands place and people names that look Vietnamese and sit one mark
 * away from a dictionary syllable ("Ia Pa", "Krông Pắc", "Y Moan Niê").
 */
const MINORITY_NAME_SYLLABLES = new Set([
  'Ia',
  'Ea',
  'Pắc',
  'Niê',
  'Kông',
  'Pơ',
  'Rơ',
  'Mơ',
  'Hơ',
  'Siu',
  'Nay',
  'Đăk',
  'Lăk',
])

type Token = { word: string; nfc: string; index: number; capitalised: boolean; upper: boolean }

function isKnown(speller: Speller, word: string): boolean {
  return (
    speller.correct(word) ||
    speller.correct(placeTone(word, 'modern')) ||
    speller.correct(placeTone(word, 'classic'))
  )
}

/** Caches only make repeated words cheap; what is offered never depends on them. */
const markCache = new Map<string, string[]>()
const nspellCache = new Map<string, string[]>()

function cached(cache: Map<string, string[]>, key: string, compute: () => string[]): string[] {
  let value = cache.get(key)
  if (!value) {
    if (cache.size > 2000) cache.clear()
    value = compute()
    cache.set(key, value)
  }
  return value
}

function suggestionsFor(speller: Speller, word: string, budget: { nspell: number }): string[] {
  const lower = word.toLowerCase()
  const fromMarks = cached(markCache, lower, () =>
    markVariants(lower, 2)
      .filter((v) => isKnown(speller, v.word))
      .map((v) => v.word)
      .slice(0, MAX_SUGGESTIONS - 1),
  )
  const found = [...fromMarks]
  if (fromMarks.length < ENOUGH_MARK_VARIANTS && lower.length <= MAX_SYLLABLE_LENGTH && budget.nspell > 0) {
    budget.nspell--
    found.push(
      ...cached(nspellCache, lower, () =>
        speller.suggest(lower).map((s) => placeTone(s.toLowerCase(), 'classic')),
      ),
    )
  }
  return [...new Set(found.filter((s) => s !== lower))]
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => matchCase(s, word))
}

function tokenize(text: string): Token[] {
  const skipped = [...text.matchAll(SKIP_RE)].map((m) => [m.index, m.index + m[0].length])
  const tokens: Token[] = []
  for (const m of text.matchAll(TOKEN_RE)) {
    if (skipped.some(([start, end]) => m.index >= start && m.index < end)) continue
    const nfc = m[0].normalize('NFC')
    const upper = nfc.length > 1 && nfc === nfc.toUpperCase() && nfc !== nfc.toLowerCase()
    const capitalised = !upper && nfc[0] !== nfc[0].toLowerCase()
    tokens.push({ word: m[0], nfc, index: m.index, capitalised, upper })
  }
  return tokens
}

/** Capitalised (or all-caps) tokens separated by single spaces: names ("Quảng Ngãi", "TP Pleiku"). */
function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = []
  let run: Token[] = []
  tokens.forEach((token, i) => {
    const prev = tokens[i - 1]
    const joined = prev && text.slice(prev.index + prev.word.length, token.index) === ' '
    if ((token.capitalised || token.upper) && joined && run.length) run.push(token)
    else {
      if (run.length > 1) runs.push(run)
      run = token.capitalised || token.upper ? [token] : []
    }
  })
  if (run.length > 1) runs.push(run)
  return runs
}

function editDistance(a: string, b: string): number {
  const x = [...a]
  const y = [...b]
  const d = Array.from({ length: x.length + 1 }, (_, i) => [i, ...Array<number>(y.length).fill(0)])
  for (let j = 1; j <= y.length; j++) d[0][j] = j
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[x.length][y.length]
}

const KNOWN_KEYS = new Set(KNOWN_NAMES.map((name) => name.join(' ')))

/** Names by their first and by their second syllable: a near miss matches one of the two exactly. */
function indexBy(position: number): Map<string, string[][]> {
  const index = new Map<string, string[][]>()
  for (const name of KNOWN_NAMES) index.set(name[position], [...(index.get(name[position]) ?? []), name])
  return index
}
const BY_FIRST = indexBy(0)
const BY_SECOND = indexBy(1)

const ADMIN_BEFORE_RE = /(?:[Tt]ỉnh|[Tt]hành phố|TP\.?)\s+$/u

/**
 * "Việt Nan": one syllable of a well-known name one letter or mark off. Beyond the most frequent
 * names, only after "tỉnh"/"thành phố", where it cannot be a person's name ("Sơn Lan").
 */
function nameTypos(text: string, runs: Token[][]): SpellingIssue[] {
  const issues: SpellingIssue[] = []
  for (const run of runs) {
    const syllables = run.map((t) => placeTone(t.nfc, 'classic'))
    for (let start = 0; start + 1 < run.length; start++) {
      const candidates = new Set([
        ...(BY_FIRST.get(syllables[start]) ?? []),
        ...(BY_SECOND.get(syllables[start + 1]) ?? []),
      ])
      for (const name of candidates) {
        if (start + name.length > run.length) continue
        const window = syllables.slice(start, start + name.length)
        if (KNOWN_KEYS.has(window.join(' '))) continue
        const differing = window.flatMap((s, i) => (s === name[i] ? [] : [i]))
        if (differing.length !== 1) continue
        const i = differing[0]
        const [written, expected] = [window[i], name[i]]
        if (written[0] !== expected[0] || editDistance(written.toLowerCase(), expected.toLowerCase()) !== 1)
          continue
        const before = text.slice(Math.max(0, run[start].index - 12), run[start].index)
        if (!FREQUENT_NAMES.has(name.join(' ')) && !ADMIN_BEFORE_RE.test(before)) continue
        const token = run[start + i]
        issues.push({
          offset: token.index,
          length: token.word.length,
          word: token.word,
          kind: 'spelling',
          message: `Có thể viết sai tên riêng “${name.join(' ')}”.`,
          suggestions: [expected],
        })
      }
    }
  }
  return issues
}

/** Spelling issues of `text` (offsets into it). */
export function findSpellingIssues(text: string, speller: Speller): SpellingIssue[] {
  const tokens = tokenize(text)
  const runs = capitalisedRuns(text, tokens)
  const inRun = new Set(runs.flat())
  // A name with a syllable no Vietnamese word has ("Krông Pắc", "Y Biêr Niê") is a minority or
  // foreign name: none of its syllables is judged by the Vietnamese dictionary.
  const foreignNames = new Set(
    runs.filter((run) => run.some((t) => !t.upper && !looksVietnamese(t.nfc))).flat(),
  )
  const issues = nameTypos(text, runs)
  const flagged = new Set(issues.map((i) => i.offset))
  const budget = { nspell: NSPELL_SUGGEST_BUDGET }
  for (const token of tokens) {
    const { word, nfc } = token
    if (flagged.has(token.index) || token.upper || [...nfc].length < 2 || /\p{N}|['’]/u.test(nfc)) continue
    // Mixed case ("iPhone", "ThS", "H'Xuân") is a brand, a title or a minority name.
    if (nfc.slice(1) !== nfc.slice(1).toLowerCase() || MINORITY_NAME_SYLLABLES.has(nfc)) continue
    if (SLANG.has(nfc.toLowerCase()) || isKnown(speller, nfc)) continue
    const vietnamese = looksVietnamese(nfc)
    const stopTone = breaksStopToneRule(nfc)
    let message: string
    if (inRun.has(token)) {
      // A name: only a Vietnamese-shaped syllable one mark away from a real one is a typo.
      if (!vietnamese || foreignNames.has(token)) continue
      const near = markVariants(nfc, 1).some((v) => isKnown(speller, v.word))
      if (!stopTone && !near) continue
    } else if (!vietnamese && !hasVietnameseMarks(nfc)) continue
    if (stopTone) message = `“${word}”: âm tiết tận cùng bằng p, t, c, ch chỉ mang dấu sắc hoặc nặng.`
    else if (!vietnamese) message = `“${word}” không phải một âm tiết tiếng Việt hợp lệ.`
    else message = `Không có “${word}” trong từ điển chính tả tiếng Việt.`
    issues.push({
      offset: token.index,
      length: word.length,
      word,
      kind: 'spelling',
      message,
      suggestions: suggestionsFor(speller, nfc, budget),
    })
  }
  return issues.sort((a, b) => a.offset - b.offset)
}

/** Spelling and style issues of the story, offsets into `checkedText(story)`. */
export async function checkStory(story: StoryText): Promise<SpellingIssue[]> {
  const speller = await loadSpeller()
  const text = checkedText(story)
  return [...findSpellingIssues(text, speller), ...findStyleIssues(text)].sort(
    (a, b) => a.offset - b.offset || (a.kind < b.kind ? -1 : 1),
  )
}
