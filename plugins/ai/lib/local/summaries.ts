/**
 * Short summaries made of the story's own sentences, whole and in their original order: the
 * standfirst (sapo), the social post and the SEO description. Only when not even one sentence
 * fits is one cut, at a word, with "…".
 */
import type { TextOption } from '../../types'
import { stripFraming } from './compress'
import { byScore, overlap, type ScoredSentence, type StoryAnalysis } from './scoring'
import { charCount, cutAtWord } from './textFit'
import { searchKey } from '../../../../src/lib/vietnamese'

export const STANDFIRST_MAX_CHARS = 300
export const SOCIAL_MAX_CHARS = 300
export const SEO_MAX_CHARS = 160

const DIRECT_QUOTE_RE = /:\s*[“"]|^[“"]/

/** Standfirst sentences come before the body's; then text order. */
function textOrder(a: ScoredSentence, b: ScoredSentence): number {
  return a.paragraph - b.paragraph || a.order - b.order
}

function join(sentences: ScoredSentence[]): string {
  return [...sentences]
    .sort(textOrder)
    .map((s) => s.text)
    .join(' ')
}

/** A sentence this much weaker than the best is filler, not summary. */
const MIN_SCORE_RATIO = 0.35
/** A sentence this close to one already picked repeats it (sapo and lead often do). */
const MAX_OVERLAP = 0.6

/**
 * Picks sentences in the order of `ranked` while they fit together in `maxChars` (at most
 * `limit`), skipping filler and repeats; returns them in text order. The first of `ranked` is
 * always considered, whatever its score.
 */
export function fitSentences(ranked: ScoredSentence[], maxChars: number, limit = Infinity): ScoredSentence[] {
  const picked: ScoredSentence[] = []
  const floor = Math.max(...ranked.map((s) => s.score), 0) * MIN_SCORE_RATIO
  let used = 0
  for (const sentence of ranked) {
    if (picked.length >= limit) break
    if (picked.length && sentence.score < floor) continue
    const length = charCount(sentence.text) + (picked.length ? 1 : 0)
    if (used + length > maxChars) continue
    if (picked.some((p) => overlap(p.text, sentence.text) >= MAX_OVERLAP)) continue
    picked.push(sentence)
    used += length
  }
  return picked.sort(textOrder)
}

/** Adds `option` unless its text is empty, too long or already offered. */
function collect(options: TextOption[], option: TextOption, maxChars: number): void {
  const text = option.text.trim()
  if (!text || charCount(text) > maxChars) return
  const key = searchKey(text)
  if (options.some((o) => searchKey(o.text) === key)) return
  options.push({ ...option, text })
}

function lead(analysis: StoryAnalysis): ScoredSentence | undefined {
  return analysis.body[0] ?? analysis.standfirst[0]
}

/** The one sentence cut to fit, for when no whole sentence does. */
function cutBest(ranked: ScoredSentence[], maxChars: number): TextOption | null {
  const best = ranked[0]
  if (!best || maxChars <= 1) return null
  return {
    text: cutAtWord(best.text, maxChars),
    note: 'Không câu nào vừa giới hạn; đã cắt câu quan trọng nhất ở ranh giới từ',
  }
}

/** 1–3 standfirst options from the body: lead + strongest sentence, the two strongest, the lead. */
export function standfirstOptions(analysis: StoryAnalysis, maxChars = STANDFIRST_MAX_CHARS): TextOption[] {
  const pool = analysis.body.filter((s) => !DIRECT_QUOTE_RE.test(s.text))
  const first = pool[0]
  if (!first) return []
  const ranked = [...pool].sort(byScore)
  const options: TextOption[] = []
  const others = ranked.filter((s) => s !== first)
  collect(
    options,
    {
      text: join(fitSentences([first, ...others], maxChars, 2)),
      note: 'Câu mở đầu và câu nhiều thông tin nhất',
    },
    maxChars,
  )
  collect(
    options,
    { text: join(fitSentences(ranked, maxChars, 2)), note: 'Hai câu nhiều thông tin nhất' },
    maxChars,
  )
  collect(options, { text: first.text, note: 'Câu mở đầu' }, maxChars)
  if (!options.length) {
    const cut = cutBest([first], maxChars)
    if (cut) options.push(cut)
  }
  return options.slice(0, 3)
}

/** Social post options: whole sentences in order, within `maxChars`. */
export function socialSummaryOptions(analysis: StoryAnalysis, maxChars = SOCIAL_MAX_CHARS): TextOption[] {
  const pool = [...analysis.standfirst, ...analysis.body]
  const ranked = [...pool].sort(byScore)
  const options: TextOption[] = []
  collect(
    options,
    {
      text: join(fitSentences(ranked, maxChars)),
      note: 'Các câu nhiều thông tin nhất, theo thứ tự trong bài',
    },
    maxChars,
  )
  const opening: ScoredSentence[] = []
  let used = -1
  for (const sentence of analysis.body) {
    used += charCount(sentence.text) + 1
    if (used > maxChars) break
    opening.push(sentence)
  }
  collect(options, { text: join(opening), note: 'Phần mở đầu bài' }, maxChars)
  collect(options, { text: join(analysis.standfirst), note: 'Sapo của bài' }, maxChars)
  if (!options.length) {
    const cut = cutBest(ranked, maxChars)
    if (cut) options.push(cut)
  }
  return options
}

/** SEO description options: whole sentences, the lead without its dateline, else a cut sentence. */
export function seoDescriptionOptions(analysis: StoryAnalysis, maxChars = SEO_MAX_CHARS): TextOption[] {
  const pool = [...analysis.standfirst, ...analysis.body].filter((s) => !DIRECT_QUOTE_RE.test(s.text))
  const ranked = [...pool].sort(byScore)
  const options: TextOption[] = []
  collect(
    options,
    { text: join(fitSentences(ranked, maxChars)), note: 'Câu nhiều từ khóa nhất, nguyên câu' },
    maxChars,
  )
  const first = lead(analysis)
  if (first) {
    // Search results outlive the day: "Sáng 12/3," means nothing there.
    const timeless = stripFraming(first.text)
    const text = /[.!?…]$/.test(timeless) ? timeless : `${timeless}.`
    collect(
      options,
      { text: cutAtWord(text, maxChars), note: 'Câu mở đầu, bỏ thời gian và nguồn tin' },
      maxChars,
    )
  }
  if (!options.length) {
    const cut = cutBest(ranked, maxChars)
    if (cut) options.push(cut)
  }
  return options
}
