/**
 * Extractive sentence scoring. Vietnamese is written one syllable per token and most content words
 * are two syllables ("đầu tư", "kinh tế"), so the terms are syllables plus syllable bigrams, after
 * dropping function syllables. A sentence scores by how much of the story's recurring vocabulary
 * it carries, with a bonus for the lead (news is written as an inverted pyramid) and the headline's
 * words, and a penalty for fragments and run-ons. Pure and deterministic.
 */
import type { StoryText } from '../../types'
import { countSyllables } from '../../../../src/lib/textMeasure'
import { splitParagraphs, splitSentences } from './sentences'

/** Function syllables that say nothing about what a story is about. */
export const STOP_SYLLABLES = new Set(
  (
    'và của các những là được có cho với trong đã sẽ này đó một ở tại theo từ đến về như để thì mà nhưng ' +
    'khi do bởi vì nên cũng đang vẫn còn rất nhiều hơn nhất lại ra vào lên xuống trên dưới sau trước ' +
    'cùng bị qua nếu hay hoặc chỉ mỗi mọi việc nhằm giữa đây ấy kia nay thế vậy gì ai nào đều ' +
    'không chưa tuy cả bằng thêm năm ngày tháng sáng chiều tối trưa đêm ông bà anh chị em người cho biết ' +
    'nói cần phải đối hiện gồm thuộc'
  ).split(/\s+/),
)

export type ScoredSentence = {
  text: string
  /** Body paragraph index; -1 for the standfirst. */
  paragraph: number
  /** Order among the body sentences (or among the standfirst's). */
  order: number
  indexInParagraph: number
  syllables: number
  score: number
}

export type StoryAnalysis = {
  standfirst: ScoredSentence[]
  body: ScoredSentence[]
  /** Body sentences grouped by paragraph, in order. */
  paragraphs: ScoredSentence[][]
  /** Recurring terms (tf ≥ 2) with their weight, strongest first. */
  keyTerms: Array<[string, number]>
}

const TOKEN_RE = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}]+/gu
const NUMBER_RE = /^\p{N}/u
const CLAUSE_BREAK_RE = /[,;:()“”"!?.…–—]/

/** Lower-case syllables of a clause-free run, numbers kept whole ("1.200"). */
export function tokens(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(TOKEN_RE) ?? []) as string[]
}

/** Content syllables and bigrams of content syllables inside one clause. */
export function terms(text: string): string[] {
  const out: string[] = []
  for (const clause of text.split(CLAUSE_BREAK_RE)) {
    const syllables = tokens(clause)
    for (let i = 0; i < syllables.length; i++) {
      const current = syllables[i]
      if (STOP_SYLLABLES.has(current)) continue
      out.push(current)
      const next = syllables[i + 1]
      // "12 dự", "22 7" are not phrases; numbers count on their own only.
      if (next && !STOP_SYLLABLES.has(next) && !NUMBER_RE.test(current) && !NUMBER_RE.test(next)) {
        out.push(`${current} ${next}`)
      }
    }
  }
  return out
}

/** Share of content terms two texts have in common (Jaccard over unigrams and bigrams). */
export function similarity(a: string, b: string): number {
  const left = new Set(terms(a))
  const right = new Set(terms(b))
  if (!left.size || !right.size) return 0
  let shared = 0
  for (const term of left) if (right.has(term)) shared++
  return shared / (left.size + right.size - shared)
}

/**
 * Share of the shorter text's content syllables found in the other: near 1 when one sentence
 * restates the other in other words (the sapo and the lead often do).
 */
export function overlap(a: string, b: string): number {
  const unigrams = (text: string) => new Set(terms(text).filter((t) => !t.includes(' ')))
  const left = unigrams(a)
  const right = unigrams(b)
  if (!left.size || !right.size) return 0
  let shared = 0
  for (const term of left) if (right.has(term)) shared++
  return shared / Math.min(left.size, right.size)
}

function termFrequencies(story: StoryText): Map<string, number> {
  const tf = new Map<string, number>()
  const add = (text: string, weight: number) => {
    for (const term of terms(text)) tf.set(term, (tf.get(term) ?? 0) + weight)
  }
  add(story.headline, 2)
  add(story.standfirst, 1.5)
  add(story.body, 1)
  return tf
}

function termWeight(term: string, tf: Map<string, number>): number {
  const frequency = tf.get(term) ?? 0
  // A term seen once says little about the story; recurring ones grow slowly (log).
  if (frequency < 2) return 0
  const weight = Math.log2(frequency)
  return term.includes(' ') ? weight * 1.5 : weight
}

function baseScore(text: string, tf: Map<string, number>, headlineTerms: Set<string>): number {
  let score = 0
  for (const term of new Set(terms(text))) {
    score += termWeight(term, tf)
    if (headlineTerms.has(term)) score += term.includes(' ') ? 1.5 : 0.75
  }
  const length = Math.max(countSyllables(text), 8)
  return score / Math.sqrt(length)
}

function lengthFactor(syllables: number): number {
  if (syllables < 6) return 0.5
  if (syllables < 10) return 0.8
  if (syllables > 50) return 0.75
  return 1
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Scores every sentence of the standfirst and the body. */
export function analyseStory(story: StoryText): StoryAnalysis {
  const tf = termFrequencies(story)
  const headlineTerms = new Set(terms(story.headline))
  const score = (text: string, positionFactor: number) => {
    const syllables = countSyllables(text)
    // The floor keeps the lead ahead of a later sentence when neither shares recurring terms.
    const value = (baseScore(text, tf, headlineTerms) + 0.1) * positionFactor * lengthFactor(syllables)
    return { syllables, score: Math.round(value * 1e6) / 1e6 }
  }

  const standfirst = splitSentences(story.standfirst).map((s, order) => ({
    text: tidy(s.text),
    paragraph: -1,
    order,
    indexInParagraph: order,
    ...score(s.text, order === 0 ? 1.4 : 1.1),
  }))

  const paragraphTexts = splitParagraphs(story.body)
  const body: ScoredSentence[] = []
  const paragraphs: ScoredSentence[][] = []
  paragraphTexts.forEach((paragraphText, paragraph) => {
    const group: ScoredSentence[] = []
    splitSentences(paragraphText).forEach((s, indexInParagraph) => {
      const lead = paragraph === 0 ? (indexInParagraph === 0 ? 1.6 : 1.25) : 1
      const depth = paragraphTexts.length > 1 ? paragraph / (paragraphTexts.length - 1) : 0
      const positionFactor = lead * (1.2 - 0.3 * depth)
      const sentence = {
        text: tidy(s.text),
        paragraph,
        order: body.length,
        indexInParagraph,
        ...score(s.text, positionFactor),
      }
      body.push(sentence)
      group.push(sentence)
    })
    paragraphs.push(group)
  })

  const keyTerms = [...tf.keys()]
    .map((term): [string, number] => [term, termWeight(term, tf)])
    .filter(([, weight]) => weight > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  return { standfirst, body, paragraphs, keyTerms }
}

/** Highest score first; equal scores keep text order. */
export function byScore(a: ScoredSentence, b: ScoredSentence): number {
  return b.score - a.score || a.paragraph - b.paragraph || a.order - b.order
}
