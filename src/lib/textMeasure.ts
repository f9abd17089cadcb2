/**
 * Length and read-time measures shared by the story hooks and the admin's live meters.
 * Pure: also imported by client components, so no Node-only imports here.
 */

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list'])

/** Plain text of a Lexical rich-text value (paragraphs separated by a newline). */
export function lexicalToPlainText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return typeof value === 'string' ? value : ''
  const blocks: string[] = []
  const walk = (node: LexicalNode, out: string[]): void => {
    if (typeof node.text === 'string') out.push(node.text)
    if (node.type === 'linebreak') out.push('\n')
    for (const child of node.children ?? []) {
      if (child.type && BLOCK_TYPES.has(child.type) && child.type !== 'list') {
        const inner: string[] = []
        walk(child, inner)
        blocks.push(inner.join(''))
      } else {
        walk(child, out)
      }
    }
  }
  const loose: string[] = []
  walk(root, loose)
  if (loose.length) blocks.push(loose.join(''))
  return blocks.filter((b) => b.length > 0).join('\n')
}

/**
 * Characters as a print layout counts them: grapheme clusters, whitespace runs counted once.
 * NFC first so "ế" typed as e + two marks counts as one character, as it sets in type.
 */
export function countPrintCharacters(text: string): number {
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim()
  if (!normalised) return 0
  const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' })
  let count = 0
  for (const _ of segmenter.segment(normalised)) count++
  return count
}

/** Vietnamese is written one syllable per space-separated token. */
export function countSyllables(text: string): number {
  const tokens = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu)
  return tokens ? tokens.length : 0
}

/** Newsreaders on provincial radio read about 220 syllables a minute (VOV-style bulletin pace). */
export const DEFAULT_READ_RATE_SYLLABLES_PER_MINUTE = 220

export function estimateReadSeconds(
  text: string,
  syllablesPerMinute = DEFAULT_READ_RATE_SYLLABLES_PER_MINUTE,
): number {
  if (syllablesPerMinute <= 0) throw new RangeError('syllablesPerMinute must be positive')
  return Math.round((countSyllables(text) / syllablesPerMinute) * 60)
}

/** "1:05" for 65 seconds. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}
