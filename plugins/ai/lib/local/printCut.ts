/**
 * Cutting the body to a print hole: whole sentences go, the weakest first and the tail before the
 * top (inverted pyramid), paragraph order and the lead paragraph stay. A sentence is only cut
 * inside when the lead sentence alone is longer than the hole.
 */
import type { TextOption } from '../../types'
import type { ScoredSentence, StoryAnalysis } from './scoring'
import { charCount, cutAtWord } from './textFit'

function render(paragraphs: ScoredSentence[][], kept: Set<ScoredSentence>): string {
  return paragraphs
    .map((sentences) =>
      sentences
        .filter((s) => kept.has(s))
        .map((s) => s.text)
        .join(' '),
    )
    .filter(Boolean)
    .join('\n\n')
}

/** Worth keeping: the score, discounted towards the end of the story. */
function keepValue(sentence: ScoredSentence, last: number): number {
  return sentence.score * (1 - 0.6 * (sentence.order / last))
}

function cutNote(before: number, after: number, maxChars: number, dropped: number): string {
  return `Đã cắt từ ${before} xuống ${after}/${maxChars} ký tự, bỏ ${dropped} câu.`
}

/** Drops sentences by importance until the body fits `maxChars`. */
function cutByImportance(analysis: StoryAnalysis, maxChars: number): { text: string; dropped: number } {
  const { paragraphs, body } = analysis
  const last = Math.max(body.length - 1, 1)
  const length = new Map(body.map((s) => [s, charCount(s.text)]))
  const kept = new Set(body)
  // One space or paragraph break between sentences counts one character, as the meter counts.
  let total = body.reduce((sum, s) => sum + (length.get(s) ?? 0), 0) + body.length - 1
  const dropOrder = (sentences: ScoredSentence[]) =>
    [...sentences].sort((a, b) => keepValue(a, last) - keepValue(b, last) || b.order - a.order)
  const leadParagraph = paragraphs[0] ?? []
  const phases = [dropOrder(body.filter((s) => s.paragraph > 0)), dropOrder(leadParagraph.slice(1))]
  const removed: ScoredSentence[] = []
  for (const phase of phases) {
    for (const sentence of phase) {
      if (total <= maxChars) break
      kept.delete(sentence)
      removed.push(sentence)
      total -= (length.get(sentence) ?? 0) + 1
    }
  }
  // Greedy removal can overshoot: put back what still fits, most valuable first.
  for (const sentence of [...removed].reverse().sort((a, b) => keepValue(b, last) - keepValue(a, last))) {
    const extra = (length.get(sentence) ?? 0) + 1
    if (total + extra <= maxChars) {
      kept.add(sentence)
      total += extra
    }
  }
  const text = render(paragraphs, kept)
  if (charCount(text) <= maxChars) return { text, dropped: body.length - kept.size }
  return { text: cutAtWord(body[0].text, maxChars), dropped: body.length - 1 }
}

/** Drops whole sentences from the end (never the lead) until the body fits. */
function cutFromEnd(analysis: StoryAnalysis, maxChars: number): { text: string; dropped: number } {
  const kept = new Set(analysis.body)
  let total = analysis.body.reduce((sum, s) => sum + charCount(s.text) + 1, -1)
  for (const sentence of [...analysis.body].reverse()) {
    if (total <= maxChars || kept.size === 1) break
    kept.delete(sentence)
    total -= charCount(sentence.text) + 1
  }
  return { text: render(analysis.paragraphs, kept), dropped: analysis.body.length - kept.size }
}

export function printCutOptions(body: string, analysis: StoryAnalysis, maxChars: number): TextOption[] {
  const original = body.trim()
  if (!original) return []
  const before = charCount(original)
  if (before <= maxChars) {
    return [{ text: original, note: `Bài đã vừa khuôn (${before}/${maxChars} ký tự), không cần cắt.` }]
  }
  if (!analysis.body.length) return []
  const byImportance = cutByImportance(analysis, maxChars)
  const options: TextOption[] = [
    {
      text: byImportance.text,
      note: `${cutNote(before, charCount(byImportance.text), maxChars, byImportance.dropped)} Bỏ các câu ít thông tin, ưu tiên cắt phần cuối.`,
    },
  ]
  const tail = cutFromEnd(analysis, maxChars)
  if (tail.text !== byImportance.text && charCount(tail.text) <= maxChars) {
    const note = `${cutNote(before, charCount(tail.text), maxChars, tail.dropped)} Cắt từ cuối bài lên.`
    options.push({ text: tail.text, note })
  }
  return options
}
