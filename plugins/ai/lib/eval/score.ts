/**
 * Scoring of the tagger against a labelled corpus (bench/ai/corpus): each text's tags of one
 * kind are reduced to names and compared as sets with the expected names, then counts are
 * summed over the corpus (micro-averaged precision, recall, F1).
 */
import { searchKey } from '../../../../src/lib/vietnamese'
import type { GazetteerPlace, TagKind, TagOption, TaggingContext, TopicEntry } from '../../types'

/** A returned tag reduced to the name it is scored by. */
export type Prediction = { name: string; confidence: number; evidence?: string }

export type Counts = { tp: number; fp: number; fn: number }
export type Score = Counts & { precision: number; recall: number; f1: number }

/** `expected` undefined: the text is not labelled for this kind and is left out. */
export type TextResult = { id: string; expected?: readonly string[]; predicted: readonly Prediction[] }

export type Mismatch = {
  textId: string
  kind: 'false positive' | 'miss'
  name: string
  confidence?: number
  evidence?: string
}

export type CorpusScore = { score: Score; texts: number; mismatches: Mismatch[] }

/** Names as written, only Unicode form, case and spacing ignored: official names must match. */
export const exactKey = (name: string): string =>
  name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()

/** People and organisations: tone marks and their placement ignored too. */
export const looseKey = searchKey

/** NaN when undefined (nothing predicted, nothing expected) so a report cannot mistake it for 1. */
export function score(counts: Counts): Score {
  const { tp, fp, fn } = counts
  const precision = tp + fp ? tp / (tp + fp) : NaN
  const recall = tp + fn ? tp / (tp + fn) : NaN
  const f1 =
    Number.isNaN(precision) || Number.isNaN(recall)
      ? NaN
      : precision + recall
        ? (2 * precision * recall) / (precision + recall)
        : 0
  return { tp, fp, fn, precision, recall, f1 }
}

export function scoreCorpus(
  results: readonly TextResult[],
  options: { threshold?: number; key?: (name: string) => string } = {},
): CorpusScore {
  const { threshold = 0, key = exactKey } = options
  const counts: Counts = { tp: 0, fp: 0, fn: 0 }
  const mismatches: Mismatch[] = []
  let texts = 0
  for (const result of results) {
    if (!result.expected) continue
    texts++
    const expected = new Map(result.expected.map((name) => [key(name), name]))
    const kept = new Map<string, Prediction>()
    for (const prediction of result.predicted) {
      if (prediction.confidence < threshold) continue
      const k = key(prediction.name)
      const previous = kept.get(k)
      if (!previous || prediction.confidence > previous.confidence) kept.set(k, prediction)
    }
    for (const [k, prediction] of kept) {
      if (expected.has(k)) counts.tp++
      else {
        counts.fp++
        mismatches.push({
          textId: result.id,
          kind: 'false positive',
          name: prediction.name,
          confidence: prediction.confidence,
          evidence: prediction.evidence,
        })
      }
    }
    for (const [k, name] of expected) {
      if (kept.has(k)) continue
      counts.fn++
      const below = result.predicted.find((p) => key(p.name) === k)
      mismatches.push({
        textId: result.id,
        kind: 'miss',
        name,
        ...(below ? { confidence: below.confidence, evidence: below.evidence } : {}),
      })
    }
  }
  return { score: score(counts), texts, mismatches }
}

/** The official name of a place tag: through its ref (place id), else its code, else its label. */
export function placeName(tag: TagOption, places: readonly GazetteerPlace[]): string {
  const byRef = tag.ref === undefined ? undefined : places.find((p) => String(p.id) === String(tag.ref))
  const byCode = byRef ?? (tag.code ? places.find((p) => p.code === tag.code) : undefined)
  // Labels read "Xã Quỳnh Phụ, Hưng Yên": the unit's own name comes first.
  return byCode?.name ?? tag.label.split(',')[0]!.trim()
}

/** The slug of a topic tag: through its ref (topic id), else the ref itself, else its label. */
export function topicSlug(tag: TagOption, topics: readonly TopicEntry[]): string {
  const byRef = tag.ref === undefined ? undefined : topics.find((t) => String(t.id) === String(tag.ref))
  if (byRef) return byRef.slug
  const byName = topics.find((t) => exactKey(t.name) === exactKey(tag.label))
  return byName?.slug ?? (tag.ref === undefined ? tag.label : String(tag.ref))
}

export function predictionsOf(
  tags: readonly TagOption[],
  kind: TagKind,
  context: TaggingContext,
): Prediction[] {
  return tags
    .filter((tag) => tag.kind === kind)
    .map((tag) => ({
      name:
        kind === 'place'
          ? placeName(tag, context.places)
          : kind === 'topic'
            ? topicSlug(tag, context.topics)
            : tag.label,
      confidence: tag.confidence,
      ...(tag.evidence ? { evidence: tag.evidence } : {}),
    }))
}
