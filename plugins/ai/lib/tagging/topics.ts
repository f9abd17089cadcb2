import type { TagOption, TopicEntry } from '../../types'
import { PhraseIndex } from './phrases'
import type { Doc } from './text'

/**
 * Topic scoring. Each distinct keyword found adds its weight (longer phrases say more than one
 * syllable), repeats and hits in more paragraphs add a little, a hit in the headline or
 * standfirst adds more; the sum maps onto 0..1 with 1 − e^(−score / scale), so one passing
 * phrase stays under the threshold while several distinct ones clear it.
 */
export const TOPIC_SCORING = {
  weightPerSyllable: 0.35,
  weightBase: 0.5,
  weightMax: 1.3,
  repeat: 0.25,
  repeatMax: 1,
  spread: 0.3,
  spreadMax: 1.2,
  headline: 0.8,
  standfirst: 0.4,
  scale: 3.5,
  threshold: 0.35,
  maxTopics: 5,
} as const

type Keyword = { topic: TopicEntry; weight: number; phrase: string }

export type TopicIndex = PhraseIndex<Keyword>

/** One index over every topic's keywords and its own name. */
export function buildTopicIndex(topics: readonly TopicEntry[]): TopicIndex {
  const index = new PhraseIndex<Keyword>()
  for (const topic of topics) {
    const phrases = new Set([topic.name, ...topic.keywords].map((k) => k.trim()).filter(Boolean))
    for (const phrase of phrases) {
      const syllables = phrase.split(/\s+/).length
      const weight = Math.min(
        TOPIC_SCORING.weightMax,
        TOPIC_SCORING.weightBase + TOPIC_SCORING.weightPerSyllable * syllables,
      )
      index.add(phrase, { topic, weight, phrase })
    }
  }
  return index
}

type Hits = {
  topic: TopicEntry
  /** Distinct phrases found, with their weight. */
  keywords: Map<string, number>
  segments: Set<number>
  count: number
  first?: string
  /** Token after the last counted phrase: overlapping phrases ("tuyển sinh lớp 10", "lớp 10") count once. */
  coveredTo: number
}

/** The best few topics above the threshold, best first. */
export function tagTopics(doc: Doc, index: TopicIndex): TagOption[] {
  const { tokens } = doc
  const byTopic = new Map<string, Hits>()
  for (let i = 0; i < tokens.length; i++) {
    const matches = index.matchAt(tokens, i).filter((m) => !m.loose || doc.unmarked)
    for (const match of matches) {
      const { topic, weight, phrase } = match.value
      const key = String(topic.id)
      const hits: Hits = byTopic.get(key) ?? {
        topic,
        keywords: new Map(),
        segments: new Set(),
        count: 0,
        coveredTo: 0,
      }
      byTopic.set(key, hits)
      if (i < hits.coveredTo) continue
      hits.keywords.set(phrase, Math.max(hits.keywords.get(phrase) ?? 0, weight))
      hits.segments.add(tokens[i]!.segment)
      hits.count += 1
      hits.first ??= doc.segments[tokens[i]!.segment]!.slice(tokens[i]!.start, tokens[match.end - 1]!.end)
      hits.coveredTo = match.end
    }
  }
  const scored: TagOption[] = []
  for (const hits of byTopic.values()) {
    const confidence = 1 - Math.exp(-score(hits) / TOPIC_SCORING.scale)
    if (confidence < TOPIC_SCORING.threshold) continue
    scored.push({
      kind: 'topic',
      label: hits.topic.name,
      ref: hits.topic.id,
      confidence: Math.round(confidence * 100) / 100,
      evidence: hits.first,
    })
  }
  scored.sort((a, b) => b.confidence - a.confidence)
  return scored.slice(0, TOPIC_SCORING.maxTopics)
}

function score(hits: Hits): number {
  let total = 0
  for (const weight of hits.keywords.values()) total += weight
  total += Math.min(TOPIC_SCORING.repeatMax, TOPIC_SCORING.repeat * (hits.count - hits.keywords.size))
  total += Math.min(TOPIC_SCORING.spreadMax, TOPIC_SCORING.spread * Math.max(0, hits.segments.size - 1))
  if (hits.segments.has(0)) total += TOPIC_SCORING.headline
  if (hits.segments.has(1)) total += TOPIC_SCORING.standfirst
  return total
}
