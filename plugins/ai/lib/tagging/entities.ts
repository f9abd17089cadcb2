import type { TagKind, TagOption } from '../../types'

/** Each further mention of a person or organisation closes this share of the remaining doubt. */
const REPEAT_GAIN = 0.2
const MAX_CONFIDENCE = 0.97

type Entry = { label: string; confidences: number[]; evidence: string; at: number }

/**
 * Collects people or organisations found one mention at a time: the same name (tone placement
 * and case aside) is one tag, surer the more often it appears.
 */
export class EntityCollector {
  private readonly entries = new Map<string, Entry>()

  constructor(private readonly kind: Extract<TagKind, 'person' | 'organisation'>) {}

  /** `at` orders tags of equal confidence: the token index of the first mention. */
  add(key: string, label: string, confidence: number, evidence: string, at: number): void {
    const entry = this.entries.get(key)
    if (entry) {
      entry.confidences.push(confidence)
      return
    }
    this.entries.set(key, { label, confidences: [confidence], evidence, at })
  }

  tags(limit: number, min: number): TagOption[] {
    const out: Array<TagOption & { at: number }> = []
    for (const { label, confidences, evidence, at } of this.entries.values()) {
      const best = Math.max(...confidences)
      const confidence = Math.min(
        MAX_CONFIDENCE,
        1 - (1 - best) * (1 - REPEAT_GAIN) ** (confidences.length - 1),
      )
      if (confidence < min) continue
      out.push({ kind: this.kind, label, confidence: Math.round(confidence * 100) / 100, evidence, at })
    }
    out.sort((a, b) => b.confidence - a.confidence || a.at - b.at)
    return out.slice(0, limit).map(({ at: _at, ...tag }) => tag)
  }
}
