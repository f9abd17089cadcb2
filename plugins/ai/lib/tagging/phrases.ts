import { normaliseText, tokenize, type Token } from './text'

type Phrase<T> = { folded: string[]; tones: string[]; marked: boolean; value: T }

export type PhraseMatch<T> = {
  value: T
  /** Token index after the last matched token. */
  end: number
  /**
   * Matched only without diacritics: the story wrote "Dong Hung" for "Đông Hưng". A span with any
   * diacritic must match with the same marks (tone placement aside), so "báo" never matches "bão".
   */
  loose: boolean
}

/**
 * Multi-word phrases looked up token by token: the first folded word picks the candidates,
 * longest first. Phrases never run across punctuation other than a dash.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>()
  private sorted = true

  add(text: string, value: T): boolean {
    const tokens = tokenize([normaliseText(text)])
    if (tokens.length === 0) return false
    const phrase: Phrase<T> = {
      folded: tokens.map((t) => t.folded),
      tones: tokens.map((t) => t.tone),
      marked: tokens.some((t) => t.marked),
      value,
    }
    const list = this.byFirst.get(phrase.folded[0]!) ?? []
    list.push(phrase)
    this.byFirst.set(phrase.folded[0]!, list)
    this.sorted = false
    return true
  }

  /** Every phrase starting at token `at`, longest first. */
  matchAt(tokens: readonly Token[], at: number): PhraseMatch<T>[] {
    const first = tokens[at]
    if (!first) return []
    if (!this.sorted) {
      for (const list of this.byFirst.values()) list.sort((a, b) => b.folded.length - a.folded.length)
      this.sorted = true
    }
    const out: PhraseMatch<T>[] = []
    for (const phrase of this.byFirst.get(first.folded) ?? []) {
      const end = at + phrase.folded.length
      if (end > tokens.length) continue
      let same = true
      let spanMarked = false
      for (let k = 0; k < phrase.folded.length && same; k++) {
        const token = tokens[at + k]!
        same = token.folded === phrase.folded[k] && (k === 0 || token.joined)
        spanMarked ||= token.marked
      }
      if (!same) continue
      if (spanMarked) {
        if (phrase.tones.some((tone, k) => tokens[at + k]!.tone !== tone)) continue
        out.push({ value: phrase.value, end, loose: false })
      } else {
        out.push({ value: phrase.value, end, loose: phrase.marked })
      }
    }
    return out
  }

  /** Phrases matching exactly tokens [0, all): used to resolve a whole name. */
  matchWhole(tokens: readonly Token[]): PhraseMatch<T>[] {
    return this.matchAt(tokens, 0).filter((m) => m.end === tokens.length)
  }
}
